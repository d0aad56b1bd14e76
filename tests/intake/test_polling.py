"""Polling a feed source against a real HTTP server: what comes in, what is refused, backoff."""

from datetime import timedelta

import pytest
from django.utils import timezone
from werkzeug import Response

from apps.intake.models import Source, SourceItem
from apps.intake.services import source_poll, sources_due_claim
from apps.sources.models import Document
from tests.intake.conftest import (
    RELEASES,
    make_source,
    release_html,
    requests_to,
    rss,
    serve_bad_pages,
    serve_in_turn,
    serve_release,
    stamp,
)

State = SourceItem.State


@pytest.fixture
def poll(db, django_capture_on_commit_callbacks):
    """Poll a source as the worker would: its item tasks and ingest tasks run (eagerly)."""

    def run(source: Source, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            summary = source_poll(source_id=source.pk, **kwargs)
        source.refresh_from_db()
        return summary

    return run


def feed_response(web, entries) -> Response:
    return Response(rss(web.url_for("")[:-1], entries), content_type="application/rss+xml")


def serve_feed(web, entries):
    web.expect_request("/feed.xml").respond_with_data(
        rss(web.url_for("")[:-1], entries), content_type="application/rss+xml"
    )


def test_a_feed_poll_ingests_exactly_the_new_releases(web, poll):
    for path in RELEASES:
        serve_release(web, path)
    feed = [("/pr/1.html", "One", stamp(2)), ("/pr/2.html", "Two", stamp(3))]
    feed_later = [("/pr/3.html", "Three", stamp(4)), *feed]
    serve_in_turn(web, "/feed.xml", [feed_response(web, feed), feed_response(web, feed_later)])
    source = make_source(url=web.url_for("/feed.xml"))

    first = poll(source)

    assert first.listed == 2 and len(first.queued) == 2
    documents = Document.objects.filter(source_url__startswith=web.url_for("/pr/"))
    assert sorted(d.source_url.rsplit("/", 1)[-1] for d in documents) == ["1.html", "2.html"]
    assert {d.status for d in documents} == {Document.Status.DONE}, "extracted, not just stored"
    assert set(source.items.values_list("state", flat=True)) == {State.INGESTED}
    assert source.documents_count == 2
    assert source.last_success_at is not None and source.consecutive_failures == 0

    second = poll(source)

    assert second.listed == 3 and len(second.queued) == 1
    assert Document.objects.count() == 3
    assert source.documents_count == 3
    for path in RELEASES:
        assert requests_to(web, path) == 1, f"{path} fetched once"
    assert "Tallowmere" in Document.objects.get(source_url=web.url_for("/pr/1.html")).text


def test_a_release_republished_under_another_url_is_a_duplicate(web, poll):
    serve_release(web, "/pr/1.html")
    serve_release(web, "/mirror/1.html", *RELEASES["/pr/1.html"])
    serve_feed(web, [("/pr/1.html", "One", stamp(2)), ("/mirror/1.html", "Again", stamp(5))])
    source = make_source(url=web.url_for("/feed.xml"))

    poll(source)

    assert Document.objects.count() == 1
    mirror = source.items.get(key=web.url_for("/mirror/1.html"))
    assert mirror.state == State.DUPLICATE
    assert mirror.document == Document.objects.get()
    assert source.documents_count == 1


def test_a_changed_release_reingests_its_document_and_an_unchanged_one_is_skipped(web, poll):
    serve_release(web, "/pr/2.html")
    title, body = RELEASES["/pr/1.html"]
    serve_in_turn(
        web,
        "/pr/1.html",
        [
            Response(release_html(title, body), content_type="text/html"),
            Response(
                release_html(title, body + " Korea is included (corrected)."),
                content_type="text/html",
            ),
        ],
    )
    # The second time, the feed says entry 1 was updated; entry 2 is as it was.
    serve_in_turn(
        web,
        "/feed.xml",
        [
            feed_response(web, [("/pr/1.html", "One", stamp(2)), ("/pr/2.html", "", stamp(3))]),
            feed_response(web, [("/pr/1.html", "One", stamp(6)), ("/pr/2.html", "", stamp(3))]),
        ],
    )
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)
    document = Document.objects.get(source_url=web.url_for("/pr/1.html"))

    summary = poll(source)

    assert len(summary.queued) == 1, "only the updated entry is fetched again"
    document.refresh_from_db()
    assert "Korea is included (corrected)" in document.text
    assert document.status == Document.Status.DONE
    assert Document.objects.count() == 2, "the same document, updated"
    assert source.items.get(key=web.url_for("/pr/1.html")).state == State.INGESTED
    assert source.documents_count == 2
    assert requests_to(web, "/pr/2.html") == 1


