"""Documents in the admin: upload, paste or link one; see its ingestion state; re-ingest."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from apps.curation.models import Disagreement
from apps.sources.models import Document
from tests.factories import make_deal, make_document

pytestmark = pytest.mark.django_db

ADD = "admin:sources_document_add"
RELEASE = "Acme Biotherapeutics and Beta Pharma today announced an exclusive license."


def test_pasted_text_becomes_a_queued_document_sent_to_ingestion_after_commit(
    curator_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = curator_client.post(reverse(ADD), {"pasted_text": RELEASE, "title": ""})
    assert response.status_code == 302
    document = Document.objects.get()
    assert (document.text, document.status) == (RELEASE, "queued")
    assert len(callbacks) == 1  # the Celery task, sent once the row is committed


def test_an_uploaded_html_file_is_read_into_text(
    curator_client, django_capture_on_commit_callbacks
):
    html = f"<html><head><title>Acme news</title></head><body><p>{RELEASE}</p></body></html>"
    upload = SimpleUploadedFile("news.html", html.encode(), "text/html")
    with django_capture_on_commit_callbacks():
        response = curator_client.post(reverse(ADD), {"upload": upload, "title": ""})
    assert response.status_code == 302
    document = Document.objects.get()
    assert RELEASE in document.text and "<p>" not in document.text
    assert document.file_name == "news.html"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02\x03binary\x00", "binary"),
        (b"", "empty"),
        (b"not a pdf at all", "not one"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_form_error_and_nothing_is_written(
    curator_client, data, message
):
    name = "release.pdf" if message == "not one" else "release.txt"
    upload = SimpleUploadedFile(name, data, "application/octet-stream")
    response = curator_client.post(reverse(ADD), {"upload": upload, "title": ""})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors.as_text()
    assert message in errors and "exactly one" not in errors
    assert not Document.objects.exists()


def test_exactly_one_source_must_be_given(curator_client):
    nothing = curator_client.post(reverse(ADD), {"title": "x"})
    both = curator_client.post(
        reverse(ADD), {"pasted_text": RELEASE, "url": "https://example.com/a"}
    )
    for response in (nothing, both):
        assert "exactly one" in " ".join(response.context["adminform"].form.non_field_errors())
    assert not Document.objects.exists()


def test_the_document_list_shows_status_error_and_open_disagreements(curator_client):
    failed = make_document(status="failed", error="the PDF is encrypted with a password")
    done = make_document(status="done")
    deal = make_deal()
    Disagreement.record(fact=deal, field="territory", extracted="worldwide", document=done)
    page = curator_client.get(reverse("admin:sources_document_changelist"))
    html = page.content.decode()
    assert "the PDF is encrypted with a password" in html
    rows = {row.pk: row for row in page.context["cl"].result_list}
    assert rows[done.pk].disagreement_count == 1
    assert not rows[failed.pk].disagreement_count
    change = curator_client.get(reverse("admin:sources_document_change", args=[done.pk]))
    assert "worldwide" in change.content.decode()


def test_the_reingest_action_queues_each_selected_document(
    curator_client, django_capture_on_commit_callbacks
):
    documents = [make_document(status="done"), make_document(status="failed", error="boom")]
    with django_capture_on_commit_callbacks() as callbacks:
        curator_client.post(
            reverse("admin:sources_document_changelist"),
            {"action": "reingest_selected", "_selected_action": [d.pk for d in documents]},
        )
    assert len(callbacks) == 2
    assert set(Document.objects.values_list("status", "error")) == {("queued", "")}


def test_an_unreachable_url_is_a_form_error_and_nothing_is_written(curator_client):
    response = curator_client.post(reverse(ADD), {"url": "http://127.0.0.1:9/release.html"})
    assert response.status_code == 200
    assert "could not fetch" in response.context["adminform"].form.errors.as_text()
    assert not Document.objects.exists()
