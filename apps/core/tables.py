"""A list's HTML table, defined beside its export columns (each app's exports.py).

The page shows fewer, richer columns than the CSV (a deal's "Terms" cell shows upfront,
milestones, total and headline value), so each table column names the export columns it
shows: `table()` refuses a name the export does not have, and a test checks every export
column is shown somewhere or said to be export-only. The header and each cell come from the
definition (templates/includes/list_table.html); a cell's template renders one `row`.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from .formats import Column


@dataclass(frozen=True)
class TableColumn:
    """One column of a list's table: its header, the template of its cell (given `row`), the
    export columns it shows, and whether its cell keeps to one line (dates)."""

    label: str
    cell: str
    shows: tuple[str, ...]
    nowrap: bool = False


@dataclass(frozen=True)
class Table:
    """The table of a list: its columns, and the export columns it leaves to the exports
    (ids, slugs, flags a cell already says in words)."""

    columns: tuple[TableColumn, ...]
    export_only: tuple[str, ...]

    def __iter__(self):
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)


def table(exports: list[Column], *columns: TableColumn, export_only: tuple = ()) -> Table:
    """The table of a list whose exports are `exports`; ImproperlyConfigured when a column
    shows a field the export does not have, or an export field is neither shown nor named
    export-only (the page and the CSV must say the same things)."""
    names = [column.name for column in exports]
    shown = {name for column in columns for name in column.shows}
    unknown = (shown | set(export_only)) - set(names)
    if unknown:
        raise ImproperlyConfigured(f"no export column named {sorted(unknown)}")
    left = [name for name in names if name not in shown and name not in export_only]
    if left:
        raise ImproperlyConfigured(f"export columns {left} are neither shown nor export_only")
    return Table(tuple(columns), tuple(export_only))
