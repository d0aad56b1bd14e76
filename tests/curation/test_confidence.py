"""Extraction confidence: stored with each quote, sorts the review queue, gates public pages."""

import copy

import pytest
from django.urls import reverse

from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.ingestion.loader import facts_sync
from apps.sources.models import Provenance
from tests.factories import cite, make_company, make_deal, make_document
from tests.ingestion.test_loader import TEXT, extraction

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:review_queue")


def sourced_deal(name: str, *confidences, **overrides) -> Deal:
    """A deal whose party is called `name`, cited once per confidence (None: not stated).

    Its parties are approved: a deal naming a hidden company is hidden whatever its confidence.
    """
    parties = [make_company(name, review_state=ReviewState.APPROVED) for name in (name, None)]
    deal = make_deal(parties=parties, **overrides)
    for number, confidence in enumerate(confidences):
        document = make_document(f"{name} signed a licence, release {number}.")
        row = cite(deal, document, f"{name} signed a licence")
        row.confidence = confidence
        row.rule = "deal.license_verb" if confidence is not None else ""
        row.save()
    return deal


def test_the_loader_stores_each_facts_rule_and_confidence_with_its_quote():
    data = copy.deepcopy(extraction())
    data["deals"][0].update(rule="deal.license_verb", confidence=0.82)
    data["drugs"][0].update(rule="drug.inn_stem", confidence=1)
    facts_sync(document=make_document(TEXT), extraction=data)
    deal_row = Provenance.objects.for_fact(Deal.objects.get()).get()
    assert (deal_row.rule, deal_row.confidence) == ("deal.license_verb", 0.82)
    assert Provenance.objects.filter(rule="drug.inn_stem", confidence=1.0).count() == 1
    assert Provenance.objects.filter(rule="", confidence__isnull=True).count() >= 2  # companies


@pytest.mark.parametrize("junk", [1.5, -0.1, "high", True, None, float("nan")])
def test_a_confidence_that_is_not_a_number_from_0_to_1_is_not_stored(junk):
    data = copy.deepcopy(extraction())
    data["deals"][0].update(confidence=junk)
    facts_sync(document=make_document(TEXT), extraction=data)
    assert Provenance.objects.for_fact(Deal.objects.get()).get().confidence is None


def test_re_ingesting_updates_the_confidence_of_an_existing_quote():
    document = make_document(TEXT)
    data = copy.deepcopy(extraction())
    data["deals"][0].update(confidence=0.4)
    facts_sync(document=document, extraction=data)
    data["deals"][0].update(confidence=0.9, rule="deal.better_rule")
    facts_sync(document=document, extraction=data)
    row = Provenance.objects.for_fact(Deal.objects.get()).get()
    assert (row.rule, row.confidence) == ("deal.better_rule", 0.9)


def test_the_queue_sorts_lowest_confidence_first_and_unstated_last(curator_client):
    sure = sourced_deal("Surehold Bio", 0.95)
    doubtful = sourced_deal("Doubtwell Bio", 0.2)
    middling = sourced_deal("Midway Bio", 0.1, 0.6)  # its confidence is its best quote's
    unstated = sourced_deal("Quietly Bio", None)
    page = curator_client.get(QUEUE, {"kind": "deals.deal", "order": "confidence"})
    assert [item.fact for item in page.context["page"]] == [doubtful, middling, sure, unstated]
    body = page.content.decode()
    assert "0.20" in body and "deal.license_verb" in body and "not stated" in body
    newest = curator_client.get(QUEUE, {"kind": "deals.deal"}).context["page"]
    assert [item.fact for item in newest][0] == unstated  # the default stays newest document


def test_an_unknown_queue_order_falls_back_to_newest_first(curator_client):
    sourced_deal("Surehold Bio", 0.95)
    assert curator_client.get(QUEUE, {"order": "<script>"}).status_code == 200


PUBLIC_PAGES = [
    reverse("deals:deal_list"),
    reverse("deals:deal_list") + "?format=csv",
    reverse("deals:deal_list") + "?format=json",
    reverse("deals:deal_feed"),
    reverse("timeline:home"),
]


def _text(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


SHOWN = ("Surehold Bio", "Twicecited Bio", "Checked Bio")


def test_public_min_confidence_hides_unreviewed_facts_below_it_everywhere(client, settings):
    settings.PUBLIC_MIN_CONFIDENCE = 0.7
    sourced_deal("Surehold Bio", 0.95)
    sourced_deal("Twicecited Bio", 0.3, 0.8)
    sourced_deal("Doubtwell Bio", 0.2)
    sourced_deal("Quietly Bio", None)
    sourced_deal("Checked Bio", 0.1, review_state=ReviewState.APPROVED)
    for url in PUBLIC_PAGES:
        page = _text(client.get(url))
        for shown in SHOWN:
            assert shown in page, (url, shown)
        for hidden in ("Doubtwell Bio", "Quietly Bio"):
            assert hidden not in page, (url, hidden)
    found = client.get(reverse("timeline:search"), {"q": "Bio"}).context["results"].deals
    assert {str(deal) for deal in found} == {
        str(deal) for deal in Deal.objects.filter(parties__company__name__in=SHOWN)
    }
    doubtful = Deal.objects.get(parties__company__name="Doubtwell Bio")
    assert client.get(doubtful.get_absolute_url()).status_code == 404


def test_public_min_confidence_0_shows_every_unreviewed_fact(client, settings):
    settings.PUBLIC_MIN_CONFIDENCE = 0
    sourced_deal("Doubtwell Bio", 0.2)
    sourced_deal("Quietly Bio", None)
    page = client.get(reverse("deals:deal_list")).content.decode()
    assert "Doubtwell Bio" in page and "Quietly Bio" in page


def test_the_document_page_highlights_no_quote_of_a_fact_below_the_minimum(client, settings):
    settings.PUBLIC_MIN_CONFIDENCE = 0.7
    document = make_document("Doubtwell Bio signed a licence. Surehold Bio signed a licence.")
    for name, confidence in (("Doubtwell Bio", 0.2), ("Surehold Bio", 0.9)):
        parties = [make_company(n, review_state=ReviewState.APPROVED) for n in (name, None)]
        row = cite(make_deal(parties=parties), document, name)
        row.confidence = confidence
        row.save()
    quotes = client.get(document.get_absolute_url()).context["quotes"]
    assert [row.quote for row in quotes] == ["Surehold Bio"]
