"""Kommune editors: existing Redaktører stay national, Moderatorer manage the ties.

Since KommuneEditor, a user with page permissions and no kommune reaches no
case. Editors who already work on the site would lose every case on deploy, so
each current member of Redaktører gets an explicit "landsdækkende" record that
a moderator can later narrow to their kommuner. Accounts created from now on
start with no cases until someone ties them to a kommune.
"""

from django.db import migrations

KOMMUNE_EDITOR_PERMISSIONS = [
    "add_kommuneeditor",
    "change_kommuneeditor",
    "delete_kommuneeditor",
    "view_kommuneeditor",
]


def get_permission(apps, app_label, model, codename):
    # As in 0001: on a fresh database, Django creates Permission rows only
    # after all migrations have run.
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def keep_existing_editors_national(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    KommuneEditor = apps.get_model("editorial.KommuneEditor")
    redaktoerer = Group.objects.filter(name="Redaktører").first()
    if redaktoerer is not None:
        for user in redaktoerer.user_set.all():
            KommuneEditor.objects.get_or_create(user=user, defaults={"national": True})
    moderatorer = Group.objects.filter(name="Moderatorer").first()
    if moderatorer is not None:
        moderatorer.permissions.add(
            *(
                get_permission(apps, "editorial", "kommuneeditor", codename)
                for codename in KOMMUNE_EDITOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_kommune_editor"),
    ]

    operations = [
        migrations.RunPython(keep_existing_editors_national, migrations.RunPython.noop),
    ]
