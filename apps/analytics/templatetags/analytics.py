"""The analytics tables' rows as HTML, built in Python.

A page holds some 10,000 linked cells (the flow matrix, designations per agency per year);
rendered cell by cell through the template language they took most of a cached page's time
(about 250 of 300 ms at a million facts, benchmarks/analytics_benchmark.py). The markup is the
one the template wrote: `<tr><td class="num"><a href="...">12</a></td>...</tr>`, escaped.
"""

from html import escape  # Django's escape, without its lazy-string wrapper: 10,000 calls

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def _cell(cell) -> str:
    text = escape(cell.text)
    if cell.url:
        text = f'<a href="{escape(cell.url)}">{text}</a>'
    return f'<td class="num">{text}</td>' if cell.numeric else f"<td>{text}</td>"


@register.filter
def table_rows(rows) -> SafeString:
    """A chart's rows (lists of charts.Cell) as <tr> elements, every text and URL escaped."""
    return mark_safe(  # noqa: S308 - every text and URL above is escaped
        "\n".join("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>" for row in rows)
    )
