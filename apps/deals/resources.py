"""Deals as CSV/XLSX rows for the admin's import and export."""

from django.core.exceptions import ValidationError
from import_export import fields, widgets

from apps.companies.models import Company
from apps.core.resources import CuratedResource
from apps.drugs.models import Drug

from .models import Deal, DealParty


def parties_parse(text: str) -> list[tuple[Company, str]]:
    """'akeso:licensor; summit:licensee' -> [(company, role)]; unknown slugs or roles raise."""
    parties, problems = [], []
    for item in (text or "").split(";"):
        if not item.strip():
            continue
        slug, _, role = (part.strip() for part in item.partition(":"))
        company = Company.objects.filter(slug=slug).first()
        if company is None:
            problems.append(f"no company with slug {slug!r}")
        elif role not in DealParty.Role.values:
            problems.append(f"{role!r} is not a role ({', '.join(DealParty.Role.values)})")
        else:
            parties.append((company, role))
    if problems:
        raise ValidationError({"parties": problems})
    return parties


class DealResource(CuratedResource):
    """One row per deal; parties as 'company-slug:role; ...', drugs as drug slugs."""

    parties = fields.Field(column_name="parties")
    drugs = fields.Field(
        column_name="drugs",
        attribute="drugs",
        widget=widgets.ManyToManyWidget(Drug, separator=";", field="slug"),
    )
    review_state = fields.Field(column_name="review_state", attribute="review_state", readonly=True)

    class Meta:
        model = Deal
        fields = (
            "id",
            "type",
            "parties",
            "drugs",
            "exclusive",
            "territory",
            "announced_on",
            "announced_precision",
            "signed_on",
            "signed_precision",
            "has_terms",
            "upfront_amount",
            "upfront_currency",
            "upfront_disclosed",
            "milestones_amount",
            "milestones_currency",
            "milestones_disclosed",
            "royalties_disclosed",
            "total_value_amount",
            "total_value_currency",
            "review_state",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True

    def before_import_row(self, row, **kwargs):
        # Checked before anything is saved so a bad party makes the row invalid.
        row["_parties"] = parties_parse(row.get("parties") or "")

    def dehydrate_parties(self, deal):
        return "; ".join(f"{p.company.slug}:{p.role}" for p in deal.parties.all())

    def after_save_instance(self, instance, row, **kwargs):
        if not row.get("_parties"):
            return
        wanted = {(company.pk, role) for company, role in row["_parties"]}
        have = set(instance.parties.values_list("company_id", "role"))
        instance.parties.exclude(
            pk__in=[p.pk for p in instance.parties.all() if (p.company_id, p.role) in wanted]
        ).delete()
        for company_id, role in sorted(wanted - have):
            DealParty.objects.create(deal=instance, company_id=company_id, role=role)
