"""Reads for the document pages: the list with its fact counts, and one document's text cut
into plain and quoted stretches. They read every fact app, so they live in timeline."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from apps.companies.models import Company, CompanyEvent
from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance


@dataclass
class Segment:
    """A stretch of the text and the quotes (provenance rows) that cover it."""

    text: str
    quotes: list[Provenance] = field(default_factory=list)
    starts: list[Provenance] = field(default_factory=list)  # quotes that begin here


def document_quotes(document: Document) -> list[Provenance]:
    """The document's provenance rows whose fact is shown, with the fact loaded."""
    rows = (
        Provenance.objects.filter(document=document)
        .prefetch_related(
            GenericPrefetch(
                "fact",
                [
                    Deal.objects.prefetch_related("parties__company"),
                    Company.objects.all(),
                    Drug.objects.all(),
                    Designation.objects.select_related("drug"),
                    CompanyEvent.objects.select_related("company"),
                ],
            )
        )
        .order_by("start", "id")
    )
    return _public([row for row in rows if _shown(row.fact)])


def _shown(fact) -> bool:
    if fact is None:
        return False
    # visible() as a Python test: the facts come from a generic prefetch, not a queryset.
    if fact.review_state == ReviewState.REJECTED:
        return False
    return settings.SHOW_UNREVIEWED_FACTS or fact.review_state == ReviewState.APPROVED


def _public(rows: list[Provenance]) -> list[Provenance]:
    """The rows whose fact visible() shows: review state, confidence and the companies and
    drugs it names, exactly as on the lists (one query per kind of fact)."""
    wanted: dict[int, set[int]] = {}
    for row in rows:
        wanted.setdefault(row.content_type_id, set()).add(row.object_id)
    shown = set()
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        visible = model.objects.visible().filter(pk__in=ids).values_list("pk", flat=True)
        shown |= {(content_type_id, pk) for pk in visible}
    return [row for row in rows if (row.content_type_id, row.object_id) in shown]


def document_segments(text: str, quotes: list[Provenance]) -> list[Segment]:
    """Cut the text at every quote's start and end; overlapping quotes share a segment."""
    located = [row for row in quotes if row.start is not None and row.end <= len(text)]
    cuts = sorted({0, len(text), *(row.start for row in located), *(row.end for row in located)})
    segments = []
    for begin, end in zip(cuts, cuts[1:], strict=False):
        covering = [row for row in located if row.start <= begin and end <= row.end]
        starting = [row for row in located if row.start == begin]
        segments.append(Segment(text[begin:end], covering, starting))
    return segments


# The kinds of fact a document's row counts, as (annotation, model).
FACT_COUNTS = [
    ("deal_count", Deal),
    ("designation_count", Designation),
    ("drug_count", Drug),
    ("company_count", Company),
    ("event_count", CompanyEvent),
]


def documents_for_listing():
    """Documents newest first, without their text but with what their label needs, and the
    number of facts of each kind they state that the pages show (`deal_count`...: rejected
    facts are not counted), computed for the page's rows only."""
    types = ContentType.objects.get_for_models(*(model for _name, model in FACT_COUNTS))
    counts = {
        name: Coalesce(
            Subquery(
                Provenance.objects.filter(
                    document=OuterRef("pk"),
                    content_type=types[model],
                    object_id__in=model.objects.visible().values("pk"),
                )
                .order_by()
                .values("document")
                .annotate(count=Count("object_id"))
                .values("count"),
                output_field=IntegerField(),
            ),
            0,
        )
        for name, model in FACT_COUNTS
    }
    return (
        Document.objects.with_label()
        .annotate(**counts)
        .order_by(F("published_on").desc(nulls_last=True), "-created_at", "-id")
    )
