"""Moderatorer may see and unlock locked-out logins ("Låste logins").

The permissions are django-axes' own on its attempt records: deleting an
AccessAttempt is what unlocking is. Created with get_or_create, as the
editorial migration does, because Django creates Permission rows only after
all migrations have run on a fresh database.
"""

from django.db import migrations

MODERATORER = "Moderatorer"
CODENAMES = ["view_accessattempt", "delete_accessattempt"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="axes", model="accessattempt")
    group, _ = Group.objects.get_or_create(name=MODERATORER)
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name=MODERATORER).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="axes", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("axes", "0010_accessattemptexpiration"),
        ("editorial", "0001_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