def test_an_updated_entry_with_the_same_text_is_skipped_as_unchanged(web, poll):
    serve_release(web, "/pr/1.html")
    serve_in_turn(
        web,
        "/feed.xml",
        [
            feed_response(web, [("/pr/1.html", "One", stamp(2))]),
            feed_response(web, [("/pr/1.html", "One", stamp(7))]),
        ],
    )
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)
    document = Document.objects.get()
    ingested_at = document.ingested_at

    poll(source)

    item = source.items.get()
    assert item.state == State.UNCHANGED
    assert item.document == document
    document.refresh_from_db()
    assert document.ingested_at == ingested_at, "not extracted again"


def test_every_bad_item_is_refused_with_its_reason_and_nothing_is_written(web, poll, settings):
    settings.INGEST_MAX_BYTES = 1_000_000
    serve_release(web, "/pr/1.html")
    serve_bad_pages(web)
    bad = ["/bad/500.html", "/bad/private.html", "/bad/slow.html", "/bad/bomb.html"]
    serve_feed(web, [("/pr/1.html", "Good", stamp(2))] + [(p, p, stamp(3)) for p in bad])
    source = make_source(url=web.url_for("/feed.xml"))

    poll(source)

    items = {item.key.rsplit("/", 1)[-1]: item for item in source.items.all()}
    assert items["1.html"].state == State.INGESTED
    reasons = {
        "500.html": ("HTTP 500", True),
        "private.html": ("redirected to http://192.168.10.5/pr.html", False),
        "slow.html": ("no complete answer within 2 s", True),
        "bomb.html": ("over the limit of 1000000 bytes once decompressed", False),
    }
    for name, (reason, retryable) in reasons.items():
        assert items[name].state == State.FAILED, name
        assert reason in items[name].error, items[name].error
        assert items[name].retryable is retryable, name
        assert items[name].document is None
    assert list(Document.objects.values_list("source_url", flat=True)) == [
        web.url_for("/pr/1.html")
    ]
    assert source.consecutive_failures == 0, "a bad item is not a failure of the feed"
    assert source.documents_count == 1


def test_a_retryable_item_failure_is_tried_again_on_the_next_poll(web, poll, settings):
    settings.INTAKE_ITEM_MAX_ATTEMPTS = 2
    title, body = RELEASES["/pr/1.html"]
    serve_in_turn(
        web,
        "/pr/1.html",
        [Response("down", status=503), Response(release_html(title, body), mimetype="text/html")],
    )
    serve_feed(web, [("/pr/1.html", "One", stamp(2))])
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)
    assert source.items.get().state == State.FAILED

    poll(source)

    item = source.items.get()
    assert item.state == State.INGESTED
    assert item.attempts == 2
    assert Document.objects.count() == 1


def test_a_permanent_item_failure_is_not_retried(web, poll):
    web.expect_request("/pr/gone.html").respond_with_data("gone", status=404)
    serve_feed(web, [("/pr/gone.html", "Gone", stamp(2))])
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)

    summary = poll(source)

    assert summary.queued == []
    assert requests_to(web, "/pr/gone.html") == 1


def test_a_failing_feed_backs_off_exponentially_then_is_disabled(web, poll, settings):
    settings.INTAKE_DISABLE_AFTER_FAILURES = 4
    settings.INTAKE_BACKOFF_MAX_MINUTES = 60
    web.expect_request("/feed.xml").respond_with_data("down", status=500)
    source = make_source(url=web.url_for("/feed.xml"), poll_interval_minutes=10)
    waits = []

    for _ in range(4):
        summary = poll(source)
        assert "HTTP 500" in summary.error
        waits.append((source.next_poll_at - source.last_polled_at) / timedelta(minutes=1))

    assert waits[:3] == [20, 40, 60], "doubling, capped at INTAKE_BACKOFF_MAX_MINUTES"
    assert source.enabled is False
    assert source.consecutive_failures == 4
    assert source.last_error.startswith("disabled after 4 failed polls in a row: ")
    assert "HTTP 500" in source.last_error
    assert SourceItem.objects.count() == 0
    assert poll(source).skipped == "disabled"


def test_a_feed_that_recovers_resets_its_failures(web, poll):
    serve_in_turn(web, "/feed.xml", [Response("down", status=502), feed_response(web, [])])
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)
    assert source.consecutive_failures == 1

    poll(source)

    assert source.consecutive_failures == 0
    assert source.last_error == ""
    assert source.next_poll_at - source.last_success_at == timedelta(minutes=60)


def test_a_feed_redirecting_to_a_private_address_fails_with_the_reason(web, poll):
    web.expect_request("/feed.xml").respond_with_data(
        "", status=301, headers={"Location": "http://10.1.2.3/feed.xml"}
    )
    source = make_source(url=web.url_for("/feed.xml"))

    poll(source)

    assert "10.1.2.3: a private address" in source.last_error
    assert source.consecutive_failures == 1


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/bad/500.html", "HTTP 500"),
        ("/bad/private.html", "192.168.10.5: a private address"),
        ("/bad/slow.html", "no complete answer within 2 s"),
        ("/bad/bomb.html", "over the limit of 1000000 bytes once decompressed"),
    ],
)
def test_a_bad_feed_url_fails_the_poll_with_its_reason_and_writes_no_item(
    web, poll, settings, path, reason
):
    settings.INGEST_MAX_BYTES = 1_000_000
    serve_bad_pages(web)
    source = make_source(url=web.url_for(path))

    summary = poll(source)

    assert reason in summary.error
    assert reason in source.last_error
    assert source.consecutive_failures == 1
    assert source.last_success_at is None
    assert source.etag == ""
    assert SourceItem.objects.count() == 0


