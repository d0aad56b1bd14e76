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
    """Where a fact is shown; events live on their company's page."""
    if fact is None:
        return ""
    model = fact._meta.model_name
    if model == "companyevent":
        return f"{fact.company.get_absolute_url()}#event-{fact.pk}"
    return fact.get_absolute_url()


@register.filter
def fact_kind(fact) -> str:
    return fact._meta.verbose_name if fact is not None else ""
