from django.contrib import admin

from .models import Provenance


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
