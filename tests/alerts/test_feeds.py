"""The private Atom feed of a saved search: an unguessable token, revocable, a 404 after."""

import re
import xml.etree.ElementTree as ET

from django.urls import reverse

from apps.alerts.models import SavedSearch
from apps.alerts.services import token_hash
from apps.deals.models import Deal
from tests.factories import cite, make_company, make_deal, make_document

ATOM = "{http://www.w3.org/2005/Atom}"


def saved(user, **fields):
    fields.setdefault("name", "Licences")
    fields.setdefault("list_key", "deals")
    fields.setdefault("query", "type=license")
    return SavedSearch.objects.create(user=user, **fields)


def new_feed_url(client, search) -> str:
    response = client.post(reverse("alerts:feed_token_new", args=[search.pk]))
    assert response.status_code == 200
    return re.search(
        r'id="feed-url" readonly size="80" value="([^"]+)"', response.content.decode()
    )[1]


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    root = ET.fromstring(response.content)
    return root, [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_the_feed_url_shows_the_searchs_rows_with_their_quotes_to_anyone_holding_it(
    analyst_client, analyst, client
):
    acme, beta = make_company("Acme Bio"), make_company("Beta Pharma")
    licence = make_deal(parties=[acme, beta])
    document = make_document("Acme Bio licensed examplimab to Beta Pharma for Asia.")
    cite(licence, document, "Acme Bio licensed examplimab to Beta Pharma for Asia.")
    make_deal(type=Deal.Type.ACQUISITION)
    search = saved(analyst)
    url = new_feed_url(analyst_client, search)
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 40
    search.refresh_from_db()
    assert search.feed_token_hash == token_hash(token) and token not in search.feed_token_hash

    client.logout()  # a feed reader has no session
    root, titles = entries(client, url)
    assert titles == [str(licence)]
    assert root.findtext(f"{ATOM}title") == "dealtracker: Licences"
    assert "Acme Bio licensed examplimab" in root.find(f"{ATOM}entry").findtext(f"{ATOM}summary")


def test_a_revoked_feed_url_is_a_404_and_a_new_one_replaces_the_old(analyst_client, analyst):
    make_deal()
    search = saved(analyst)
    first = new_feed_url(analyst_client, search)
    second = new_feed_url(analyst_client, search)
    assert analyst_client.get(first).status_code == 404
    assert analyst_client.get(second).status_code == 200
    response = analyst_client.post(reverse("alerts:feed_revoke", args=[search.pk]))
    assert response.status_code == 302
    assert analyst_client.get(second).status_code == 404


def test_a_made_up_token_is_a_404(client, analyst):
    saved(analyst, feed_token_hash=token_hash("known"))
    assert client.get(reverse("alerts:saved_search_feed", args=["guess"])).status_code == 404
    assert client.get(reverse("alerts:saved_search_feed", args=["known"])).status_code == 200


def test_reading_the_feed_does_not_mark_the_search_read(client, analyst):
    search = saved(analyst, feed_token_hash=token_hash("t0ken"))
    opened = search.last_opened_at
    client.get(reverse("alerts:saved_search_feed", args=["t0ken"]))
    search.refresh_from_db()
    assert search.last_opened_at == opened


def test_company_drug_and_timeline_searches_have_feeds_too(client, analyst, company, drug):
    make_deal(parties=[company, make_company()])
    cases = {
        "companies": ("companies", "", "q=Acme", company.name),
        "drugs": ("drugs", "", "", drug.name),
        "timeline": ("timeline", company.slug, "kind=deal", None),
    }
    for name, (list_key, slug, query, expected) in cases.items():
        saved(
            analyst,
            name=name,
            list_key=list_key,
            slug=slug,
            query=query,
            feed_token_hash=token_hash(f"token-{name}"),
        )
        _root, titles = entries(client, reverse("alerts:saved_search_feed", args=[f"token-{name}"]))
        assert titles, name
        if expected:
            assert expected in titles[0], (name, titles)


def test_another_users_feed_url_cannot_be_made_or_revoked(analyst_client, django_user_model):
    other = django_user_model.objects.create_user("bo", "bo@example.org", "x")
    theirs = saved(other, feed_token_hash=token_hash("theirs"))
    assert (
        analyst_client.post(reverse("alerts:feed_token_new", args=[theirs.pk])).status_code == 404
    )
    assert analyst_client.post(reverse("alerts:feed_revoke", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.feed_token_hash == token_hash("theirs")
