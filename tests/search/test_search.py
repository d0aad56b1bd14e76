import pytest
from django.db import connection
from django.urls import reverse

from apps.companies.models import Listing
from apps.timeline.search import search_everything
from tests.factories import make_company, make_deal, make_document, make_drug

pytestmark = pytest.mark.django_db
SEARCH = reverse("timeline:search")


@pytest.fixture
def world():
    ascentage = make_company("Ascentage Pharma Group International")
    ascentage.aliases.create(name="亞盛醫藥集團")
    Listing.objects.create(company=ascentage, symbol="6855", exchange="HK")
    drug = make_drug("olverembatinib", owner=ascentage)
    drug.aliases.create(name="HQP1351")
    deal = make_deal(parties=[ascentage, make_company("Partner Pharma")], drugs=[drug])
    document = make_document(
        "Olverembatinib was granted an Orphan Drug Designation by the FDA.",
        title="Orphan designation for olverembatinib",
    )
    other = make_document("An unrelated facility opening in Suzhou.", title="Suzhou plant")
    return {"company": ascentage, "drug": drug, "deal": deal, "document": document, "other": other}


def test_search_finds_a_company_by_an_alias_in_chinese(world):
    results = search_everything("亞盛醫藥")
    assert results.companies == [world["company"]]
    assert results.deals == [world["deal"]]


def test_search_finds_a_company_by_ticker(world):
    assert search_everything("6855.HK").companies == [world["company"]]


def test_search_finds_a_drug_by_code_name_and_its_deals(world):
    results = search_everything("HQP1351")
    assert results.drugs == [world["drug"]]
    assert results.deals == [world["deal"]]


def test_search_finds_documents_by_words_in_their_text(world):
    results = search_everything("orphan designation")
    assert results.documents == [world["document"]]
    assert search_everything("Suzhou").documents == [world["other"]]


def test_search_page_lists_each_kind_of_result(client, world):
    page = client.get(SEARCH, {"q": "olverembatinib"}).content.decode()
    assert "Drugs (1)" in page
    assert "Press releases (1)" in page
    assert world["drug"].get_absolute_url() in page


def test_an_empty_search_shows_the_box_and_no_results(client, world):
    page = client.get(SEARCH, {"q": "  "}).content.decode()
    assert 'name="q"' in page
    assert "result" not in page.split("</form>")[-1].split("<footer")[0]


def test_search_queries_do_not_grow_with_the_number_of_matches(
    client, django_assert_max_num_queries, django_assert_num_queries
):
    """A bounded id lookup each for companies and drugs, then each kind of result in a fixed
    number of queries (deals: one per part of the term's matches), at any size."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_deal(parties=[make_company("Zeta Bio first"), make_company()], drugs=[make_drug("zeta")])
    with CaptureQueriesContext(connection) as few:
        assert "Companies (1)" in client.get(SEARCH, {"q": "zeta"}).content.decode()
    for number in range(20):
        company = make_company(f"Zeta Bio {number}")
        make_deal(parties=[company, make_company()], drugs=[make_drug(f"zeta-{number}")])
    with django_assert_num_queries(len(few)), django_assert_max_num_queries(22):
        response = client.get(SEARCH, {"q": "zeta"})
    page = response.content.decode()
    assert "Companies (20)" in page
    assert page.count("Zeta Bio 19") >= 2  # a company and its deal


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text index is PostgreSQL's")
def test_document_search_can_use_the_full_text_index(world):
    from apps.timeline.search import documents_matching

    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = documents_matching("orphan").explain()
        cursor.execute("SET enable_seqscan = on")
    assert "sources_document_search" in plan


def test_search_finds_documents_by_chinese_text(db):
    document = make_document("亞盛醫藥集團今日宣布。", title="公告")
    assert search_everything("亞盛醫藥").documents == [document]