def test_a_page_that_is_not_a_feed_fails_the_poll(web, poll):
    web.expect_request("/feed.xml").respond_with_data(b"\x00\x01 not xml", content_type="text/xml")
    source = make_source(url=web.url_for("/feed.xml"))

    poll(source)

    assert "is not an RSS or Atom feed" in source.last_error


def test_an_unchanged_feed_is_asked_for_conditionally(web, poll):
    serve_release(web, "/pr/1.html")
    validators = {"ETag": '"feed-v1"', "Last-Modified": "Tue, 02 Jun 2026 09:00:00 GMT"}
    feed = rss(web.url_for("")[:-1], [("/pr/1.html", "One", stamp(2))])

    def conditional(request):
        if (
            request.headers.get("If-None-Match") == validators["ETag"]
            and request.headers.get("If-Modified-Since") == validators["Last-Modified"]
        ):
            return Response(status=304, headers={"ETag": validators["ETag"]})
        return Response(feed, headers=validators, content_type="application/rss+xml")

    web.expect_request("/feed.xml").respond_with_handler(conditional)
    source = make_source(url=web.url_for("/feed.xml"))
    poll(source)
    assert source.etag == '"feed-v1"'

    summary = poll(source)

    assert summary.not_modified is True and summary.queued == []
    assert source.last_success_at == source.last_polled_at
    assert [response.status_code for _, response in web.log if _.path == "/feed.xml"] == [200, 304]


def test_only_due_enabled_sources_are_claimed_and_only_once(db):
    now = timezone.now()
    due = make_source(name="due", url="https://example.com/a.xml", next_poll_at=now)
    never = make_source(name="never polled", url="https://example.com/b.xml")
    make_source(name="later", url="https://example.com/c.xml", next_poll_at=now + timedelta(1))
    make_source(name="off", url="https://example.com/d.xml", enabled=False)

    assert sorted(sources_due_claim(now=now)) == sorted([due.pk, never.pk])
    assert sources_due_claim(now=now) == [], "claimed sources wait an interval"
    due.refresh_from_db()
    assert due.next_poll_at == now + timedelta(minutes=60)


def test_an_item_left_fetching_by_a_dead_worker_is_fetched_again(web, poll, settings):
    settings.INTAKE_FETCH_STUCK_SECONDS = 60
    serve_release(web, "/pr/1.html")
    serve_release(web, "/pr/2.html")
    serve_feed(web, [("/pr/1.html", "One", stamp(2)), ("/pr/2.html", "Two", stamp(3))])
    source = make_source(url=web.url_for("/feed.xml"))
    long_ago = timezone.now() - timedelta(minutes=5)
    SourceItem.objects.create(
        source=source, key=web.url_for("/pr/1.html"), state=State.FETCHING, claimed_at=long_ago
    )
    SourceItem.objects.create(
        source=source,
        key=web.url_for("/pr/2.html"),
        state=State.FETCHING,
        claimed_at=timezone.now(),
    )

    summary = poll(source)

    assert len(summary.queued) == 1, "a fetch still within its time is left alone"
    assert source.items.get(key=web.url_for("/pr/1.html")).state == State.INGESTED
    assert source.items.get(key=web.url_for("/pr/2.html")).state == State.FETCHING


def test_the_beat_task_polls_each_due_source(web, db, django_capture_on_commit_callbacks):
    from apps.intake.tasks import poll_due_sources

    serve_release(web, "/pr/1.html")
    serve_feed(web, [("/pr/1.html", "One", stamp(2))])
    due = make_source(url=web.url_for("/feed.xml"))
    make_source(
        name="later",
        url=web.url_for("/other.xml"),
        next_poll_at=timezone.now() + timedelta(hours=1),
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert poll_due_sources.delay().get() == 1

    due.refresh_from_db()
    assert due.documents_count == 1
    assert requests_to(web, "/other.xml") == 0


def test_poll_now_in_the_admin_polls_even_a_disabled_source(
    web, superuser_client, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    serve_release(web, "/pr/1.html")
    serve_feed(web, [("/pr/1.html", "One", stamp(2))])
    source = make_source(url=web.url_for("/feed.xml"), enabled=False)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            reverse("admin:intake_source_changelist"),
            {"action": "poll_now", "_selected_action": [source.pk]},
        )

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.documents_count == 1
    assert source.items.get().state == State.INGESTED
