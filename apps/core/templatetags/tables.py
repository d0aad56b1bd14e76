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


class CellNode(template.Node):
    def __init__(self, column: template.base.FilterExpression):
        self.column = column

    def render(self, context) -> str:
        name = self.column.resolve(context).cell
        # The cell templates of this render, loaded once (the engine caches them across renders).
        cells = context.render_context.setdefault(self, {})
        if name not in cells:
            cells[name] = context.template.engine.get_template(name)
        return cells[name].nodelist.render(context)


@register.tag
def table_cell(parser, token) -> CellNode:
    """`{% table_cell column %}`: the column's cell template rendered in place for the `row`
    in context. As `{% include column.cell %}` without its per-call cost (context push, render
    state): a 50-row deal list renders 250 cells."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("usage: {% table_cell column %}")
    return CellNode(parser.compile_filter(bits[1]))
