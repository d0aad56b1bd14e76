"""What one row of each API list holds; shapes are in the OpenAPI schema (/api/v1/schema/).

Dates are as precise as the source says ("2020", "2020-05", "2020-05-14"); money is
{"amount": "850000000.00", "currency": "CNY"} (a decimal string, never a float); every fact
lists its `sources`: the documents that state it, each with the quote.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.companies.models import Company, CompanyEvent
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.sources.models import Document

PARTIAL_DATE_SCHEMA = {
    "type": "string",
    "nullable": True,
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "description": "As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.",
    "example": "2020-05",
}
MONEY_SCHEMA = {
    "type": "object",
    "nullable": True,
    "properties": {
        "amount": {"type": "string", "format": "decimal", "example": "850000000.00"},
        "currency": {"type": "string", "description": "ISO 4217", "example": "CNY"},
    },
    "required": ["amount", "currency"],
}


@extend_schema_field(PARTIAL_DATE_SCHEMA)
class PartialDateField(serializers.Field):
    """A PartialDate as written in ISO to its precision; null when unknown."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> str:
        return value.isoformat()


@extend_schema_field(MONEY_SCHEMA)
class MoneyField(serializers.Field):
    """A Money as {"amount": "<decimal>", "currency": "<ISO 4217>"}; null when not priced."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> dict:
        return {"amount": str(value.amount), "currency": value.currency}


class PageUrlField(serializers.Field):
    """The fact's page on this site, absolute: where a person reads it with its quotes."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, value) -> str:
        path = value.get_absolute_url()
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


PageUrlField = extend_schema_field(OpenApiTypes.URI)(PageUrlField)


class SourceSerializer(serializers.Serializer):
    """One document that states the fact, and the quote that states it."""

    document = serializers.IntegerField(source="document_id", help_text="The document's id.")
    source_url = serializers.CharField(
        source="document.source_url", help_text="Where the release was published; may be ''."
    )
    quote = serializers.CharField()


class CompanyRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Company
        fields = ["id", "slug", "name"]


class DrugRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Drug
        fields = ["id", "slug", "name"]


class NamedRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class PartySerializer(serializers.Serializer):
    """A company's part in a deal."""

    id = serializers.IntegerField(source="company_id")
    slug = serializers.CharField(source="company.slug")
    name = serializers.CharField(source="company.name")
    role = serializers.ChoiceField(choices=DealParty.Role.choices)


class DealSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    announced = PartialDateField()
    signed = PartialDateField()
    parties = PartySerializer(many=True, read_only=True)
    drugs = DrugRefSerializer(many=True, read_only=True)
    indications = NamedRefSerializer(many=True, read_only=True)
    upfront = MoneyField()
    milestones = MoneyField()
    total_value = MoneyField()
    value = MoneyField(help_text="The headline value: the total, else upfront + milestones.")
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = Deal
        fields = [
            "id",
            "url",
            "type",
            "announced",
            "signed",
            "parties",
            "drugs",
            "indications",
            "territory",
            "exclusive",
            "upfront",
            "upfront_disclosed",
            "milestones",
            "milestones_disclosed",
            "royalties_disclosed",
            "total_value",
            "value",
            "value_basis",
            "value_usd",
            "usd_rate",
            "usd_rate_on",
            "usd_missing",
            "review_state",
            "sources",
        ]


class CompanySerializer(serializers.ModelSerializer):
    url = PageUrlField()
    aliases = serializers.SerializerMethodField()
    tickers = serializers.SerializerMethodField()
    parent = CompanyRefSerializer(read_only=True, allow_null=True)
    deal_count = serializers.IntegerField(read_only=True, help_text="Shown deals naming it.")
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = Company
        fields = [
            "id",
            "slug",
            "name",
            "url",
            "aliases",
            "tickers",
            "parent",
            "country",
            "website",
            "deal_count",
            "review_state",
            "sources",
        ]

    def get_aliases(self, company) -> list[str]:
        return [alias.name for alias in company.aliases.all()]

    def get_tickers(self, company) -> list[str]:
        """As written on the exchange: 2096.HK."""
        return [str(listing) for listing in company.listings.all()]


class DrugSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    code_names = serializers.ListField(child=serializers.CharField(), read_only=True)
    owner = CompanyRefSerializer(read_only=True, allow_null=True)
    targets = NamedRefSerializer(many=True, read_only=True)
    indications = NamedRefSerializer(many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = Drug
        fields = [
            "id",
            "slug",
            "name",
            "url",
            "code_names",
            "owner",
            "modality",
            "targets",
            "indications",
            "review_state",
            "sources",
        ]


class DesignationSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    drug = DrugRefSerializer(read_only=True)
    owner = CompanyRefSerializer(source="drug.owner", read_only=True, allow_null=True)
    date = PartialDateField(source="when")
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = Designation
        fields = [
            "id",
            "url",
            "drug",
            "owner",
            "agency",
            "type",
            "status",
            "indication",
            "date",
            "review_state",
            "sources",
        ]


class EventSerializer(serializers.ModelSerializer):
    company = CompanyRefSerializer(read_only=True)
    date = PartialDateField(source="when")
    amount = MoneyField()
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = CompanyEvent
        fields = ["id", "company", "type", "date", "summary", "amount", "review_state", "sources"]


class FactCountsSerializer(serializers.Serializer):
    """Facts of each kind the document states that the pages show."""

    deals = serializers.IntegerField(source="deal_count")
    designations = serializers.IntegerField(source="designation_count")
    drugs = serializers.IntegerField(source="drug_count")
    companies = serializers.IntegerField(source="company_count")
    events = serializers.IntegerField(source="event_count")


class DocumentSerializer(serializers.ModelSerializer):
    url = PageUrlField()
    label = serializers.CharField(read_only=True, help_text="Its title, else its first words.")
    published = PartialDateField()
    facts = FactCountsSerializer(source="*", read_only=True)

    class Meta:
        model = Document
        fields = ["id", "url", "label", "title", "published", "language", "source_url", "status"]
        fields += ["facts"]


class QuoteSerializer(serializers.Serializer):
    """A quote in the document and the shown fact it states."""

    kind = serializers.ChoiceField(
        choices=["deal", "designation", "drug", "company", "event"], source="fact_kind"
    )
    id = serializers.IntegerField(source="object_id")
    quote = serializers.CharField()
    start = serializers.IntegerField(allow_null=True, help_text="Offset in `text`; null: unknown.")
    end = serializers.IntegerField(allow_null=True)


class DocumentDetailSerializer(DocumentSerializer):
    quotes = QuoteSerializer(many=True, read_only=True, source="shown_quotes")

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text", "quotes"]
