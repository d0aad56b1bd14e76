"""Deals with money terms and their USD value, and their parties, drugs and indications."""

from collections.abc import Iterator
from decimal import Decimal

from apps.core.money import money
from apps.deals.models import Deal, DealParty
from apps.deals.values import deal_value

from .base import Base
from .tables import DEAL_VALUE_FIELDS
from .vocabulary import ROLES


class DealRows(Base):
    """Deal rows; deals() collects the parties, drugs and indications the link tables write."""

    def deals(self) -> Iterator[tuple]:
        self.deal_links = {"parties": [], "drugs": [], "indications": []}
        first = self.first_id[Deal]
        for pk in range(first, first + self.sizes["deals"]):
            kind = self.pickers["deal_type"].pick()
            announced, precision = self.date(missing=0.05)
            signed = announced if announced and self.rng.random() < 0.3 else None
            money_terms = self.rng.random() < 0.5
            upfront = total = milestones = None
            upfront_currency = total_currency = milestones_currency = ""
            if money_terms:
                currency = self.pickers["currency"].pick()
                upfront = Decimal(int(round(self.rng.lognormvariate(17, 1.5), -4)))
                upfront_currency = currency
                if self.rng.random() < 0.7:
                    milestones = Decimal(int(round(float(upfront) * self.rng.uniform(2, 20), -4)))
                    milestones_currency = currency
                if self.rng.random() < 0.8:
                    total = upfront + (milestones or 0)
                    total_currency = currency
            yield (
                pk,
                kind,
                self.rng.choice((True, True, False, None)),
                self.pickers["territory"].pick(),
                announced,
                precision,
                signed,
                "day",
                money_terms,
                upfront,
                upfront_currency,
                True if money_terms else None,
                milestones,
                milestones_currency,
                True if milestones else None,
                self.rng.choice((True, False, None)) if money_terms else None,
                total,
                total_currency,
                *self.reviewed(),
                *self.deal_value(
                    upfront,
                    upfront_currency,
                    milestones,
                    milestones_currency,
                    total,
                    total_currency,
                    announced,
                ),
            )
            roles = ROLES.get(kind, ("partner", "partner"))
            first_party = self.company()
            second_party = self.company()
            while second_party == first_party:
                second_party = self.company()
            self.deal_links["parties"] += [
                (pk, first_party, roles[0]),
                (pk, second_party, roles[1]),
            ]
            if self.rng.random() < 0.05:  # a third partner now and then
                third = self.company()
                if third not in (first_party, second_party):
                    self.deal_links["parties"].append((pk, third, roles[1]))
            drugs = {self.drug() for _ in range(self.rng.choice((0, 1, 1, 1, 2)))}
            self.deal_links["drugs"] += [(pk, drug) for drug in drugs]
            if self.rng.random() < 0.5:
                self.deal_links["indications"].append((pk, self.rng.choice(self.indication_ids)))

    @staticmethod
    def deal_value(
        upfront, upfront_currency, milestones, milestones_currency, total, total_currency, announced
    ) -> tuple:
        """The headline value and its USD equivalent, as Deal.save() computes them."""
        fields = deal_value(
            upfront=money(upfront, upfront_currency),
            milestones=money(milestones, milestones_currency),
            total=money(total, total_currency),
            announced_on=announced,
        )
        return tuple(fields[name] for name in DEAL_VALUE_FIELDS)

    def deal_parties(self) -> Iterator[tuple]:
        pk = self.first_id[DealParty]
        for deal_id, company_id, role in self.deal_links.pop("parties"):
            yield pk, deal_id, company_id, role
            pk += 1

    def deal_drugs(self) -> Iterator[tuple]:
        pk = self.first_id[Deal.drugs.through]
        for deal_id, drug_id in self.deal_links.pop("drugs"):
            yield pk, deal_id, drug_id
            pk += 1

    def deal_indications(self) -> Iterator[tuple]:
        pk = self.first_id[Deal.indications.through]
        for deal_id, indication_id in self.deal_links.pop("indications"):
            yield pk, deal_id, indication_id
            pk += 1
