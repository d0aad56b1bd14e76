"""`{% list_table "apps.deals.exports.DEAL_TABLE" as table %}`: a list's table definition
(apps.core.tables) in any template that shows its rows, the list page's or another's."""

from django import template
from django.utils.module_loading import import_string

from apps.core.tables import Table

register = template.Library()


@register.simple_tag
def list_table(path: str) -> Table:
    """The Table at this dotted path; TemplateSyntaxError for anything else."""
    found = import_string(path)
    if not isinstance(found, Table):
        raise template.TemplateSyntaxError(f"{path} is not a list table")
    return found
