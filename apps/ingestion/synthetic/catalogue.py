"""The synthetic catalogue: every table's rows from one seeded generator."""

from .companies import CompanyRows
from .deals import DealRows
from .documents import DocumentRows
from .drugs import DrugRows
from .events import EventRows


class Catalogue(CompanyRows, DrugRows, DealRows, EventRows, DocumentRows):
    """The synthetic rows, table by table, from one seed; ids follow the highest existing ones.

    Each method named in tables.TABLES yields one table's rows as tuples in that table's column
    order. They must be called in TABLES order: later tables draw on what earlier ones set
    (company names, drug popularity, deal links), and all draw from one generator.
    """
