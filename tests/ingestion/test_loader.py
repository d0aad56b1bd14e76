"""facts_sync: one extraction in, facts with provenance out; merged, idempotent, all or nothing."""

import copy

import pytest

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.curation.models import Disagreement
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.ingestion.contract import ExtractionError, quote_span
from apps.ingestion.loader import facts_sync
from apps.regulatory.models import Designation
from apps.sources.models import Provenance
from tests.factories import make_document

pytestmark = pytest.mark.django_db

TEXT = (
    "Northwind Therapeutics Co., Ltd. (2345.HK) and Southbay Bio Inc. announced on "
    "March 3, 2024 an exclusive license of NW-101 (examplitinib) in Greater China for "
    "US$50 million upfront. The FDA granted examplitinib Orphan Drug Designation in May 2020. "
    "Northwind opened a plant in Suzhou."
)


def extraction(**changes) -> dict:
    data = {
        "schema_version": 1,
        "document": {"title": "Northwind licenses NW-101", "published_on": "2024-03-04"},
        "companies": [
            {
                "name": "Northwind Therapeutics Co., Ltd.",
                "aliases": ["Northwind"],
                "tickers": ["2345.HK"],
                "parent": None,
                "quote": "Northwind Therapeutics Co., Ltd. (2345.HK)",
            },
            {
                "name": "Southbay Bio Inc.",
                "aliases": [],
                "tickers": [],
                "parent": None,
                "quote": "Southbay Bio Inc.",
            },
        ],
        "drugs": [
            {
                "name": "examplitinib",
                "aliases": ["NW-101"],
                "owner": "Northwind Therapeutics Co., Ltd.",
                "modality": "small_molecule",
                "targets": ["KRAS"],
                "indications": ["lung cancer"],
                "quote": "NW-101 (examplitinib)",
            }
        ],
        "deals": [
            {
                "type": "license",
                "parties": [
                    {"company": "Northwind", "role": "licensor"},
                    {"company": "Southbay Bio", "role": "licensee"},
                ],
                "drugs": ["NW-101"],
                "exclusive": True,
                "territory": "Greater China",
                "indications": [],
                "announced_on": "2024-03-03",
                "signed_on": None,
                "terms": {
                    "upfront": {"amount": 50000000, "currency": "USD"},
                    "upfront_disclosed": True,
                    "milestones": None,
                    "milestones_disclosed": False,
                    "royalties_disclosed": False,
                    "total_value": None,
                },
                "quote": "an exclusive license of NW-101 (examplitinib) in Greater China",
            }
        ],
        "designations": [
            {
                "drug": "examplitinib",
                "agency": "FDA",
                "type": "orphan_drug",
                "status": "granted",
                "indication": None,
                "date": "2020-05",
                "quote": "The FDA granted examplitinib Orphan Drug Designation in May 2020.",
            }
        ],
        "events": [
            {
                "company": "Northwind",
                "type": "facility",
                "date": None,
                "summary": "Plant opened in Suzhou",
                "amount": None,
                "quote": "Northwind opened a plant in Suzhou.",
            }
        ],
    }
    data.update(changes)
    return data


def fact_counts() -> list[int]:
    return [
        model.objects.count()
        for model in (
            Company,
            CompanyAlias,
            Listing,
            Drug,
            Deal,
            Designation,
            CompanyEvent,
            Provenance,
        )
    ]


def test_an_extraction_becomes_facts_each_with_its_located_quote():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    deal = Deal.objects.get()
    assert {(p.company.name, p.role) for p in deal.parties.all()} == {
        ("Northwind Therapeutics Co., Ltd.", "licensor"),
        ("Southbay Bio Inc.", "licensee"),
    }
    assert deal.upfront.display() == "USD 50 million"
    assert deal.announced.display() == "3 March 2024"
    assert list(deal.drugs.values_list("name", flat=True)) == ["examplitinib"]
    assert Drug.objects.get().owner.name == "Northwind Therapeutics Co., Ltd."
    assert Designation.objects.get().when.display() == "May 2020"
    assert str(Listing.objects.get()) == "2345.HK"
    row = Provenance.objects.for_fact(deal).get()
    assert TEXT[row.start : row.end] == row.quote
    assert document.published.isoformat() == "2024-03-04"


def test_loading_the_same_extraction_twice_changes_nothing():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    before = fact_counts()
    summary = facts_sync(document=document, extraction=extraction())
    assert not summary.changed
    assert fact_counts() == before


