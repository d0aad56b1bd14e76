from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html

from apps.curation.admin_utils import URL_FIELDS_HTTPS, PermittedActionsMixin

from .models import Source, SourceItem

RECENT_ITEMS = 50


def _badge(kind: str, text: str) -> str:
    return format_html('<span class="intake-badge intake-{}">{}</span>', kind, text)


@admin.action(description="Poll now", permissions=["change"])
def poll_now(modeladmin, request, queryset):
    from .tasks import poll_source

    for source in queryset:
        poll_source.delay(source.pk, force=True)
    modeladmin.message_user(request, f"Queued a poll of {queryset.count()} sources.")


@admin.action(description="Enable (and forget past failures)", permissions=["change"])
def enable_selected(modeladmin, request, queryset):
    # imported here: the services pull in fetching and ingestion, which every command
    # (manage.py extract included) would otherwise load through the admin's autodiscovery
    from .services import source_enable

    for source in queryset:
        source_enable(source_id=source.pk)
    modeladmin.message_user(request, f"Enabled {queryset.count()} sources.", messages.SUCCESS)


@admin.action(description="Disable", permissions=["change"])
def disable_selected(modeladmin, request, queryset):
    count = queryset.update(enabled=False)
    modeladmin.message_user(request, f"Disabled {count} sources.", messages.SUCCESS)


@admin.register(Source)
class SourceAdmin(PermittedActionsMixin, admin.ModelAdmin):
    """Sources with their health at a glance; a source's page lists its recent items."""

    list_display = [
        "name",
        "kind",
        "health",
        "location",
        "last_polled_at",
        "last_success_at",
        "next_poll_at",
        "documents_count",
        "short_error",
    ]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "url", "cik", "folder"]
    actions = [poll_now, enable_selected, disable_selected]
    readonly_fields = [
        "health",
        "last_polled_at",
        "last_success_at",
        "last_error",
        "consecutive_failures",
        "next_poll_at",
        "etag",
        "last_modified",
        "documents_count",
    ]
    fieldsets = [
        (None, {"fields": ["name", "kind", "url", "cik", "folder", "link_pattern"]}),
        ("Polling", {"fields": ["enabled", "poll_interval_minutes"]}),
        ("Health", {"fields": readonly_fields}),
    ]
    change_form_template = "admin/intake/source/change_form.html"
    formfield_overrides = URL_FIELDS_HTTPS

    class Media:
        css = {"all": ["intake/admin.css"]}

    @admin.display(description="health")
    def health(self, source: Source) -> str:
        if not source.enabled and source.consecutive_failures:
            return _badge("dead", f"disabled after {source.consecutive_failures} failures")
        if not source.enabled:
            return _badge("off", "disabled")
        if source.consecutive_failures:
            return _badge("failing", f"failing ({source.consecutive_failures} in a row)")
        if source.last_success_at is None:
            return _badge("off", "not polled yet")
        return _badge("ok", "ok")

    @admin.display(description="last error")
    def short_error(self, source: Source) -> str:
        return source.last_error[:120]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        items = (
            SourceItem.objects.filter(source_id=object_id)
            .select_related("document")
            .order_by("-first_seen_at", "-id")[:RECENT_ITEMS]
        )
        extra = {"recent_items": items, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context=extra)


@admin.register(SourceItem)
class SourceItemAdmin(admin.ModelAdmin):
    """Every entry a source listed and what became of it (read-only: polling writes these)."""

    list_display = ["__str__", "source", "state", "document_link", "first_seen_at", "error"]
    list_filter = ["state", "source"]
    search_fields = ["key", "title"]
    list_select_related = ["source", "document"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="document")
    def document_link(self, item: SourceItem) -> str:
        if item.document_id is None:
            return ""
        url = reverse("admin:sources_document_change", args=[item.document_id])
        return format_html('<a href="{}">{}</a>', url, item.document)
