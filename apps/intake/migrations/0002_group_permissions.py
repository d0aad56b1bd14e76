"""Curators manage sources and see their items; viewers only look."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR = {"source": ["view", "add", "change", "delete"], "sourceitem": ["view"]}
VIEWER = {"source": ["view"], "sourceitem": ["view"]}


def _permissions(apps, wanted):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label="intake", codename=f"{action}_{model}")
        for model, actions in wanted.items()
        for action in actions
    ]


def permissions_grant(apps, schema_editor):
    # Permissions are normally made after migrate; this migration needs them now.
    app_config = apps.get_app_config("intake")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    for name, wanted in (("Curator", CURATOR), ("Viewer", VIEWER)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, wanted))


def permissions_revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    intake = Permission.objects.filter(content_type__app_label="intake")
    for group in Group.objects.filter(name__in=["Curator", "Viewer"]):
        group.permissions.remove(*intake)


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_source_and_item"),
        ("core", "0001_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(permissions_grant, permissions_revoke)]
