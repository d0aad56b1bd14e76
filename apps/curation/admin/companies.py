from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.companies.resources import CompanyResource
from apps.curation.admin_utils import (
    CuratedImportExportMixin,
    ProvenanceInline,
    ReviewedAdmin,
    merge_action,
)
from apps.curation.merges import company_merge


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    fields = ["name"]
    extra = 1


class ListingInline(admin.TabularInline):
    model = Listing
    fields = ["symbol", "exchange"]
    extra = 0


@admin.register(Company)
class CompanyAdmin(CuratedImportExportMixin, ReviewedAdmin):
    resource_classes = [CompanyResource]
    list_display = ["name", "tickers", "parent", "country", "review_state", "updated_at"]
    list_filter = ["review_state", "country"]
    search_fields = ["name", "slug", "aliases__name", "listings__symbol"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CompanyAliasInline, ListingInline, ProvenanceInline]
    actions = [
        *ReviewedAdmin.actions,
        merge_action(merge=company_merge, description="Merge selected companies…"),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent").prefetch_related("listings")

    @admin.display(description="listings")
    def tickers(self, company):
        return ", ".join(str(listing) for listing in company.listings.all())


@admin.register(CompanyAlias)
class CompanyAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "company", "key"]
    search_fields = ["name", "key", "company__name"]
    autocomplete_fields = ["company"]
    list_select_related = ["company"]


@admin.register(Listing)
class ListingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "company"]
    list_filter = ["exchange"]
    search_fields = ["symbol", "company__name", "company__aliases__name"]
    autocomplete_fields = ["company"]
    list_select_related = ["company"]


@admin.register(CompanyEvent)
class CompanyEventAdmin(ReviewedAdmin):
    list_display = ["company", "type", "when", "summary", "amount", "review_state"]
    list_filter = ["review_state", "type", "date_precision"]
    search_fields = ["summary", "company__name", "company__aliases__name"]
    autocomplete_fields = ["company"]
    list_select_related = ["company"]
