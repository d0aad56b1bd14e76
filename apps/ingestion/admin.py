"""The documents' admin: add (a file, pasted text or a URL), re-ingest, follow ingestion.

The review queue hangs off the document list (/admin/sources/document/review-queue/).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from apps.curation.admin_utils import URL_FIELDS_HTTPS, review_queue_view
from apps.curation.models import Disagreement
from apps.ingestion.readers import DocumentError, read_document
from apps.sources.models import Document


class DocumentAddForm(forms.ModelForm):
    """A new document from exactly one of: an uploaded file, pasted text, a URL.

    The form only validates (exactly one input, and one the readers or the URL check
    accept); DocumentAdmin.save_form stores it through tasks.document_add.
    """

    upload = forms.FileField(
        required=False, label="File", help_text="A press release as text, HTML or PDF."
    )
    pasted_text = forms.CharField(
        required=False,
        strip=False,  # whitespace only is "empty text", not "nothing given"
        label="Or paste the text",
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    url = forms.URLField(
        required=False,
        label="Or its URL",
        assume_scheme="https",
        help_text="A worker fetches it (public addresses only) and ingests it.",
    )

    class Meta:
        model = Document
        fields = ["title"]

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned  # a field already says what is wrong (an empty file, a bad URL)
        given = [
            name for name in ("upload", "pasted_text", "url") if cleaned.get(name) not in (None, "")
        ]
        if len(given) != 1:
            raise ValidationError("Give exactly one of: a file, pasted text or a URL.")
        if given == ["pasted_text"] and not cleaned["pasted_text"].strip():
            raise ValidationError("The pasted text is empty (only whitespace).")
        try:  # what document_add would refuse, refused here as a form error
            if given == ["url"]:
                from apps.ingestion import http as safe_http  # see _tasks() for why not at the top

                safe_http.url_check(cleaned["url"])
            else:
                read_document(**self.document_input(cleaned))
        except DocumentError as error:
            raise ValidationError(str(error)) from error
        return cleaned

    @staticmethod
    def document_input(cleaned: dict) -> dict:
        """document_add's arguments for what the curator gave."""
        if cleaned.get("url"):
            return {"url": cleaned["url"]}
        if cleaned.get("pasted_text"):
            return {"data": cleaned["pasted_text"].encode(), "media_type": "text/plain"}
        upload = cleaned["upload"]
        upload.seek(0)
        return {
            "data": upload.read(),
            "file_name": upload.name,
            "media_type": upload.content_type or "",
        }


@admin.action(description="Re-ingest selected documents", permissions=["change"])
def reingest_selected(modeladmin, request, queryset):
    documents = list(queryset)
    for document in documents:
        _tasks().document_enqueue(document, force=True)  # re-extract even if the text is unchanged
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
        if change:
            super().save_model(request, obj, form, change)
        # A new document was stored (and queued) by save_form; a known one stays as it was.

    def save_related(self, request, form, formsets, change):
        if change:  # the add form has no related rows: document_add stored all there is
            super().save_related(request, form, formsets, change)

    def response_add(self, request, obj, post_url_continue=None):
        known = getattr(request, "_document_known", "")
        if not known:
            return super().response_add(request, obj, post_url_continue)
        change_url = reverse("admin:sources_document_change", args=[obj.pk])
        if known == "url":
            text = 'This URL is already <a href="{}">{}</a>; a worker fetches it again.'
        else:
            text = 'Nothing added: this text is already ingested as <a href="{}">{}</a>.'
        self.message_user(request, format_html(text, change_url, obj), messages.WARNING)
        return HttpResponseRedirect(change_url)

    def save_form(self, request, form, change):
        if change:
            request._document_known = ""
            return super().save_form(request, form, change)
        document, request._document_known = _tasks().document_add(
            **form.document_input(form.cleaned_data), title=form.cleaned_data.get("title") or ""
        )
        return document

    def log_addition(self, request, obj, message):
        if getattr(request, "_document_known", ""):
            return None  # nothing was added
        return super().log_addition(request, obj, message)

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
        url = reverse("admin:curation_disagreement_changelist")
        return format_html(
            '<a href="{}?document__id__exact={}&resolved__exact=0">{}</a>', url, document.pk, count
        )

    @admin.display(description="disagreements with curators")
    def disagreement_list(self, document):
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


def _tasks():
    """apps.ingestion.tasks, imported when an admin action first needs it.

    The admin is imported by every `manage.py` start (autodiscovery); importing the tasks and
    the URL fetcher there costs httpx and Celery's task modules on each command, a third of a
    cold `manage.py extract`. Only the actions below use them.
    """
    from apps.ingestion import tasks

    return tasks
