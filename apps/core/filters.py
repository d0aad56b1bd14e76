"""Filters every list shares: dates as precise as the analyst types them."""

import calendar
import datetime as dt

import django_filters
from django import forms

from .dates import DatePrecision, PartialDate
from .names import fold

# Longest text a filter box or search takes. Names, codes and territories are far shorter; a
# longer one is a paste gone wrong, and SQLite refuses LIKE patterns of ~50,000 characters.
TEXT_MAX_LENGTH = 200
TOO_LONG = "Type at most %(limit_value)d characters (this has %(show_value)d)."


def text_too_long(value: str) -> str:
    """The message for a search text over TEXT_MAX_LENGTH, or "" when it fits."""
    if len(value) <= TEXT_MAX_LENGTH:
        return ""
    return TOO_LONG % {"limit_value": TEXT_MAX_LENGTH, "show_value": len(value)}


class BoundedCharField(forms.CharField):
    """A free-text box of at most TEXT_MAX_LENGTH characters (CharField already refuses NUL)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", TEXT_MAX_LENGTH)
        super().__init__(**kwargs)
        for validator in self.validators:
            if getattr(validator, "code", "") == "max_length":
                validator.message = TOO_LONG


class TextFilter(django_filters.CharFilter):
    """`django_filters.CharFilter` with a length limit: a long text is a 400, not a 500."""

    field_class = BoundedCharField


class PartialDateField(forms.CharField):
    """Reads "2020", "2020-05" or "2020-05-14" into a PartialDate."""

    default_error_messages = {
        "invalid": "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2020-05).",
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "YYYY-MM-DD"}))
        kwargs.setdefault("help_text", "YYYY, YYYY-MM or YYYY-MM-DD")
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error


def last_day(date: PartialDate) -> dt.date:
    """The last day a partial date can mean: "2020" ends on 31 December 2020."""
    year, month = date.date.year, date.date.month
    if date.precision == DatePrecision.YEAR:
        return dt.date(year, 12, 31)
    if date.precision == DatePrecision.MONTH:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return date.date


class PartialDateFilter(django_filters.Filter):
    """From (`after`) or up to (`before`) a date; "before 2020" includes all of 2020."""

    field_class = PartialDateField

    def __init__(self, *, bound: str, **kwargs):
        if bound not in ("after", "before"):
            raise ValueError("bound is 'after' or 'before'")
        self.bound = bound
        super().__init__(**kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        if self.bound == "after":
            return qs.filter(**{f"{self.field_name}__gte": value.date})
        return qs.filter(**{f"{self.field_name}__lte": last_day(value)})


DRUG_HELP = "A name or code name, or the slug from the drug's address; Search finds others."


class TextChoiceField(forms.ModelChoiceField):
    """A text box that names one row of the queryset; `matches(text)` says which rows fit.

    A <select> of every company, drug or indication renders thousands of options on every
    list page; a text box costs one lookup when a filter is used, none otherwise.
    """

    def __init__(self, *, queryset, placeholder: str = "", **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": placeholder}))
        kwargs.pop("empty_label", None)  # a text box has no empty option
        super().__init__(queryset=queryset, **kwargs)

    def to_python(self, value):
        value = "" if value in self.empty_values else str(value).strip()
        if not value:
            return None
        if len(value) > TEXT_MAX_LENGTH:  # no name is this long; SQLite chokes on the pattern
            raise forms.ValidationError(
                TOO_LONG,
                code="max_length",
                params={"limit_value": TEXT_MAX_LENGTH, "show_value": len(value)},
            )
        if "\x00" in value:  # PostgreSQL cannot compare text holding NUL: no row has one
            raise self._invalid(value)
        for candidates in self.matches(value):
            found = list(candidates[:2])
            if len(found) == 1:
                return found[0]
        raise self._invalid(value)  # none, or two rows under one name: the slug or id decides

    def matches(self, value: str):
        raise NotImplementedError

    def _invalid(self, value: str) -> forms.ValidationError:
        return forms.ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class IdOrNameField(TextChoiceField):
    """An id (as in `?indication=<id>` links) or the name, case and punctuation folded."""

    MAX_ID = 2**31 - 1  # a longer number is no id, and PostgreSQL refuses to compare it

    def matches(self, value: str):
        if value.isdigit() and int(value) <= self.MAX_ID:
            yield self.queryset.filter(pk=int(value))
        yield self.queryset.filter(key=fold(value))


class IdOrNameFilter(django_filters.ModelChoiceFilter):
    """`?indication=<id>` as a labelled text box; the name works as well."""

    field_class = IdOrNameField


# Words a yes/no filter takes; anything else is refused rather than read as "either".
YES_WORDS = frozenset({"true", "1", "yes", "on"})
NO_WORDS = frozenset({"false", "0", "no", "off"})


class StrictNullBooleanField(forms.Field):
    """Yes, no or either (blank): `exclusive=maybe` is an error, not a silent "either"."""

    default_error_messages = {
        "invalid": "“%(value)s” is not a yes/no value: use true or false (or leave it blank).",
    }

    def to_python(self, value):
        if value is True or value is False:
            return value
        if value in (None, ""):
            return None
        word = str(value).strip().lower()
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        raise forms.ValidationError(
            self.error_messages["invalid"], code="invalid", params={"value": value}
        )


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictNullBooleanField


class IncludeSwitchField(StrictNullBooleanField):
    """On unless switched off: blank or on/true/1 is True, off/false/0 is False."""

    default_error_messages = {
        "invalid": "“%(value)s” is not on or off: use on (the default) or off.",
    }

    def to_python(self, value):
        value = super().to_python(value)
        return True if value is None else value


def range_reversed(low, high) -> bool:
    """Is a from/to pair the wrong way round? Partial dates compare by the period they cover."""
    if low is None or high is None:
        return False
    if isinstance(low, PartialDate):
        return low.date > last_day(high)
    return low > high


class SortFilter(django_filters.ChoiceFilter):
    """`?sort=<key>`: the list's order, one of `sorts` (key -> order_by terms); `default` when
    the query string names none. A real filter step (it orders the queryset) behind the same
    select and URLs as before; an unknown key is a form error (400), as for any choice."""

    def __init__(self, *, sorts: dict, default: str, **kwargs):
        self.sorts, self.default = sorts, default
        kwargs.setdefault("empty_label", None)
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs.order_by(*self.sorts[value or self.default])


class ModifiedFilterSet(django_filters.FilterSet):
    """A FilterSet with MODIFIERS: form fields that change how another filter reads (`role`
    for `company`, `money_term` for the amount), not filters of their own.

    MODIFIERS: (name, field factory, the filter it follows in the form). The filters read
    them from `self.form.cleaned_data`; a bad value is a form error like any other.
    """

    MODIFIERS: list = []

    def get_form_class(self):
        form_class = super().get_form_class()
        if not self.MODIFIERS:
            return form_class
        order = [name for name in form_class.base_fields if name not in self._modifier_names()]
        for name, _field, after in self.MODIFIERS:
            order.insert(order.index(after) + 1 if after in order else len(order), name)
        fields = {name: field() for name, field, _after in self.MODIFIERS}
        return type(form_class.__name__, (form_class,), {**fields, "field_order": order})

    def _modifier_names(self) -> set:
        return {name for name, _field, _after in self.MODIFIERS}

    def filter_queryset(self, queryset):
        for name, value in self.form.cleaned_data.items():
            if name in self.filters:  # modifiers are read by the filters they modify
                queryset = self.filters[name].filter(queryset, value)
        return queryset


class RangeCheckedFilterSet(ModifiedFilterSet):
    """A FilterSet whose form refuses reversed ranges: `date_after=2024&date_before=2023` is
    a 400 with a message, not an empty list.

    RANGES: (from field, to field, message) triples; pairs a FilterSet lacks are skipped.
    """

    RANGES = [
        ("date_after", "date_before", "The “from” date is after the “to” date: swap them."),
    ]

    def get_form_class(self):
        form_class = super().get_form_class()
        ranges = [(low, high, message) for low, high, message in self.RANGES if low in self.filters]

        class RangeCheckedForm(form_class):
            def clean(self):
                data = super().clean()
                for low, high, message in ranges:
                    if range_reversed(data.get(low), data.get(high)):
                        self.add_error(high, message)
                return data

        return RangeCheckedForm


def suggest_attrs(suggest_url) -> dict:
    """A text box's htmx attributes: ask `suggest_url` for options as the analyst types and
    put them in the box's .suggestions list (not the results the form refreshes)."""
    return {
        "hx-get": suggest_url,
        "hx-trigger": "input changed delay:200ms, focus",
        "hx-target": "next .suggestions",
        "hx-swap": "innerHTML",
        "hx-select": "unset",
        "hx-select-oob": "unset",
        "hx-push-url": "false",
        "hx-sync": "this:replace",
        "role": "combobox",
        "aria-autocomplete": "list",
        "autocomplete": "off",
    }


