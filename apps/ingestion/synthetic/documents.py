"""The synthetic documents, and one Provenance quote per fact of every kind."""

from collections.abc import Iterator

from apps.companies.models import Company, CompanyEvent
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.sources.models import Provenance

from .base import SYNTHETIC_PREFIX, Base


class DocumentRows(Base):
    """Document rows and the quotes that tie every fact to one of them."""

    def documents_rows(self) -> Iterator[tuple]:
        for pk in self.document_ids:
            published, precision = self.date(missing=0)
            text = (
                f"Synthetic release {pk}. {self.company_names[self.company()]} announced "
                f"news on {published.isoformat()}. This text was generated for benchmarks."
            )
            yield (
                pk,
                f"Synthetic release {pk}",
                published,
                precision,
                "en",
                "",
                f"{SYNTHETIC_PREFIX}{self.seed}/{pk}.txt",
                "text/plain",
                text,
                "",
                "done",
                "",
                None,
                "synthetic",
                "",
                self.now,
                self.now,
            )

    def provenance(self, content_types: dict) -> Iterator[tuple]:
        """One quote per fact of every kind, in a random synthetic document."""
        pk = self.first_id[Provenance]
        quote = "This text was generated for benchmarks."
        for model, size in [
            (Company, "companies"),
            (Drug, "drugs"),
            (Deal, "deals"),
            (Designation, "designations"),
            (CompanyEvent, "events"),
        ]:
            first = self.first_id[model]
            for object_id in range(first, first + self.sizes[size]):
                yield (
                    pk,
                    self.document(),
                    content_types[model],
                    object_id,
                    quote,
                    None,
                    None,
                    self.now,
                )
                pk += 1
