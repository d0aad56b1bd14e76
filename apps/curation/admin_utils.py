"""Admin building blocks for curated facts: review, hand-edited fields, provenance, merges.

Every fact admin derives from ReviewedAdmin, so the review actions, the one-click
approve/reject buttons, history with revert (django-simple-history) and the quotes a
fact came from look the same on every model.
"""

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import conditional_escape, format_html
from django.utils.text import capfirst
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from apps.core.curated import curated_fields_merge
from apps.core.models import ReviewState
from apps.curation.models import Disagreement
from apps.curation.review import QUEUE_ORDERS, queue_facts, review_queue, reviewed_models
from apps.curation.services import fact_review, facts_review
from apps.curation.tombstones import fact_delete
from apps.sources.models import Provenance

NOTHING = "—"  # how history shows an empty value
REVIEW_FIELDS = ("review_state", "reviewed_by", "reviewed_at", "curated_fields")
# A bare "example.com" typed by a curator means https (Django 6's default too).
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


def document_link(document) -> str:
    url = reverse("admin:sources_document_change", args=[document.pk])
    return format_html('<a href="{}">{}</a>', url, document)


class ProvenanceInline(GenericTabularInline):
    """The quotes a fact came from, each linked to its document."""

    model = Provenance
    fields = ("source_document", "quote", "start", "end")
    readonly_fields = ("source_document", "quote", "start", "end")
    extra = 0
    verbose_name = "source quote"
    verbose_name_plural = "source quotes"

    def has_add_permission(self, request, obj=None):
        return False  # provenance comes from ingestion, never typed in

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document")

    @admin.display(description="document")
    def source_document(self, row):
        return document_link(row.document)


@admin.action(description="Approve selected", permissions=["change"])
def approve_selected(modeladmin, request, queryset):
    count = facts_review(facts=queryset, state=ReviewState.APPROVED, user=request.user)
    modeladmin.message_user(request, f"Approved {count}.", messages.SUCCESS)


@admin.action(description="Reject selected", permissions=["change"])
def reject_selected(modeladmin, request, queryset):
    count = facts_review(facts=queryset, state=ReviewState.REJECTED, user=request.user)
    modeladmin.message_user(request, f"Rejected {count}.", messages.SUCCESS)


@admin.action(description="Send back to unreviewed", permissions=["change"])
def unreview_selected(modeladmin, request, queryset):
    count = facts_review(facts=queryset, state=ReviewState.UNREVIEWED, user=request.user)
    modeladmin.message_user(request, f"{count} back to unreviewed.", messages.SUCCESS)


class PlainHistoryContextHelper(HistoricalRecordContextHelper):
    """History changes in plain words: "—" for nothing (not "None" or "Deleted user
    (pk=None)"), curated fields by their labels and never shortened to "[upfr[23 chars]"."""

    def prepare_delta_change_value(self, change, value):
        if value is None or (isinstance(value, DeletedObject) and value.pk is None):
            return NOTHING
        if change.field == "curated_fields":
            return ", ".join(self._label(name) for name in value or []) or NOTHING
        return super().prepare_delta_change_value(change, value)

    def stringify_delta_change_values(self, change, old, new):
        if change.field == "curated_fields":  # short lists of words: shown whole
            return conditional_escape(old), conditional_escape(new)
        return super().stringify_delta_change_values(change, old, new)

    def _label(self, name: str) -> str:
        try:
            return capfirst(self.model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:  # a relation edited through an inline ("parties")
            return capfirst(name.replace("_", " "))


class PermittedActionsMixin:
    """A posted action the user may not run answers 403.

    Django drops it from the user's choices and redirects with "No action selected", which a
    forged post cannot tell from success; a refusal should say so.
    """

    def changelist_view(self, request, extra_context=None):
        name = request.POST.get("action") if request.method == "POST" else None
        known = {action_name for _func, action_name, _label in self._get_base_actions()}
        if name in known and name not in self.get_actions(request):
            raise PermissionDenied
        return super().changelist_view(request, extra_context)


class ReviewedAdmin(PermittedActionsMixin, SimpleHistoryAdmin):
    """A fact's admin: review state, curated-field tracking, quotes, history and revert."""

    change_form_template = "admin/core/reviewed_change_form.html"
    object_history_list_template = "admin/core/object_history_list.html"
    formfield_overrides = URL_FIELDS_HTTPS
    actions = [approve_selected, reject_selected, unreview_selected]
    inlines = [ProvenanceInline]
    # Inline formsets whose edits make a relation curated: {inline model: relation name}.
    curated_inlines: dict = {}

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), *REVIEW_FIELDS)

    def get_historical_record_context_helper(self, request, historical_record):
        return PlainHistoryContextHelper(self.model, historical_record)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # What re-ingests extracted differently from the curator's values, beside the form.
        disagreements = Disagreement.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model),
            object_id=object_id if str(object_id).isdigit() else 0,
            resolved=False,
        ).select_related("document")
        extra_context = {**(extra_context or {}), "disagreements": disagreements}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        # A curator's value must survive re-ingest: remember which fields they touched.
        if change:
            obj.curated_fields = curated_fields_merge(
                current=obj.curated_fields, changed=form.changed_data
            )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        touched = [
            name
            for formset in formsets
            if formset.has_changed()
            for model, name in self.curated_inlines.items()
            if formset.model is model
        ]
        if change and touched:
            obj = form.instance
            merged = curated_fields_merge(current=obj.curated_fields, changed=touched)
            if merged != obj.curated_fields:
                type(obj).objects.filter(pk=obj.pk).update(curated_fields=merged)
                obj.curated_fields = merged

    def delete_model(self, request, obj):
        fact_delete(fact=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            fact_delete(fact=obj, user=request.user)

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_review"
        review = self.admin_site.admin_view(self.review_view)
        return [
            path("<path:object_id>/review/<str:state>/", review, name=name),
            *super().get_urls(),
        ]

    def review_view(self, request, object_id, state):
        """The one-click approve/reject buttons of the change page post here."""
        if request.method != "POST":
            return HttpResponseRedirect(
                reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                    args=[object_id],
                )
            )
        fact = get_object_or_404(self.model, pk=object_id)
        if not self.has_change_permission(request, fact) or state not in ReviewState.values:
            raise PermissionDenied
        fact_review(fact=fact, state=state, user=request.user)
        self.message_user(request, f"{fact} is now {fact.get_review_state_display().lower()}.")
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[fact.pk])
        )


