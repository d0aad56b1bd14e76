"""The company timeline's filters, declared once for its page, CSV/JSON, Atom feed and iCalendar."""

import hashlib
from pathlib import Path
from urllib.parse import urlencode

import django
from django import forms
from django.template.loader import get_template

from apps.companies.models import CompanyEvent
from apps.core.filters import IncludeSwitchField, PartialDateField, last_day
from apps.deals.models import Deal
from apps.regulatory.models import Designation

# What renders the timeline's filter panel: its cached fragment is keyed on their digest.
PANEL_TEMPLATES = ("includes/filter_panel.html", "includes/filter_form.html")
KIND_CHOICES = [("deal", "Deals"), ("designation", "Designations"), ("event", "Events")]


class TimelineFilterForm(forms.Form):
    kind = forms.MultipleChoiceField(
        choices=KIND_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Kind of fact",
    )
    deal_type = forms.MultipleChoiceField(
        choices=Deal.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Deal type",
    )
    agency = forms.MultipleChoiceField(
        choices=Designation.Agency.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Designation agency",
    )
    designation_type = forms.MultipleChoiceField(
        choices=Designation.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Designation type",
    )
    event_type = forms.MultipleChoiceField(
        choices=CompanyEvent.Type.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Event type",
    )
    date_after = PartialDateField(required=False, label="From")
    date_before = PartialDateField(required=False, label="To")
    # The whole group by default; `subsidiaries=off` shows the company alone.
    subsidiaries = IncludeSwitchField(
        required=False,
        label="Subsidiaries",
        widget=forms.Select(
            choices=[("on", "Included (the whole group)"), ("off", "Left out (this company alone)")]
        ),
    )

    def clean(self):
        data = super().clean()
        after, before = data.get("date_after"), data.get("date_before")
        # "From May 2020 to 2020" is fine: "2020" lasts until 31 December.
        if after and before and after.date > last_day(before):
            raise forms.ValidationError("“From” is after “To”: swap the dates.")
        return data


def form_state(form: forms.Form) -> str:
    """The form's bound values as a stable query string (its fields only, sorted): with the
    company it names the filter panel's rendering in the fragment cache. The panel's
    choices are constants (the models' choices), so the same values always render the same
    HTML; building its 40 checkboxes' widgets cost 15 ms per request."""
    data = form.data
    values = [(name, value) for name in sorted(form.fields) for value in data.getlist(name)]
    return urlencode(values)


# This module's source and Django's version change only with a deploy: read once per process,
# not on every timeline request.
MODULE_DIGEST = hashlib.sha256(django.get_version().encode() + Path(__file__).read_bytes()).digest()


def panel_version() -> str:
    """A 12-hex-digit digest of what renders the filter panel: its templates (as the loader finds
    them), this module's source (labels, choices) and Django's version (widget templates).

    Part of the panel's fragment cache key, so a deploy that changes any of them does not serve
    the old panel for a day from a shared cache. The loader caches templates and the module's
    part is read once per process, so this costs a hash of a few kilobytes per request.
    """
    digest = hashlib.sha256(MODULE_DIGEST)
    for name in PANEL_TEMPLATES:
        digest.update(get_template(name).template.source.encode())
    return digest.hexdigest()[:12]
