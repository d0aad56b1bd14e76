"""After load_seeds the database holds every fact of the five curated extractions, merged."""

import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from apps.companies.models import Company, CompanyEvent
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
SHARED_GOLD = Path(settings.BASE_DIR).parent / "shared" / "gold"


def curated_extractions() -> list[dict]:
    paths = sorted((FIXTURES / "extractions").glob("*.json"))
    assert len(paths) == 5
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def quotes_of(fact) -> set[str]:
    return set(Provenance.objects.for_fact(fact).values_list("quote", flat=True))


def test_the_curated_extractions_are_the_answer_keys():
    if not SHARED_GOLD.exists():
        reason = f"the answer keys ({SHARED_GOLD}) are not beside this checkout"
        if os.environ.get("DEALTRACKER_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{reason} (DEALTRACKER_REQUIRE_SERVICES=1 requires them)")
        pytest.skip(reason)
    index = json.loads((SHARED_GOLD / "INDEX.json").read_text())
    for key, file_name in index.items():
        ours = FIXTURES / "extractions" / file_name.replace(".txt", ".json")
        assert json.loads(ours.read_text()) == json.loads((SHARED_GOLD / f"{key}.json").read_text())


def test_every_company_of_the_answer_keys_is_one_row_with_its_quote(seeded):
    for extraction in curated_extractions():
        for item in extraction["companies"]:
            matches = list(Company.objects.by_name(item["name"]))
            assert len(matches) == 1, item["name"]
            company = matches[0]
            for alias in item["aliases"]:
                assert list(Company.objects.by_name(alias)) == [company], alias
            assert item["quote"] in quotes_of(company)
            if item["parent"]:
                assert company.parent == Company.objects.by_name(item["parent"]).get()
            for ticker in item["tickers"]:
                symbol, exchange = ticker.split(".")
                assert company.listings.filter(symbol=symbol, exchange=exchange).exists()


def test_a_company_named_in_two_releases_is_one_company_with_two_quotes(seeded):
    releases_naming = {}
    for extraction in curated_extractions():
        for item in extraction["companies"]:
            company = Company.objects.by_name(item["name"]).get()
            releases_naming.setdefault(company.pk, []).append(item["quote"])
    merged = {pk: quotes for pk, quotes in releases_naming.items() if len(quotes) > 1}
    assert merged, "the seeds name at least one company in two releases"
    for pk, quotes in merged.items():
        assert Provenance.objects.filter(
            object_id=pk, content_type__model="company"
        ).count() == len(quotes)


def test_every_drug_of_the_answer_keys_is_there_with_owner_and_quote(seeded):
    for extraction in curated_extractions():
        for item in extraction["drugs"]:
            drug = Drug.objects.by_name(item["name"]).get()
            for alias in item["aliases"]:
                assert Drug.objects.by_name(alias).get() == drug
            if item["owner"]:
                assert drug.owner == Company.objects.by_name(item["owner"]).get()
            assert set(item["targets"]) <= set(drug.targets.values_list("name", flat=True))
            assert item["quote"] in quotes_of(drug)


def test_every_deal_of_the_answer_keys_is_there_with_parties_terms_and_quote(seeded):
    for extraction in curated_extractions():
        for item in extraction["deals"]:
            parties = {
                (Company.objects.by_name(p["company"]).get().pk, p["role"]) for p in item["parties"]
            }
            deals = [
                deal
                for deal in Deal.objects.filter(type=item["type"])
                if set(deal.parties.values_list("company_id", "role")) == parties
            ]
            assert len(deals) == 1, item["quote"]
            deal = deals[0]
            assert item["quote"] in quotes_of(deal)
            assert deal.exclusive == item["exclusive"]
            assert (deal.announced.isoformat() if deal.announced else None) == item["announced_on"]
            terms = item["terms"] or {}
            for term in ("upfront", "milestones", "total_value"):
                money = getattr(deal, term)
                assert (money.to_contract() if money else None) == terms.get(term)


def test_every_designation_of_the_answer_keys_is_there_with_date_and_quote(seeded):
    count = 0
    for extraction in curated_extractions():
        for item in extraction["designations"]:
            designation = Designation.objects.get(
                drug=Drug.objects.by_name(item["drug"]).get(),
                agency=item["agency"],
                type=item["type"],
            )
            assert designation.status == item["status"]
            assert (designation.when.isoformat() if designation.when else None) == item["date"]
            assert item["quote"] in quotes_of(designation)
            count += 1
    assert Designation.objects.count() == count


def test_every_event_of_the_answer_keys_is_there_with_amount_and_quote(seeded):
    count = 0
    for extraction in curated_extractions():
        for item in extraction["events"]:
            company = Company.objects.by_name(item["company"]).get()
            event = CompanyEvent.objects.get(
                company=company, type=item["type"], summary=item["summary"]
            )
            assert (event.amount.to_contract() if event.amount else None) == item["amount"]
            assert item["quote"] in quotes_of(event)
            count += 1
    assert CompanyEvent.objects.count() == count


def test_every_quote_is_located_in_its_document(seeded):
    for row in Provenance.objects.select_related("document"):
        assert row.start is not None, row.quote
        located = row.document.text[row.start : row.end]
        assert " ".join(located.split()) == " ".join(row.quote.split())


def test_loading_the_seeds_again_changes_nothing(seeded):
    counts = [
        m.objects.count() for m in (Company, Drug, Deal, Designation, CompanyEvent, Provenance)
    ]
    call_command("load_seeds", verbosity=0)
    assert [
        m.objects.count() for m in (Company, Drug, Deal, Designation, CompanyEvent, Provenance)
    ] == counts
    assert Document.objects.count() == 5
