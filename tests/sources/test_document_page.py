import pytest

from apps.core.models import ReviewState
from apps.sources.models import Document
from apps.timeline.documents import document_segments
from tests.factories import cite, make_company, make_deal, make_document, make_event

pytestmark = pytest.mark.django_db


def test_each_quote_is_highlighted_and_linked_to_its_fact(client, company):
    document = make_document("Intro. Acme licensed its drug to Beta. Acme opened a plant. End.")
    deal = make_deal(parties=[company, make_company("Beta")])
    event = make_event(company=company, summary="Opened a plant")
    deal_quote = cite(deal, document, "Acme licensed its drug to Beta.")
    event_quote = cite(event, document, "Acme opened a plant.")
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'id="quote-{deal_quote.pk}"></span><mark><a href="{deal.get_absolute_url()}"' in page
    event_url = f"{company.get_absolute_url()}#event-{event.pk}"
    assert f'id="quote-{event_quote.pk}"></span><mark><a href="{event_url}"' in page
    assert ">Acme licensed its drug to Beta.</a></mark>" in page


def test_quotes_of_rejected_facts_are_not_highlighted(client, company):
    document = make_document("Acme sold everything. Acme opened a plant.")
    rejected = make_event(company=company, review_state=ReviewState.REJECTED)
    cite(rejected, document, "Acme sold everything.")
    page = client.get(document.get_absolute_url()).content.decode()
    assert "<mark" not in page
    assert "Acme sold everything." in page  # the text itself is still shown


def test_overlapping_quotes_cut_the_text_into_segments_that_keep_every_character():
    text = "abcdefghij"

    class Quote:
        def __init__(self, start, end):
            self.start, self.end = start, end

    first, second = Quote(2, 6), Quote(4, 8)
    segments = document_segments(text, [first, second])
    assert "".join(segment.text for segment in segments) == text
    assert [(segment.text, len(segment.quotes)) for segment in segments] == [
        ("ab", 0),
        ("cd", 1),
        ("ef", 2),
        ("gh", 1),
        ("ij", 0),
    ]


def test_document_page_on_the_seed_data_highlights_its_quotes(client, seeded):
    document = Document.objects.get(file_name__startswith="003_")
    page = client.get(document.get_absolute_url()).content.decode()
    assert page.count("<mark") >= 5
    assert "Facts in this document" in page
    assert "/drugs/olverembatinib/#designation-" in page


def test_document_page_queries_do_not_grow_with_its_facts(
    client, company, django_assert_max_num_queries
):
    text = " ".join(f"Acme signed deal number {number}." for number in range(30))
    document = make_document(text)
    for number in range(30):
        cite(make_deal(parties=[company]), document, f"Acme signed deal number {number}.")
    with django_assert_max_num_queries(8):
        response = client.get(document.get_absolute_url())
    assert response.content.decode().count("<mark") == 30
