from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from apps.curation.admin_utils import (
    CuratedImportExportMixin,
    ProvenanceInline,
    ReviewedAdmin,
    merge_action,
)
from apps.curation.merges import drug_merge
from apps.drugs.models import Drug, DrugAlias, Indication, Target
from apps.drugs.resources import DrugResource


class DrugAliasInline(admin.TabularInline):
    model = DrugAlias
    fields = ["name"]
    extra = 1


@admin.register(Drug)
class DrugAdmin(CuratedImportExportMixin, ReviewedAdmin):
    resource_classes = [DrugResource]
    list_display = ["name", "owner", "modality", "review_state", "updated_at"]
    list_filter = ["review_state", "modality"]
    search_fields = ["name", "slug", "aliases__name", "owner__name", "owner__aliases__name"]
    autocomplete_fields = ["owner", "targets", "indications"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["owner"]
    inlines = [DrugAliasInline, ProvenanceInline]
    actions = [
        *ReviewedAdmin.actions,
        merge_action(merge=drug_merge, description="Merge selected drugs…"),
    ]


@admin.register(DrugAlias)
class DrugAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "drug", "key"]
    search_fields = ["name", "key", "drug__name"]
    autocomplete_fields = ["drug"]
    list_select_related = ["drug"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["name", "key"]
    search_fields = ["name", "key"]


@admin.register(Indication)
class IndicationAdmin(admin.ModelAdmin):
    list_display = ["name", "key"]
    search_fields = ["name", "key"]