class CuratedImportExportMixin(ImportExportMixin):
    """Import needs add and change rights on the model, export needs view rights.

    django-import-export lets any staff user import unless told otherwise.
    """

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_valid_export_item_pks(self, request):
        """The rows an "export selected" action may name: those posted that the export queryset
        holds. django-import-export's default offers every key in the table as a choice (200,000
        deals at scale) and warns that it is deprecated; it still calls this method."""
        posted = [pk for pk in request.POST.getlist("export_items") if pk.isdigit()]
        return self.get_export_queryset(request).filter(pk__in=posted).values_list("pk", flat=True)


def merge_action(*, merge, description: str):
    """An admin action that merges the selected rows into one the curator picks.

    `merge(survivor=..., others=[...], user=...)` does the work in one transaction.
    """

    @admin.action(description=description, permissions=["delete"])
    def action(modeladmin, request, queryset):
        chosen = list(queryset)
        if len(chosen) < 2:
            modeladmin.message_user(request, "Select at least two to merge.", messages.WARNING)
            return None
        survivor_pk = request.POST.get("survivor")
        if "apply" in request.POST and survivor_pk:
            survivor = next((obj for obj in chosen if str(obj.pk) == survivor_pk), None)
            if survivor is None:
                modeladmin.message_user(request, "Pick the one to keep.", messages.ERROR)
                return None
            others = [obj for obj in chosen if obj.pk != survivor.pk]
            try:
                merge(survivor=survivor, others=others, user=request.user)
            except ValidationError as error:
                modeladmin.message_user(request, "; ".join(error.messages), messages.ERROR)
                return None
            modeladmin.message_user(
                request, f"Merged {len(others)} into {survivor}.", messages.SUCCESS
            )
            return None
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": description,
            "opts": modeladmin.model._meta,
            "objects": chosen,
            "action_name": request.POST.get("action"),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/core/merge_confirmation.html", context)

    action.__name__ = "merge_selected"  # the admin knows an action by its function's name
    return action


def review_queue_view(request, admin_site):
    """Unreviewed facts of every kind, newest document first, with bulk approve/reject."""
    visible = [m for m in reviewed_models() if request.user.has_perm(_perm(m, "view"))]
    if not visible:
        raise PermissionDenied
    if request.method == "POST":
        state = request.POST.get("state")
        facts = queue_facts(request.POST.getlist("fact"))
        if state not in (ReviewState.APPROVED, ReviewState.REJECTED):
            messages.error(request, "Choose approve or reject.")
        elif not facts:
            messages.warning(request, "Select the facts to review first.")
        elif not all(request.user.has_perm(_perm(type(f), "change")) for f in facts):
            raise PermissionDenied
        else:
            count = facts_review(facts=facts, state=state, user=request.user)
            messages.success(request, f"{ReviewState(state).label}: {count}.")
        return HttpResponseRedirect(request.get_full_path())
    order = request.GET.get("order", "newest")
    if order not in QUEUE_ORDERS:
        order = "newest"
    # Sorted keys; the page loads only its own facts.
    items = review_queue(kinds=visible, order=order)
    kinds = items.counts()
    kind = request.GET.get("kind", "")
    if kind:
        items = items.of_kind(kind)
    page = Paginator(items, 100).get_page(request.GET.get("page"))
    context = {
        **admin_site.each_context(request),
        "title": "Review queue",
        "page": page,
        "count": len(items),
        "kind": kind,
        "order": order,
        "orders": QUEUE_ORDERS.items(),
        "kinds": [
            (label, apps.get_model(label)._meta.verbose_name_plural, n)
            for label, n in sorted(kinds.items())
        ],
        "can_review": any(request.user.has_perm(_perm(m, "change")) for m in visible),
    }
    return TemplateResponse(request, "admin/core/review_queue.html", context)


def _perm(model, action: str) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"
