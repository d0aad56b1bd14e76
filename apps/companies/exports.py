"""What a company row holds in CSV, JSON and XLSX (documented in docs/exports.md)."""

from apps.core.exports import Column

COMPANY_COLUMNS = [
    Column("id", lambda company: company.pk),
    Column("url", lambda company: company.get_absolute_url()),
    Column("name", lambda company: company.name),
    Column("slug", lambda company: company.slug),
    Column("aliases", lambda company: [alias.name for alias in company.aliases.all()]),
    Column("tickers", lambda company: [str(listing) for listing in company.listings.all()]),
    Column("parent", lambda company: company.parent.slug if company.parent else None),
    Column("country", lambda company: company.country),
    Column("deal_count", lambda company: company.deal_count),
    Column("review_state", lambda company: company.review_state),
]
