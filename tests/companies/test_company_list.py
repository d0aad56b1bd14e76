import pytest
from django.urls import reverse

from apps.companies.models import Listing
from tests.factories import make_company

pytestmark = pytest.mark.django_db
COMPANIES = reverse("companies:company_list")


def names(client, **params):
    return [
        row["name"] for row in client.get(COMPANIES, {**params, "format": "json"}).json()["results"]
    ]


def test_companies_are_found_by_name_alias_in_any_script_and_ticker(client):
    ascentage = make_company("Ascentage Pharma Group International")
    ascentage.aliases.create(name="亞盛醫藥集團")
    Listing.objects.create(company=ascentage, symbol="6855", exchange="HK")
    make_company("Simcere")
    assert names(client, q="ascentage") == ["Ascentage Pharma Group International"]
    assert names(client, q="亞盛") == ["Ascentage Pharma Group International"]
    assert names(client, q="6855.HK") == ["Ascentage Pharma Group International"]
    assert names(client, q="6855") == ["Ascentage Pharma Group International"]


def test_company_list_page_shows_aliases_tickers_and_parent(client):
    parent = make_company("AstraZeneca")
    child = make_company("AstraZeneca Investment (China) Co., Ltd.", parent=parent)
    child.aliases.create(name="AstraZeneca China")
    Listing.objects.create(company=parent, symbol="AZN", exchange="L")
    page = client.get(COMPANIES).content.decode()
    assert "AstraZeneca China" in page
    assert "AZN.L" in page
    assert f'<a href="{parent.get_absolute_url()}">AstraZeneca</a>' in page


def test_company_list_queries_do_not_grow_with_the_number_of_companies(
    client, django_assert_max_num_queries
):
    for number in range(30):
        company = make_company(f"Company number {number}")
        Listing.objects.create(company=company, symbol=f"{number:04d}", exchange="HK")
    with django_assert_max_num_queries(6):
        response = client.get(COMPANIES)
    assert response.content.decode().count(".HK") == 30


def test_company_list_bad_page_says_so(client):
    make_company()
    assert "is not a page number" in client.get(COMPANIES, {"page": "abc"}).content.decode()


def test_deal_counts_leave_out_rejected_deals(client):
    from apps.core.models import ReviewState
    from tests.factories import make_deal

    company = make_company("Counted Co")
    make_deal(parties=[company, make_company()])
    make_deal(parties=[company, make_company()], review_state=ReviewState.REJECTED)
    rows = client.get(COMPANIES, {"q": "Counted Co", "format": "json"}).json()["results"]
    assert rows[0]["deal_count"] == 1


def test_deal_counts_follow_the_unreviewed_setting_and_count_a_deal_once(client, settings):
    from apps.core.models import ReviewState
    from tests.factories import make_deal

    company = make_company("Counted Co", review_state=ReviewState.APPROVED)
    make_deal(parties=[company, company], roles=["licensor", "partner"])  # two roles, one deal
    make_deal(parties=[company, make_company()], review_state=ReviewState.APPROVED)
    make_deal(parties=[company, make_company()], review_state=ReviewState.REJECTED)
    make_company("Dealless Co")

    def counts():
        rows = client.get(COMPANIES, {"q": "Co", "format": "json"}).json()["results"]
        return {row["name"]: row["deal_count"] for row in rows}

    assert counts()["Counted Co"] == 2
    assert counts()["Dealless Co"] == 0
    settings.SHOW_UNREVIEWED_FACTS = False
    assert counts()["Counted Co"] == 1
