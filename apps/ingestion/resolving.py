"""Companies and drugs by every name they go by, for one load: each name resolved once.

A name maps to the stored company or drug whose name or alias folds alike, else to a new
one; to None when a curator deleted it (a tombstone per name), and then facts naming it
are not loaded.
"""

from collections.abc import Callable

from apps.companies.models import Company, Listing
from apps.companies.services import company_upsert
from apps.core.names import name_key
from apps.curation.tombstones import names_tombstoned
from apps.drugs.models import Drug
from apps.drugs.services import drug_upsert, indication_upsert, target_upsert

from .contract import ExtractionError
from .curating import CuratedWrites, kept


class Names:
    """The companies and drugs one load resolved, by folded name (None: deleted)."""

    def __init__(self, writes: CuratedWrites, *, cite: Callable[[object, dict], None]):
        self.writes = writes
        self.cite = cite
        self.companies: dict[str, Company | None] = {}
        self.drugs: dict[str, Drug | None] = {}

    def company_for(self, name: str) -> Company | None:
        """The company this name refers to: seen in this extraction, stored, or new."""
        return self._named(Company, company_upsert, self.companies, "companies", [name])[0]

    def drug_for(self, name: str) -> Drug | None:
        """The drug this name refers to, or None when a curator deleted it."""
        return self._named(Drug, drug_upsert, self.drugs, "drugs", [name])[0]

    def _named(self, model, upsert, cache: dict, kind: str, names: list[str], *, item=None):
        """(row, created) for a name, resolved once per load; for an item (a company's or
        drug's own entry) every time, its names recorded as aliases. Row None: deleted."""
        if item is None and name_key(names[0]) in cache:
            return cache[name_key(names[0])], False
        row, created = upsert(
            name=names[0],
            aliases=names[1:],
            record_names=item is not None,
            may_create=lambda: not names_tombstoned(model, names),
        )
        if created:
            self.writes.created(row, kind)
        cache.update({name_key(name): row for name in names})
        return row, created

    def load_company(self, item: dict) -> None:
        names = [item["name"], *item.get("aliases", [])]
        company, created = self._named(
            Company, company_upsert, self.companies, "companies", names, item=item
        )
        if company is None:
            return  # a curator deleted it
        if not created and len(item["name"]) > len(company.name) and not kept(company, "name"):
            # The fullest formal name wins; the shorter one stays as an alias.
            company.name = item["name"]
            company.save()
            self.writes.summary.count(self.writes.summary.updated, "companies")
        for ticker in item.get("tickers", []):
            try:
                symbol, exchange = Listing.split_ticker(ticker)
            except ValueError as error:
                raise ExtractionError(str(error)) from error
            Listing.objects.get_or_create(
                symbol=symbol, exchange=exchange, defaults={"company": company}
            )
        self.cite(company, item)

    def link_parent(self, item: dict) -> None:
        if not item.get("parent"):
            return
        company = self.companies[name_key(item["name"])]
        parent = self.company_for(item["parent"])
        if company is None or parent is None:
            return  # one of them was deleted by a curator
        if parent.pk != company.pk:
            self.writes.assign(company, {"parent": parent}, kind="companies")

    def load_drug(self, item: dict) -> None:
        names = [item["name"], *item.get("aliases", [])]
        drug, _ = self._named(Drug, drug_upsert, self.drugs, "drugs", names, item=item)
        if drug is None:
            return  # a curator deleted it
        owner = self.company_for(item["owner"]) if item.get("owner") else None
        self.writes.assign(drug, {"owner": owner, "modality": item.get("modality")}, kind="drugs")
        targets = [target_upsert(name=name)[0] for name in item.get("targets", [])]
        self.writes.relate(drug, "targets", targets)
        indications = [indication_upsert(name=name)[0] for name in item.get("indications", [])]
        self.writes.relate(drug, "indications", indications)
        self.cite(drug, item)
