from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from apps.core.admin_utils import URL_FIELDS_HTTPS, review_queue_view

from .models import Document, Provenance


class DocumentAddForm(forms.ModelForm):
    """A new document from exactly one of: an uploaded file, pasted text, a URL."""

    upload = forms.FileField(
        required=False, label="File", help_text="A press release as text, HTML or PDF."
    )
    pasted_text = forms.CharField(
        required=False, label="Or paste the text", widget=forms.Textarea(attrs={"rows": 12})
    )
    url = forms.URLField(required=False, label="Or its URL", assume_scheme="https")

    class Meta:
        model = Document
        fields = ["title"]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned  # a field already says what is wrong (an empty file, a bad URL)
        given = [name for name in ("upload", "pasted_text", "url") if cleaned.get(name)]
        if len(given) != 1:
            raise ValidationError("Give exactly one of: a file, pasted text or a URL.")
        from apps.ingestion.readers import DocumentError

        try:
            with transaction.atomic():  # a reader error leaves nothing behind
                self.instance = self._document_from(given[0], cleaned)
        except DocumentError as error:
            raise ValidationError(str(error)) from error
        if not cleaned.get("title"):
            cleaned["title"] = self.instance.title  # keep what the reader found
        return cleaned

    @staticmethod
    def _document_from(source: str, cleaned: dict) -> Document:
        from apps.ingestion.services import document_create, document_fetch

        if source == "url":
            return document_fetch(url=cleaned["url"])
        if source == "pasted_text":
            return document_create(data=cleaned["pasted_text"].encode(), media_type="text/plain")
        upload = cleaned["upload"]
        return document_create(
            data=upload.read(), file_name=upload.name, media_type=upload.content_type or ""
        )


@admin.action(description="Re-ingest selected documents", permissions=["change"])
def reingest_selected(modeladmin, request, queryset):
    from apps.ingestion.services import document_enqueue

    documents = list(queryset)
    for document in documents:
        document_enqueue(document, force=True)  # re-extract even if the text is unchanged
    modeladmin.message_user(request, f"Queued {len(documents)} for ingestion.", messages.SUCCESS)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = [
        "__str__",
        "status",
        "running_for",
        "short_error",
        "published_on",
        "extractor_version",
        "ingested_at",
        "open_disagreements",
    ]
    list_filter = ["status", "media_type", "language", "extractor_version"]
    search_fields = ["title", "file_name", "source_url"]
    date_hierarchy = "created_at"
    actions = [reingest_selected]
    readonly_fields = [
        "status",
        "error",
        "content_hash",
        "extractor_version",
        "ingested_hash",
        "ingested_at",
        "started_at",
        "created_at",
        "disagreement_list",
        "extraction",
    ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = DocumentAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["title", "upload", "pasted_text", "url"]
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def get_queryset(self, request):
        from apps.ingestion.models import Disagreement

        open_rows = (
            Disagreement.objects.filter(document=OuterRef("pk"), resolved=False)
            .order_by()
            .values("document")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(disagreement_count=Subquery(open_rows, output_field=IntegerField()))
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            from apps.ingestion.services import document_enqueue

            document_enqueue(obj)  # runs after commit, in-process when no broker

    def get_urls(self):
        queue = self.admin_site.admin_view(
            lambda request: review_queue_view(request, self.admin_site)
        )
        return [path("review-queue/", queue, name="review_queue"), *super().get_urls()]

    @admin.display(description="running for", ordering="started_at")
    def running_for(self, document):
        """How long a `running` document has run: past the task time limit, its worker died."""
        if document.status != Document.Status.RUNNING or document.started_at is None:
            return ""
        return timesince(document.started_at, depth=1)

    @admin.display(description="error")
    def short_error(self, document):
        return document.error[:120]

    @admin.display(description="open disagreements", ordering="disagreement_count")
    def open_disagreements(self, document):
        count = getattr(document, "disagreement_count", None) or 0
        if not count:
            return 0
        url = reverse("admin:ingestion_disagreement_changelist")
        return format_html(
            '<a href="{}?document__id__exact={}&resolved__exact=0">{}</a>', url, document.pk, count
        )

    @admin.display(description="disagreements with curators")
    def disagreement_list(self, document):
        from apps.ingestion.models import Disagreement

        rows = Disagreement.objects.filter(document=document).order_by("resolved", "-created_at")
        if not rows:
            return "none"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}: <strong>{}</strong> kept {!r}, extracted {!r}{}</li>",
                (
                    (
                        row.fact,
                        row.field,
                        row.curator_value,
                        row.extracted_value,
                        " (resolved)" if row.resolved else "",
                    )
                    for row in rows
                ),
            ),
        )


@admin.register(Provenance)
class ProvenanceAdmin(admin.ModelAdmin):
    list_display = ["fact", "content_type", "document", "excerpt"]
    list_filter = ["content_type"]
    search_fields = ["quote", "document__title", "document__file_name"]
    autocomplete_fields = ["document"]
    list_select_related = ["document", "content_type"]
    readonly_fields = ["content_type", "object_id"]

    def has_add_permission(self, request):
        return False  # provenance comes from ingestion

    @admin.display(description="quote")
    def excerpt(self, row):
        return row.quote[:160]
