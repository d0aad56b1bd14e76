"""The company timeline's filters, declared once for its page, CSV/JSON, Atom feed and iCalendar."""

from django import forms

from apps.companies.models import CompanyEvent
from apps.core.filters import PartialDateField, last_day
from apps.deals.models import Deal
from apps.regulatory.models import Designation

SEVERAL = "Hold Ctrl (⌘ on a Mac) to choose several."
KIND_CHOICES = [("deal", "Deals"), ("designation", "Designations"), ("event", "Events")]


class TimelineFilterForm(forms.Form):
    kind = forms.MultipleChoiceField(
        choices=KIND_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Kind of fact",
    )
    deal_type = forms.MultipleChoiceField(
        choices=Deal.Type.choices, required=False, label="Deal type", help_text=SEVERAL
    )
    agency = forms.MultipleChoiceField(
        choices=Designation.Agency.choices,
        required=False,
        label="Designation agency",
        help_text=SEVERAL,
    )
    designation_type = forms.MultipleChoiceField(
        choices=Designation.Type.choices,
        required=False,
        label="Designation type",
        help_text=SEVERAL,
    )
    event_type = forms.MultipleChoiceField(
        choices=CompanyEvent.Type.choices, required=False, label="Event type", help_text=SEVERAL
    )
    date_after = PartialDateField(required=False, label="From")
    date_before = PartialDateField(required=False, label="To")
    subsidiaries = forms.BooleanField(required=False, label="Include subsidiaries")

    def clean(self):
        data = super().clean()
        after, before = data.get("date_after"), data.get("date_before")
        # "From May 2020 to 2020" is fine: "2020" lasts until 31 December.
        if after and before and after.date > last_day(before):
            raise forms.ValidationError("“From” is after “To”: swap the dates.")
        return data
