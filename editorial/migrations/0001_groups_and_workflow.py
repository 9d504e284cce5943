"""Groups "Redaktører" and "Moderatorer" and the approval workflow for cases.

Redaktører write and edit cases and submit them for approval; Moderatorer
approve and publish. The workflow "Godkendelse af praksiseksempler" with one
group approval task for Moderatorer is attached to the case index, so it
applies to every case below it (the nearest ancestor's workflow wins, see
https://guide.wagtail.org/en-latest/how-to-guides/configure-workflows-for-moderation/
and https://docs.wagtail.org/en/stable/topics/permissions.html).

Permissions are created with get_or_create, as Wagtail's own data migrations
do, because Django only creates Permission rows after all migrations have run
on a fresh database.
"""

from django.db import migrations

REDAKTOERER = "Redaktører"
MODERATORER = "Moderatorer"
WORKFLOW_NAME = "Godkendelse af praksiseksempler"
TASK_NAME = "Godkendelse ved moderator"

# (app_label, model, codename) per group; Wagtail page permissions are
# granted per page below, everything else here.
MODEL_PERMISSIONS = {
    REDAKTOERER: [
        ("wagtailadmin", "admin", "access_admin"),
        # Partners grow as editors meet new ones; correcting them is moderation.
        ("casestudies", "partner", "add_partner"),
    ],
    MODERATORER: [
        ("wagtailadmin", "admin", "access_admin"),
        ("casestudies", "partner", "add_partner"),
        ("casestudies", "partner", "change_partner"),
        ("casestudies", "partner", "delete_partner"),
    ],
}
PAGE_PERMISSIONS = {
    REDAKTOERER: ["add_page", "change_page"],
    MODERATORER: ["add_page", "change_page", "publish_page", "unlock_page"],
}
# Images and documents live in collections; permissions on the root collection
# cover all of them. Editors add and choose; moderators also tidy up.
COLLECTION_PERMISSIONS = {
    REDAKTOERER: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    MODERATORER: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtailimages", "image", "delete_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
        ("wagtaildocs", "document", "delete_document"),
    ],
}


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def create_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    CaseIndexPage = apps.get_model("casestudies.CaseIndexPage")
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    case_index = CaseIndexPage.objects.order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in (REDAKTOERER, MODERATORER):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*(get_permission(apps, *spec) for spec in MODEL_PERMISSIONS[name]))
        if case_index is not None:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page_id=case_index.pk,
                    permission=get_permission(apps, "wagtailcore", "page", codename),
                )
        if root_collection is not None:
            for spec in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(apps, *spec),
                )

    task_content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_content_type, "active": True}
    )
    task.groups.add(groups[MODERATORER])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if case_index is not None:
        # WorkflowPage's primary key is the page: one workflow per page.
        WorkflowPage.objects.update_or_create(
            page_id=case_index.pk, defaults={"workflow": workflow}
        )


def remove_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    GroupApprovalTask.objects.filter(name=TASK_NAME).delete()
    Group.objects.filter(name__in=[REDAKTOERER, MODERATORER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0003_site_tree"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # The shape of GroupPagePermission with a `permission` foreign key.
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    operations = [
        migrations.RunPython(create_groups_and_workflow, remove_groups_and_workflow),
    ]
