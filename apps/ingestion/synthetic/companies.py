"""Companies, their aliases and listings, and the parent links that make families."""

from collections.abc import Iterator

from apps.companies.models import CompanyAlias, Listing
from apps.core.names import name_key

from .base import Base, slug
from .vocabulary import COUNTRIES, EXCHANGES, LEGAL_FORMS


class CompanyRows(Base):
    """Company rows first (they name the companies every later table draws on)."""

    def companies(self) -> Iterator[tuple]:
        """Company rows, then (via self.aliases / listings) their names; parents come later."""
        self.company_names = {}
        for pk in self.company_ids:
            stem = self.word(self.rng.choice((2, 2, 3))).capitalize()
            name = " ".join(
                part
                for part in (stem, self.pickers["suffix"].pick(), self.rng.choice(LEGAL_FORMS))
                if part
            )
            self.company_names[pk] = name
            yield (
                pk,
                name,
                f"{slug(name)}-{pk}",
                None,
                self.rng.choice(COUNTRIES),
                "",
                *self.reviewed(),
            )

    def company_aliases(self) -> Iterator[tuple]:
        pk = self.first_id[CompanyAlias]
        for company_id, name in self.company_names.items():
            names = [name]
            if self.rng.random() < 0.3:  # a short name, and now and then a Chinese one
                names.append(name.split(" ")[0] + " " + name.split(" ")[1])
            if self.rng.random() < 0.05:
                names.append(f"{self.word(1)}{self.word(1)}医药有限公司")
            for alias in dict.fromkeys(names):
                yield pk, company_id, alias, name_key(alias)
                pk += 1

    def listings(self) -> Iterator[tuple]:
        pk = self.first_id[Listing]
        used = set()
        for company_id in self.company_ids:
            if self.rng.random() < 0.15:
                exchange = self.rng.choice(EXCHANGES)
                # The company id keeps symbols unique across runs.
                symbol = (
                    f"{company_id:04d}"
                    if exchange in ("HK", "SS", "SZ", "T")
                    else f"{self.word(1).upper()}{company_id}"
                )
                if (symbol, exchange) in used:
                    continue
                used.add((symbol, exchange))
                yield pk, company_id, symbol, exchange
                pk += 1

    def parent_links(self) -> list[tuple[int, int]]:
        """(subsidiary, parent): the heaviest companies own a family each; 5% have a parent."""
        order = sorted(
            range(len(self.company_ids)),
            key=lambda i: self.company_cumulative[i] - (self.company_cumulative[i - 1] if i else 0),
            reverse=True,
        )
        heads = [self.company_ids[i] for i in order[: max(1, len(order) // 500)]]
        tail = [self.company_ids[i] for i in order[len(heads) :]]
        self.rng.shuffle(tail)
        links = []
        wanted = len(self.company_ids) // 20
        for child in tail[:wanted]:
            links.append((child, self.rng.choice(heads) if self.rng.random() < 0.5 else None))
        # A child without a head joins another tail company (a small family).
        small_parents = tail[wanted : wanted + max(1, wanted // 3)]
        return [(child, parent or self.rng.choice(small_parents)) for child, parent in links]
