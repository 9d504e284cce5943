"""Moderatorer may see the submissions (who sent a draft, and when).

Only the view permission: the listing is read-only, and a submission's record
is never edited by hand. Redaktører get nothing, since a submission names a
person and may be from any kommune. get_or_create as in editorial's migration,
because Django creates Permission rows only after all migrations have run.
"""

from django.db import migrations

MODERATORER = "Moderatorer"


def grant_view(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="submissions", model="submission")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_submission",
        defaults={"name": "Can view indsendelse"},
    )
    Group.objects.get(name=MODERATORER).permissions.add(permission)


def revoke_view(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    permission = Permission.objects.filter(
        content_type__app_label="submissions", codename="view_submission"
    ).first()
    if permission is not None:
        Group.objects.get(name=MODERATORER).permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0001_initial"),
        ("editorial", "0001_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant_view, revoke_view)]
