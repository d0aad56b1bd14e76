"""My searches: each saved search with the facts added since it was last opened, counted as
the pages would show them."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.alerts import selectors
from apps.alerts.models import SavedSearch
from apps.companies.models import Company
from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.sources.models import Provenance
from tests.factories import cite, make_company, make_deal, make_designation, make_document

MY_SEARCHES = reverse("alerts:saved_search_list")
AN_HOUR_AGO = dt.timedelta(hours=1)


def saved(user, *, name="Licences", list_key="deals", query="type=license", slug=""):
    return SavedSearch.objects.create(
        user=user,
        name=name,
        list_key=list_key,
        query=query,
        slug=slug,
        last_opened_at=timezone.now() - AN_HOUR_AGO,
    )


def aged(fact, delta=dt.timedelta(days=2)):
    type(fact).objects.filter(pk=fact.pk).update(created_at=timezone.now() - delta)
    return fact


def approved_parties():
    """Companies the public sees whatever the settings (a deal naming a hidden one is hidden)."""
    return [make_company(review_state=ReviewState.APPROVED) for _ in range(2)]


def counts(client) -> dict[str, str]:
    """Search name -> the text of its "New" cell."""
    page = client.get(MY_SEARCHES).content.decode()
    rows = re.findall(
        r'<th scope="row"><a [^>]*>([^<]+)</a></th>.*?class="new-count">(.*?)</td>', page, re.S
    )
    return {name: re.sub(r"<[^>]+>", "", cell).strip() for name, cell in rows}


def test_the_count_is_the_matching_facts_added_since_the_search_was_last_opened(
    analyst_client, analyst
):
    aged(make_deal())  # a licence from before
    saved(analyst)
    make_deal()
    make_deal()
    make_deal(type=Deal.Type.ACQUISITION, parties=[make_company(), make_company()])
    assert counts(analyst_client) == {"Licences": "2 new"}


def test_rejected_facts_and_facts_naming_hidden_companies_are_not_counted(analyst_client, analyst):
    saved(analyst)
    make_deal()
    make_deal(review_state=ReviewState.REJECTED)
    hidden = make_company(review_state=ReviewState.REJECTED)
    make_deal(parties=[hidden, make_company()])
    assert counts(analyst_client) == {"Licences": "1 new"}


def test_with_unreviewed_facts_hidden_a_fact_counts_when_a_curator_approves_it(
    analyst_client, analyst, settings
):
    settings.SHOW_UNREVIEWED_FACTS = False
    saved(analyst)
    make_deal(parties=approved_parties())  # unreviewed: the pages do not show it
    old = aged(make_deal(parties=approved_parties(), review_state=ReviewState.APPROVED))
    Deal.objects.filter(pk=old.pk).update(reviewed_at=timezone.now() - dt.timedelta(days=1))
    approved_now = aged(make_deal(parties=approved_parties()))
    Deal.objects.filter(pk=approved_now.pk).update(
        review_state=ReviewState.APPROVED, reviewed_at=timezone.now()
    )
    assert counts(analyst_client) == {"Licences": "1 new"}


def test_below_the_confidence_minimum_a_fact_counts_when_approved_not_when_stored(
    analyst_client, analyst, settings
):
    settings.PUBLIC_MIN_CONFIDENCE = 0.8
    document = make_document("Acme licensed examplimab to Beta.")

    def sure(deal):
        cite(deal, document, "Acme licensed examplimab to Beta.")
        Provenance.objects.filter(object_id=deal.pk).update(confidence=0.9)
        return deal

    saved(analyst)
    sure(make_deal(parties=approved_parties()))  # stored now, sure enough: new
    make_deal(parties=approved_parties())  # stored now, unsure, unreviewed: not shown
    unsure_old = aged(make_deal(parties=approved_parties()))  # shown from its approval: new
    sure_old = sure(aged(make_deal(parties=approved_parties())))  # shown since stored: not new
    Deal.objects.filter(pk__in=[unsure_old.pk, sure_old.pk]).update(
        review_state=ReviewState.APPROVED, reviewed_at=timezone.now()
    )
    assert counts(analyst_client) == {"Licences": "2 new"}


def test_opening_a_search_shows_its_list_and_starts_its_count_again(analyst_client, analyst):
    search = saved(analyst, query="type=license&company=")
    make_deal()
    assert counts(analyst_client) == {"Licences": "1 new"}
    response = analyst_client.get(reverse("alerts:saved_search_open", args=[search.pk]))
    assert response.status_code == 302 and response.url == "/deals/?type=license&company="
    assert counts(analyst_client) == {"Licences": "0 new"}
    make_deal()
    assert counts(analyst_client) == {"Licences": "1 new"}


def test_a_timeline_search_counts_the_companys_new_deals_designations_and_events(
    analyst_client, analyst, company, drug
):
    aged(make_deal(parties=[company, make_company()]))
    saved(analyst, name="Acme", list_key="timeline", query="", slug=company.slug)
    make_deal(parties=[company, make_company()])
    make_designation(drug=drug)
    make_deal()  # another company's
    assert counts(analyst_client) == {"Acme": "2 new"}


def test_a_count_stops_at_the_cap(analyst_client, analyst, monkeypatch):
    monkeypatch.setattr(selectors, "NEW_COUNT_CAP", 2)
    saved(analyst)
    for _ in range(3):
        make_deal()
    assert counts(analyst_client) == {"Licences": "2+ new"}


def test_a_search_whose_company_is_gone_says_so_instead_of_failing(analyst_client, analyst):
    gone = make_company("Vanishing Bio")
    saved(analyst, query=f"company={gone.slug}")
    Company.objects.filter(pk=gone.pk).update(review_state=ReviewState.REJECTED)
    response = analyst_client.get(MY_SEARCHES)
    assert response.status_code == 200
    cell = counts(analyst_client)["Licences"]
    assert not cell.endswith(" new") and "no company matches" in cell and gone.slug in cell


def test_my_searches_lists_only_my_own_and_others_cannot_open_them(
    analyst_client, analyst, django_user_model
):
    other = django_user_model.objects.create_user("bo", "bo@example.org", "x")
    theirs = saved(other, name="Bo's")
    saved(analyst)
    assert set(counts(analyst_client)) == {"Licences"}
    assert (
        analyst_client.get(reverse("alerts:saved_search_open", args=[theirs.pk])).status_code == 404
    )
    response = analyst_client.post(reverse("alerts:saved_search_delete", args=[theirs.pk]))
    assert response.status_code == 404
    assert SavedSearch.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize("searches", [1, 6])
def test_my_searches_costs_one_count_query_per_search_and_shows_each_count(
    analyst_client, analyst, searches, django_assert_max_num_queries
):
    for number in range(searches):
        saved(analyst, name=f"Search {number}", query="type=license")
    for _ in range(2):
        make_deal()
    # session + user + the searches, then one capped COUNT per search (company lookups: none).
    with django_assert_max_num_queries(3 + searches):
        response = analyst_client.get(MY_SEARCHES)
    assert response.status_code == 200
    assert counts(analyst_client) == {f"Search {n}": "2 new" for n in range(searches)}
