"""Template helpers for the browsing pages: dates and money as people write them, review badges."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def partial(value, missing: str = "date not stated") -> str:
    """A PartialDate as written ("May 2020"); the text for a missing date otherwise."""
    return value.display() if value else missing


@register.filter
def money(value, missing: str = "") -> str:
    """A Money as written ("USD 1.2 billion")."""
    return value.display() if value else missing


@register.simple_tag
def review_badge(fact) -> str:
    """A small "unreviewed" mark beside a fact a curator has not checked yet."""
    if getattr(fact, "is_unreviewed", False):
        return format_html(
            '<span class="badge badge-unreviewed" title="{}">unreviewed</span>',
            "Extracted automatically; a curator has not checked it yet",
        )
    return ""


@register.filter
def fact_url(fact) -> str:
    """Where a fact is shown (its get_absolute_url: an event's is its company's page)."""
    if fact is None:
        return ""
    return fact.get_absolute_url()


@register.filter
def fact_kind(fact) -> str:
    return fact._meta.verbose_name if fact is not None else ""


# Filters that always have a value (an order, a default term) are settings, not filters.
_NOT_FILTERS = frozenset({"sort", "money_term", "page", "format", "excel"})
# Values that mean a filter's default: the whole group is what `company` means anyway.
_DEFAULTS = {"subsidiaries": frozenset({"on", "true", "1", "yes"})}


@register.simple_tag
def active_filter_count(form) -> int:
    """How many filters of a (bound) filter form the query string sets."""
    data = getattr(form, "data", None) or {}
    count = 0
    for name in form.fields:
        if name in _NOT_FILTERS:
            continue
        values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        default = _DEFAULTS.get(name, frozenset())
        if any(value not in (None, "") and str(value).lower() not in default for value in values):
            count += 1
    return count
