from django.contrib import admin

from apps.curation.admin_utils import ReviewedAdmin
from apps.regulatory.models import Designation


@admin.register(Designation)
class DesignationAdmin(ReviewedAdmin):
    list_display = ["drug", "agency", "type", "status", "indication", "when", "review_state"]
    list_filter = ["review_state", "agency", "type", "status"]
    search_fields = ["indication", "drug__name", "drug__aliases__name"]
    autocomplete_fields = ["drug"]
    list_select_related = ["drug"]
