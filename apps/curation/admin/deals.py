from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from apps.curation.admin_utils import CuratedImportExportMixin, ProvenanceInline, ReviewedAdmin
from apps.deals.models import Deal, DealParty
from apps.deals.resources import DealResource


class DealPartyInline(admin.TabularInline):
    model = DealParty
    fields = ["company", "role"]
    autocomplete_fields = ["company"]
    extra = 0


@admin.register(Deal)
class DealAdmin(CuratedImportExportMixin, ReviewedAdmin):
    resource_classes = [DealResource]
    list_display = ["__str__", "type", "announced", "total_value", "exclusive", "review_state"]
    list_filter = ["review_state", "type", "exclusive", "has_terms"]
    search_fields = [
        "territory",
        "parties__company__name",
        "parties__company__aliases__name",
        "drugs__name",
        "drugs__aliases__name",
    ]
    autocomplete_fields = ["drugs", "indications"]
    inlines = [DealPartyInline, ProvenanceInline]
    curated_inlines = {DealParty: "parties"}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parties__company")


@admin.register(DealParty)
class DealPartyAdmin(SimpleHistoryAdmin):
    list_display = ["deal", "company", "role"]
    list_filter = ["role"]
    search_fields = ["company__name", "company__aliases__name"]
    autocomplete_fields = ["deal", "company"]
    list_select_related = ["company", "deal"]
