"""Saving the filters of a list: who may, what is kept, and what is refused."""

from urllib.parse import parse_qs

import pytest
from django.test import Client
from django.urls import reverse

from apps.alerts.models import SavedSearch
from tests.factories import make_company, make_deal

SAVE = reverse("alerts:saved_search_create")


def save(client, *, path="/deals/", query="type=license", name="Licences"):
    return client.post(SAVE, {"name": name, "path": path, "query": query})


def test_a_plain_user_saves_the_filters_of_the_deal_list_without_page_or_format(
    analyst_client, analyst
):
    response = save(analyst_client, query="type=license&type=option&page=3&format=csv&bogus=1")
    assert response.status_code == 302 and response.url == reverse("alerts:saved_search_list")
    search = SavedSearch.objects.get(user=analyst)
    assert (search.name, search.list_key, search.slug) == ("Licences", "deals", "")
    assert parse_qs(search.query) == {"type": ["license", "option"]}


def test_a_date_range_keeps_both_of_its_ends(analyst_client, analyst):
    save(analyst_client, query="date_after=2020&date_before=2023-05")
    assert parse_qs(SavedSearch.objects.get().query) == {
        "date_after": ["2020"],
        "date_before": ["2023-05"],
    }


@pytest.mark.parametrize(
    "query", ["type=merger-of-equals", "date_after=yesterday", "company=no-such-company"]
)
def test_filters_the_page_would_refuse_are_a_form_error_and_nothing_is_saved(analyst_client, query):
    response = save(analyst_client, query=query, name="Broken")
    assert response.status_code == 400
    page = response.content.decode()
    assert "These filters cannot be saved" in page
    assert 'value="Broken"' in page  # the name typed comes back
    assert not SavedSearch.objects.exists()


def test_only_lists_and_timelines_can_be_saved(analyst_client):
    response = save(analyst_client, path="/documents/", query="")
    assert response.status_code == 400
    assert "lists and timelines" in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_company_timeline_is_saved_with_its_company(analyst_client, company):
    response = save(analyst_client, path=company.get_absolute_url(), query="kind=deal")
    assert response.status_code == 302
    search = SavedSearch.objects.get()
    assert (search.list_key, search.slug, search.query) == ("timeline", company.slug, "kind=deal")


def test_the_same_name_twice_is_a_form_error(analyst_client):
    save(analyst_client)
    response = save(analyst_client, query="type=option")
    assert response.status_code == 400
    assert "already have a search called" in response.content.decode()
    assert SavedSearch.objects.count() == 1


def test_a_visitor_is_sent_to_log_in_and_nothing_is_saved(client, db):
    response = save(client)
    assert response.status_code == 302
    assert response.url.startswith(reverse("alerts:login") + "?next=")
    assert not SavedSearch.objects.exists()


def test_saving_needs_the_csrf_token(analyst):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(analyst)
    assert save(strict).status_code == 403
    assert not SavedSearch.objects.exists()


def test_list_pages_offer_the_save_control_to_users_and_a_login_link_to_visitors(
    client, analyst, company
):
    make_deal(parties=[company, make_company()])
    for path in ("/deals/?type=license", "/companies/", "/drugs/", "/designations/"):
        page = client.get(path).content.decode()
        assert "Log in to save this search" in page, path
        assert 'name="path"' not in page
    client.force_login(analyst)
    for path in ("/deals/?type=license&page=1", "/companies/", "/drugs/", "/designations/"):
        page = client.get(path).content.decode()
        assert "Save this search" in page, path
        assert f'name="path" value="{path.split("?")[0]}"' in page
    deals = client.get("/deals/?type=license&page=1").content.decode()
    assert 'name="query" value="type=license"' in deals
    timeline = client.get(company.get_absolute_url()).content.decode()
    assert "Save this search" in timeline
    assert "Save this search" not in client.get("/documents/").content.decode()
