"""The curators' admin: every fact model's admin (review, curated fields, quotes, history,
merges, spreadsheet import) and the disagreements and tombstones curation keeps.

The fact apps hold no admin of their own: review and merges are curation, which may import
the fact apps, never the other way round. Django's autodiscovery imports this package.
"""

from . import companies, deals, drugs, records, regulatory  # noqa: F401 - they register
