"""Drugs as CSV/XLSX rows for the admin's import and export."""

from import_export import fields, widgets

from apps.companies.models import Company
from apps.core.resources import CuratedResource, slug_fill

from .models import Drug, DrugAlias


class DrugResource(CuratedResource):
    """One row per drug; owner by company slug, code names as a '; '-separated list."""

    owner = fields.Field(
        column_name="owner", attribute="owner", widget=widgets.ForeignKeyWidget(Company, "slug")
    )
    aliases = fields.Field(column_name="aliases")
    targets = fields.Field(column_name="targets", readonly=True)
    indications = fields.Field(column_name="indications", readonly=True)

    class Meta:
        model = Drug
        fields = ("id", "name", "slug", "owner", "modality", "aliases", "targets", "indications")
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True

    def before_import_row(self, row, **kwargs):
        slug_fill(row, Drug)

    def dehydrate_aliases(self, drug):
        return "; ".join(drug.aliases.values_list("name", flat=True))

    def dehydrate_targets(self, drug):
        return "; ".join(drug.targets.values_list("name", flat=True))

    def dehydrate_indications(self, drug):
        return "; ".join(drug.indications.values_list("name", flat=True))

    def after_save_instance(self, instance, row, **kwargs):
        names = [instance.name, *(n.strip() for n in (row.get("aliases") or "").split(";"))]
        have = set(instance.aliases.values_list("name", flat=True))
        for name in names:
            if name and name not in have:
                DrugAlias.objects.create(drug=instance, name=name)
                have.add(name)
