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

# How each kind of named fact is found or made, by its kind in the load summary.
NAMED = {"companies": (Company, company_upsert), "drugs": (Drug, drug_upsert)}


class Names:
    """The companies and drugs one load resolved, by kind and folded name (None: deleted)."""

    def __init__(self, writes: CuratedWrites, *, cite: Callable[[object, dict], None]):
        self.writes = writes
        self.cite = cite
        self.found: dict[str, dict[str, Company | Drug | None]] = {kind: {} for kind in NAMED}

    def company_for(self, name: str) -> Company | None:
        """The company this name refers to: seen in this extraction, stored, or new."""
        return self._named("companies", [name])[0]

    def drug_for(self, name: str) -> Drug | None:
        """The drug this name refers to, or None when a curator deleted it."""
        return self._named("drugs", [name])[0]

    def _named(self, kind: str, names: list[str], *, item=None):
        """(row, created) for a name, resolved once per load; for an item (a company's or
        drug's own entry) every time, its names recorded as aliases. Row None: deleted."""
        model, upsert = NAMED[kind]
        cache = self.found[kind]
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
        self._load("companies", item, self._company_details)

    def load_drug(self, item: dict) -> None:
        self._load("drugs", item, self._drug_details)

    def _load(self, kind: str, item: dict, details: Callable[[object, dict, bool], None]) -> None:
        """A company's or drug's own entry: found by all its names, given what the entry says
        (details(row, item, created)) and cited. An entry a curator deleted loads nothing."""
        names = [item["name"], *item.get("aliases", [])]
        row, created = self._named(kind, names, item=item)
        if row is None:
            return  # a curator deleted it
        details(row, item, created)
        self.cite(row, item)

    def _company_details(self, company: Company, item: dict, created: bool) -> None:
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

    def link_parent(self, item: dict) -> None:
        if not item.get("parent"):
            return
        company = self.found["companies"][name_key(item["name"])]
        parent = self.company_for(item["parent"])
        if company is None or parent is None:
            return  # one of them was deleted by a curator
        if parent.pk != company.pk:
            self.writes.assign(company, {"parent": parent}, kind="companies")

    def _drug_details(self, drug: Drug, item: dict, created: bool) -> None:
        owner = self.company_for(item["owner"]) if item.get("owner") else None
        self.writes.assign(drug, {"owner": owner, "modality": item.get("modality")}, kind="drugs")
        targets = [target_upsert(name=name)[0] for name in item.get("targets", [])]
        self.writes.relate(drug, "targets", targets)
        indications = [indication_upsert(name=name)[0] for name in item.get("indications", [])]
        self.writes.relate(drug, "indications", indications)
