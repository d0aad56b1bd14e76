"""Reads for the designation list."""

from django.db.models import F

from .models import Designation


def designations_for_listing():
    """Visible designations with drug and owner, newest first, in a fixed number of queries."""
    return (
        Designation.objects.visible()
        .select_related("drug", "drug__owner")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
