from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from apps.curation.admin_utils import PermittedActionsMixin
from apps.curation.disagreements import disagreement_accept, disagreements_resolve
from apps.curation.models import Disagreement, Tombstone


def _fact_link(row):
    fact = row.fact
    if fact is None:
        return f"{row.content_type.name} {row.object_id} (gone)"
    try:
        url = reverse(
            f"admin:{fact._meta.app_label}_{fact._meta.model_name}_change", args=[fact.pk]
        )
    except NoReverseMatch:
        return str(fact)
    return format_html('<a href="{}">{}</a>', url, fact)


@admin.action(description="Mark resolved", permissions=["change"])
def resolve_selected(modeladmin, request, queryset):
    count = disagreements_resolve(disagreements=queryset, user=request.user)
    modeladmin.message_user(request, f"Resolved {count}.", messages.SUCCESS)


@admin.action(description="Take the extracted value", permissions=["change"])
def accept_selected(modeladmin, request, queryset):
    taken = 0
    for row in queryset.filter(resolved=False):
        try:
            disagreement_accept(disagreement=row, user=request.user)
            taken += 1
        except ValidationError as error:
            modeladmin.message_user(request, f"{row}: {'; '.join(error.messages)}", messages.ERROR)
    if taken:
        modeladmin.message_user(request, f"Took {taken} extracted values.", messages.SUCCESS)


DISAGREEMENT_FIELDS = [
    "fact_link",
    "field",
    "curator_value",
    "extracted_value",
    "document",
    "resolved",
    "created_at",
]


@admin.register(Disagreement)
class DisagreementAdmin(PermittedActionsMixin, admin.ModelAdmin):
    """What a re-ingest would have changed in a curator's value; the curator's value stayed."""

    # The list and the change page show the same columns; only `resolved` is editable.
    list_display = DISAGREEMENT_FIELDS
    list_filter = ["resolved", "content_type", "document"]
    search_fields = ["field", "curator_value", "extracted_value"]
    list_select_related = ["document", "content_type"]
    actions = [resolve_selected, accept_selected]
    fields = DISAGREEMENT_FIELDS
    readonly_fields = [name for name in DISAGREEMENT_FIELDS if name != "resolved"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="fact")
    def fact_link(self, row):
        return _fact_link(row)


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    """Facts curators deleted; delete a tombstone to let the next ingest bring the fact back."""

    list_display = ["label", "content_type", "deleted_by", "deleted_at"]
    list_filter = ["content_type"]
    search_fields = ["label", "key"]
    readonly_fields = ["content_type", "key", "label", "deleted_by", "deleted_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
