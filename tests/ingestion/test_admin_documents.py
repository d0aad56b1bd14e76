"""Adding documents in the admin: bad input, duplicates and URLs (fetched by a worker)."""

import time

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from apps.sources.models import Document
from tests.factories import make_document
from tests.ingestion.conftest import RELEASE_TEXT

pytestmark = pytest.mark.django_db

ADD = "admin:sources_document_add"


def form_errors(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.context["adminform"].form.errors.as_text()


def test_pasting_only_whitespace_says_the_text_is_empty(superuser_client):
    response = superuser_client.post(reverse(ADD), {"pasted_text": "  \n\t \n", "title": ""})
    errors = form_errors(response)
    assert "The pasted text is empty" in errors and "exactly one" not in errors
    assert not Document.objects.exists()


def test_an_upload_with_a_nul_byte_deep_inside_is_a_form_error_not_a_500(superuser_client):
    data = ("Quillfeather Labs licensed zentravimab. " * 500 + "\x00").encode()
    upload = SimpleUploadedFile("late-nul.txt", data, "text/plain")
    response = superuser_client.post(reverse(ADD), {"upload": upload, "title": ""})
    assert "holds a NUL character" in form_errors(response)
    assert not Document.objects.exists()


def test_a_utf16_upload_is_read_as_text(superuser_client, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("unicode.txt", RELEASE_TEXT.encode("utf-16"), "text/plain")
    with django_capture_on_commit_callbacks():
        response = superuser_client.post(reverse(ADD), {"upload": upload, "title": ""})
    assert response.status_code == 302
    assert Document.objects.get().text == RELEASE_TEXT


@pytest.mark.parametrize("how", ["pasted_text", "upload"])
def test_a_duplicate_says_already_ingested_with_a_link_and_adds_nothing(
    superuser_client, django_capture_on_commit_callbacks, how
):
    original = make_document(RELEASE_TEXT, title="Quillfeather licenses zentravimab")
    data = (
        {"pasted_text": RELEASE_TEXT}
        if how == "pasted_text"
        else {"upload": SimpleUploadedFile("again.txt", RELEASE_TEXT.encode(), "text/plain")}
    )
    with django_capture_on_commit_callbacks() as sent:
        response = superuser_client.post(reverse(ADD), {**data, "title": ""}, follow=True)

    change_url = reverse("admin:sources_document_change", args=[original.pk])
    assert response.redirect_chain[-1][0] == change_url
    shown = [str(message) for message in get_messages(response.wsgi_request)] or [
        str(m) for m in response.context["messages"]
    ]
    assert any(
        "already ingested as" in message
        and f'<a href="{change_url}">Quillfeather licenses zentravimab</a>' in message
        for message in shown
    ), shown
    assert not any("successfully" in message for message in shown)
    assert Document.objects.count() == 1
    assert sent == []  # nothing re-queued


def test_a_url_is_stored_and_queued_and_fetched_by_the_worker_not_the_request(
    superuser_client, settings, web_pages, fake_extractor, django_capture_on_commit_callbacks
):
    pages, base = web_pages
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    pages["/slow.txt"] = (200, "text/plain", RELEASE_TEXT.encode())
    url = f"{base}/slow.txt"

    started = time.monotonic()
    with django_capture_on_commit_callbacks() as sent:
        response = superuser_client.post(reverse(ADD), {"url": url, "title": ""})
    assert response.status_code == 302
    assert time.monotonic() - started < 2
    document = Document.objects.get()
    assert (document.source_url, document.text, document.status) == (url, "", "queued")
    assert len(sent) == 1

    sent[0]()  # the worker's turn: fetch_url_and_ingest, in-process here
    document.refresh_from_db()
    assert document.text == RELEASE_TEXT
    assert document.status == Document.Status.DONE


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8301/admin/",
        "http://localhost/",
        "http://10.1.2.3/release.html",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
    ],
)
def test_an_internal_url_is_refused_by_the_form_and_nothing_is_queued(
    superuser_client, django_capture_on_commit_callbacks, url
):
    with django_capture_on_commit_callbacks() as sent:
        response = superuser_client.post(reverse(ADD), {"url": url, "title": ""})
    assert "refused to fetch from" in form_errors(response)
    assert not Document.objects.exists()
    assert sent == []
