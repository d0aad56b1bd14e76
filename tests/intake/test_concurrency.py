"""Two pollers at once on PostgreSQL (threads released together at a barrier): each release is
fetched once and stored once, each due source is claimed once."""

import threading

import pytest
from django.db import connection, connections

from apps.intake.models import SourceItem
from apps.intake.services import source_item_ingest, source_poll, sources_due_claim
from apps.sources.models import Document
from tests.intake.conftest import RELEASES, make_source, requests_to, rss, serve_release, stamp

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (select_for_update, skip_locked) need PostgreSQL: set DATABASE_URL")


def at_once(count: int, work):
    """Run work() in `count` threads released together; their results (or errors)."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int):
        try:
            barrier.wait(timeout=10)
            results[index] = work()
        except Exception as error:  # noqa: BLE001 - reported by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_two_pollers_at_once_ingest_each_release_once(web):
    for path in RELEASES:
        serve_release(web, path)
    entries = [(path, path, stamp(2 + i)) for i, path in enumerate(RELEASES)]
    web.expect_request("/feed.xml").respond_with_data(rss(web.url_for("")[:-1], entries))
    source = make_source(url=web.url_for("/feed.xml"))

    results = at_once(2, lambda: source_poll(source_id=source.pk))

    assert not [r for r in results if isinstance(r, Exception)], results
    assert requests_to(web, "/feed.xml") == 2, "both really polled"
    for path in RELEASES:
        assert requests_to(web, path) == 1, f"{path} fetched once"
    assert Document.objects.count() == 3
    assert SourceItem.objects.count() == 3
    assert set(SourceItem.objects.values_list("state", flat=True)) == {SourceItem.State.INGESTED}
    source.refresh_from_db()
    assert source.documents_count == 3


def test_two_workers_given_the_same_item_fetch_it_once(web):
    serve_release(web, "/pr/1.html")
    source = make_source(url=web.url_for("/feed.xml"))
    item = SourceItem.objects.create(source=source, key=web.url_for("/pr/1.html"))

    results = at_once(4, lambda: source_item_ingest(item_id=item.pk))

    assert sorted(map(str, results)) == ["None", "None", "None", SourceItem.State.INGESTED]
    assert requests_to(web, "/pr/1.html") == 1
    assert Document.objects.count() == 1


def test_two_schedulers_at_once_claim_each_due_source_once(db):
    sources = [make_source(name=f"s{i}", url=f"https://example.com/{i}.xml") for i in range(6)]

    results = at_once(2, sources_due_claim)

    claimed = [pk for result in results for pk in result]
    assert sorted(claimed) == sorted(source.pk for source in sources)
