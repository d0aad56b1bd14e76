"""Companies as CSV/XLSX rows for the admin's import and export."""

from import_export import fields, widgets

from apps.core.resources import CuratedResource, slug_fill

from .models import Company, CompanyAlias


class CompanyResource(CuratedResource):
    """One row per company; aliases and listings as '; '-separated lists."""

    parent = fields.Field(
        column_name="parent",
        attribute="parent",
        widget=widgets.ForeignKeyWidget(Company, field="slug"),
    )
    aliases = fields.Field(column_name="aliases")
    listings = fields.Field(column_name="listings", readonly=True)

    class Meta:
        model = Company
        fields = ("id", "name", "slug", "parent", "country", "website", "aliases", "listings")
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True

    def before_import_row(self, row, **kwargs):
        slug_fill(row, Company)

    def dehydrate_aliases(self, company):
        return "; ".join(company.aliases.values_list("name", flat=True))

    def dehydrate_listings(self, company):
        return "; ".join(str(listing) for listing in company.listings.all())

    def after_save_instance(self, instance, row, **kwargs):
        names = [instance.name, *(n.strip() for n in (row.get("aliases") or "").split(";"))]
        have = set(instance.aliases.values_list("name", flat=True))
        for name in names:
            if name and name not in have:
                CompanyAlias.objects.create(company=instance, name=name)
                have.add(name)