def test_a_second_release_naming_the_same_company_differently_adds_a_quote_not_a_company():
    facts_sync(document=make_document(TEXT), extraction=extraction())
    other = make_document("Northwind Therapeutics announced results.")
    second = extraction(
        companies=[
            {
                "name": "NORTHWIND THERAPEUTICS",
                "aliases": [],
                "quote": "Northwind Therapeutics announced",
            }
        ],
        drugs=[],
        deals=[],
        designations=[],
        events=[],
    )
    facts_sync(document=other, extraction=second)
    company = Company.objects.get(name="Northwind Therapeutics Co., Ltd.")
    assert Company.objects.count() == 2
    assert Provenance.objects.for_fact(company).count() == 2


def test_a_recap_without_an_indication_is_the_same_designation():
    facts_sync(document=make_document(TEXT), extraction=extraction())
    recap = copy.deepcopy(extraction())
    recap["designations"][0]["indication"] = "KRAS-mutant lung cancer"
    facts_sync(document=make_document(TEXT + " Again."), extraction=recap)
    designation = Designation.objects.get()
    assert designation.indication == "KRAS-mutant lung cancer"
    assert designation.sources.count() == 2


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda e: e["deals"][0].update(type="handshake"), "deals/0/type"),
        (lambda e: e["designations"][0].update(agency="FBI"), "designations/0/agency"),
        (lambda e: e.pop("events"), "events"),
        (lambda e: e["deals"][0].update(announced_on="March 2024"), "deals/0/announced_on"),
        (lambda e: e["designations"][0].update(date="2020-02-30"), "designations/0/date"),
        (lambda e: e["companies"][0].update(tickers=["2345"]), "SYMBOL.EXCHANGE"),
        (
            lambda e: e["deals"][0]["terms"].update(upfront={"amount": 5, "currency": "dollars"}),
            "currency",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_problem_and_nothing_is_written(break_it, message):
    document = make_document(TEXT)
    bad = extraction()
    break_it(bad)
    before = fact_counts()
    with pytest.raises(ExtractionError, match=message):
        facts_sync(document=document, extraction=bad)
    assert fact_counts() == before


def test_a_field_a_curator_edited_keeps_the_curators_value_and_the_difference_is_recorded():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    deal = Deal.objects.get()
    deal.territory = "Mainland China, Hong Kong and Macau"
    deal.curated_fields = ["territory"]
    deal.save()
    facts_sync(document=document, extraction=extraction())
    deal.refresh_from_db()
    assert deal.territory == "Mainland China, Hong Kong and Macau"
    disagreement = Disagreement.objects.get()
    assert (disagreement.field, disagreement.extracted_value) == ("territory", "Greater China")


def test_facts_a_document_no_longer_states_are_dropped_unless_a_curator_reviewed_them():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    Designation.objects.update(review_state="approved")
    facts_sync(document=document, extraction=extraction(events=[], designations=[]))
    assert not CompanyEvent.objects.exists()
    designation = Designation.objects.get()  # approved by a curator: kept, though now unsourced
    assert not designation.sources.exists()


def test_a_quote_is_found_across_collapsed_whitespace():
    assert quote_span("one  two\nthree four", "two three") == (5, 14)
    assert quote_span("one two", "three") is None


def history_row_counts() -> dict[str, int]:
    """Rows per django-simple-history table, m2m history tables included."""
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.model_name.startswith("historical")
    }


def test_loading_the_same_extraction_again_writes_no_history_row_for_any_model():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    before = history_row_counts()
    assert before["drugs.HistoricalDrug_targets"] and before["deals.HistoricalDeal_drugs"]

    facts_sync(document=document, extraction=extraction())
    facts_sync(document=make_document(TEXT + " Again."), extraction=extraction())

    assert history_row_counts() == before


def test_loading_grows_linearly_in_queries_with_the_number_of_deals():
    # One licensor, N partners, N deals: finding each deal must not read every earlier deal.
    from django.db import connection

    from benchmarks.load_benchmark import release

    def queries_per_fact(size: int, licensor: str) -> float:
        text, data = release(size, licensor=licensor)
        count = [0]

        def counted(execute, sql, params, many, context):
            count[0] += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counted):
            facts_sync(document=make_document(text), extraction=data)
        return count[0] / (1 + 3 * size)

    small, large = queries_per_fact(10, "Ostrava"), queries_per_fact(80, "Quellmark")
    assert Deal.objects.count() == 90
    assert large <= small * 1.1, (small, large)
