"""/documents/: every press release with its label, date, source, status and facts per kind."""

import datetime as dt

import pytest
from django.urls import reverse

from apps.core.models import ReviewState
from apps.sources.models import Document
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
)

pytestmark = pytest.mark.django_db
DOCUMENTS = reverse("sources:document_list")


def _untitled(text: str, **fields) -> Document:
    document = make_document(text, title="", file_name="9f86d081884c7d659a2feaa0c55ad015.txt")
    Document.objects.filter(pk=document.pk).update(**fields)
    document.refresh_from_db()
    return document


def test_an_untitled_document_is_labelled_by_its_first_words_never_its_file_name():
    document = _untitled("Zentrova   Bio announces\nits second quarter results, which " + "x " * 80)
    assert document.label.startswith("Zentrova Bio announces its second quarter results")
    assert document.label.endswith("…") and len(document.label) <= 91
    assert "9f86d081" not in document.label
    assert str(document) == document.label
    titled = make_document("Body text.", title="Quillon licenses a kinase inhibitor")
    assert titled.label == "Quillon licenses a kinase inhibitor"


def test_the_label_is_the_same_on_the_list_search_deal_page_and_review_queue(
    client, superuser_client
):
    document = _untitled("Pelliron Therapeutics signs a pact with Marrowgate. More text follows.")
    deal = make_deal(parties=[make_company("Pelliron Therapeutics"), make_company("Marrowgate")])
    cite(deal, document, "Pelliron Therapeutics signs a pact with Marrowgate.")
    label = document.label
    pages = {
        "list": client.get(DOCUMENTS),
        "search": client.get(reverse("timeline:search"), {"q": "Pelliron"}),
        "deal": client.get(deal.get_absolute_url()),
        "review queue": superuser_client.get("/admin/sources/document/review-queue/"),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        page = response.content.decode()
        assert label in page, name
        assert "9f86d081" not in page, name


def test_the_list_shows_date_source_status_and_facts_per_kind(
    client, django_assert_max_num_queries
):
    owner = make_company("Ortavex")
    drug = make_drug("ortavimab", owner=owner)
    document = make_document(
        "Ortavex licensed ortavimab. FDA granted orphan status. Ortavex opened a site.",
        title="Ortavex news",
        source_url="https://news.example.org/ortavex",
        published_on=dt.date(2025, 2, 3),
        status=Document.Status.DONE,
    )
    cite(make_deal(parties=[owner, make_company()]), document, "Ortavex licensed ortavimab.")
    cite(make_deal(parties=[owner, make_company()]), document, "Ortavex licensed ortavimab.")
    cite(make_designation(drug=drug), document, "FDA granted orphan status.")
    cite(make_event(company=owner), document, "Ortavex opened a site.")
    rejected = make_deal(parties=[owner, make_company()], review_state=ReviewState.REJECTED)
    cite(rejected, document, "Ortavex licensed ortavimab.")  # not shown, so not counted
    for number in range(3):
        make_document(f"Another release {number}.")
    with django_assert_max_num_queries(4):
        response = client.get(DOCUMENTS)
    page = response.content.decode()
    assert "4 press releases" in page
    assert "Ortavex news" in page and "3 February 2025" in page
    assert "https://news.example.org/ortavex" in page and "Done" in page
    assert "<li>2 deals</li>" in page
    assert "<li>1 designation</li>" in page
    assert "<li>1 event</li>" in page


def test_the_list_filters_by_status_date_and_text(client):
    make_document("Failed one.", title="Broken upload", status=Document.Status.FAILED)
    make_document("Old news.", title="Old release", published_on=dt.date(2019, 5, 1))
    make_document(
        "Fresh news about Velquor.", title="New release", published_on=dt.date(2024, 5, 1)
    )
    assert "Broken upload" in client.get(DOCUMENTS, {"status": "failed"}).content.decode()
    assert "Old release" not in client.get(DOCUMENTS, {"status": "failed"}).content.decode()
    after = client.get(DOCUMENTS, {"date_after": "2020"}).content.decode()
    assert "New release" in after and "Old release" not in after
    text = client.get(DOCUMENTS, {"q": "velquor"}).content.decode()
    assert "1 press release" in text and "New release" in text


def test_bad_document_filters_are_a_400_with_the_reason(client):
    response = client.get(DOCUMENTS, {"status": "lost"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_home_page_links_its_press_release_count_to_the_list(client):
    make_document("One release.")
    page = client.get(reverse("timeline:home")).content.decode()
    assert f'<a href="{DOCUMENTS}"><strong>1</strong> press releases</a>' in page