class SuggestedTextField(BoundedCharField):
    """Free text (a territory) with typeahead suggestions from `suggest_url`."""

    def __init__(self, *, suggest_url, **kwargs):
        super().__init__(**kwargs)
        self.suggest_url = suggest_url
        self.widget.attrs.update(suggest_attrs(suggest_url))


class SuggestedTextFilter(django_filters.CharFilter):
    field_class = SuggestedTextField


class PickerField(forms.CharField):
    """A text box that names rows by any name they go by, with typeahead suggestions.

    `match(text)` returns the rows the text names exactly; `suggest(text)` ranked
    Suggestions. One row: the value. None or (unless `many`) several: a message naming the
    likeliest ("no company matches 'Harbor' — did you mean: Harbor Pharma Co., Ltd.?").
    `many=True` returns the list (an indication's words match several).
    `suggest_url` is the htmx endpoint the box asks as the analyst types.
    """

    def __init__(self, *, kind, match, suggest, suggest_url="", many=False, placeholder="", **kw):
        kw.setdefault("max_length", TEXT_MAX_LENGTH)
        kw.setdefault("widget", forms.TextInput(attrs={"placeholder": placeholder}))
        for unused in ("queryset", "to_field_name", "empty_label", "null_label"):
            kw.pop(unused, None)
        super().__init__(**kw)
        self.kind, self.match, self.suggest, self.many = kind, match, suggest, many
        self.suggest_url = suggest_url
        if suggest_url:
            self.widget.attrs.update(suggest_attrs(suggest_url))
        for validator in self.validators:
            if getattr(validator, "code", "") == "max_length":
                validator.message = TOO_LONG

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)  # a pasted long value gets the message, not a cut
        attrs["autocomplete"] = "off"
        return attrs

    def clean(self, value):
        text = super().clean(value)
        if not text or not text.strip():
            return None
        from .pickers import did_you_mean

        text = text.strip()
        found = list(self.match(text))
        if len(found) == 1 or (self.many and found):
            return found if self.many else found[0]
        suggestions = self.suggest(text)
        raise forms.ValidationError(
            did_you_mean(self.kind, text, suggestions, many=bool(found)), code="invalid_choice"
        )


class PickerFilter(django_filters.Filter):
    """A filter whose box is a PickerField; the value is the row (or rows, with many=True)."""

    field_class = PickerField
