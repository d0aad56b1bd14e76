"""Company boxes: any name, alias, ticker or slug; typeahead; 'did you mean' for the rest."""

import html

import pytest
from django.urls import reverse

from apps.companies.models import CompanyAlias, Listing
from apps.companies.selectors import company_matches, company_suggestions
from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from tests.factories import make_company, make_deal

pytestmark = pytest.mark.django_db
DEALS = reverse("deals:deal_list")
SUGGEST = reverse("companies:company_suggest")


@pytest.fixture
def brightmoor(db):
    company = make_company("Brightmoor Pharma Co., Ltd.")
    CompanyAlias.objects.create(company=company, name="明湖製藥")
    Listing.objects.create(company=company, symbol="7781", exchange="HK")
    return company


@pytest.mark.parametrize(
    "typed",
    ["7781.HK", "7781.hk", "7781", "明湖製藥", "brightmoor pharma", "BRIGHTMOOR PHARMA LTD"],
)
def test_the_company_box_takes_a_ticker_an_alias_in_any_script_or_the_name(brightmoor, typed):
    theirs = make_deal(parties=[brightmoor, make_company()])
    make_deal()
    deals = DealFilter({"company": typed}, queryset=Deal.objects.all())
    assert deals.is_valid(), deals.errors
    assert list(deals.qs) == [theirs]


def test_the_slug_still_works(brightmoor):
    assert company_matches(brightmoor.slug) == [brightmoor]


def test_a_partial_name_is_a_400_that_suggests_the_likeliest_company(client, brightmoor):
    response = client.get(DEALS, {"company": "Brightmoor"})
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "no company matches 'Brightmoor' — did you mean: Brightmoor Pharma Co., Ltd.?" in page
    assert "Select a valid choice" not in page


def test_a_name_two_companies_share_says_so_and_names_both(client):
    make_company("Tessaly Bio Inc.")
    make_company("Tessaly Bio GmbH")
    response = client.get(DEALS, {"company": "Tessaly Bio", "format": "json"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "'Tessaly Bio' names more than one company" in text
    assert "Tessaly Bio Inc." in text and "Tessaly Bio GmbH" in text


def test_suggestions_rank_prefix_then_word_then_similarity_at_most_ten():
    make_company("Alpha Norwick Therapeutics")  # a word starts with the text
    make_company("Norwick Biologics")  # the name starts with it
    make_company("Norwlck Labs")  # a typo away: only similar
    make_company("Unrelated Kinetics")
    for number in range(12):
        make_company(f"Norwick Subsidiary {number:02d}")
    suggestions = company_suggestions("norwick")
    labels = [suggestion.label for suggestion in suggestions]
    assert len(labels) == 10
    assert labels[0] == "Norwick Biologics"  # prefix, shortest first
    assert "Unrelated Kinetics" not in labels
    few = [s.label for s in company_suggestions("norwick b")]
    assert few[0] == "Norwick Biologics"
    # Every word of the text starts a word of the name: before names only similar to it.
    assert company_suggestions("norwick t")[0].label == "Alpha Norwick Therapeutics"
    similar = [s.label for s in company_suggestions("norwlck")]
    assert similar[0] == "Norwlck Labs"
    assert "Norwick Biologics" in similar  # found by similarity, after the prefix match


def test_prefix_matches_come_before_word_matches():
    make_company("Alpha Calder Therapeutics")
    make_company("Calderon Pharma")
    labels = [s.label for s in company_suggestions("calder")]
    assert labels == ["Calderon Pharma", "Alpha Calder Therapeutics"]


def test_the_suggest_endpoint_answers_a_fragment_of_options_for_the_typed_text(client, brightmoor):
    response = client.get(SUGGEST, {"company": "brigh"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f'data-value="{brightmoor.slug}"' in page
    assert "Brightmoor Pharma Co., Ltd." in page
    by_ticker = client.get(SUGGEST, {"q": "7781"}).content.decode()
    assert f'data-value="{brightmoor.slug}"' in by_ticker
    assert "No match" in client.get(SUGGEST, {"q": "zzqqxx"}).content.decode()


def test_the_company_box_on_a_list_asks_for_suggestions_with_htmx(client):
    page = client.get(DEALS).content.decode()
    assert f'hx-get="{SUGGEST}"' in page
    assert 'class="suggestions"' in page


def test_the_company_list_shows_other_names_without_a_trailing_separator(client):
    company = make_company("Vantor Biosciences")
    CompanyAlias.objects.create(company=company, name="Vantor Bio")
    CompanyAlias.objects.create(company=company, name="ZZ Vantor")  # sorts after the name
    page = client.get(reverse("companies:company_list")).content.decode()
    assert "Vantor Bio; ZZ Vantor</td>" in page
    assert "; </td>" not in page


def test_company_suggestions_cost_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for number in range(30):
        company = make_company(f"Halvard Bio {number:02d}")
        Listing.objects.create(company=company, symbol=f"{9000 + number}", exchange="HK")
    with django_assert_max_num_queries(4):
        page = client.get(SUGGEST, {"q": "halvard"}).content.decode()
    assert page.count('class="suggestion"') == 10
    assert "Halvard Bio 00" in page


def test_word_matches_come_before_names_that_are_only_similar():
    make_company("Ferrowind Analytics")  # similar to the text, no word starts with it
    make_company("Global Ferrovia Partners")  # a word starts with the text
    labels = [s.label for s in company_suggestions("ferrovi")]
    assert labels == ["Global Ferrovia Partners", "Ferrowind Analytics"]
