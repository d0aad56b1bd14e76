"""The other kinds of source: SEC EDGAR filings, a newsroom page of links, a watched folder."""

import os
import shutil
import time

import pytest
from django.core.exceptions import ValidationError

from apps.intake import listings
from apps.intake.models import Source, SourceItem
from apps.intake.services import source_poll
from apps.sources.models import Document
from tests.intake.conftest import RELEASES, make_source, release_html, requests_to, serve_release

State = SourceItem.State
CIK = "1987654"


@pytest.fixture
def poll(db, django_capture_on_commit_callbacks):
    def run(source: Source):
        with django_capture_on_commit_callbacks(execute=True):
            summary = source_poll(source_id=source.pk)
        source.refresh_from_db()
        return summary

    return run


# -- SEC EDGAR --------------------------------------------------------------


def filing_index(exhibits: list[tuple[str, str]]) -> str:
    """An EDGAR filing index page: rows of (document file name, type)."""
    rows = "".join(
        f'<tr><td>1</td><td>Document</td><td><a href="{name}">{name}</a></td>'
        f"<td>{kind}</td><td>12345</td></tr>"
        for name, kind in exhibits
    )
    return f'<html><body><table class="tableFile">{rows}</table></body></html>'


@pytest.fixture
def edgar(web, settings):
    settings.EDGAR_DATA_URL = web.url_for("/data")
    settings.EDGAR_ARCHIVES_URL = web.url_for("/www").rstrip("/")
    settings.EDGAR_USER_AGENT = "Invented Research Org ops@invented.example"
    settings.EDGAR_REQUESTS_PER_SECOND = 50
    submissions = {
        "cik": CIK,
        "filings": {
            "recent": {
                "form": ["8-K", "10-Q", "8-K"],
                "accessionNumber": [
                    "0001987654-26-000003",
                    "0001987654-26-000002",
                    "0001987654-26-000001",
                ],
                "filingDate": ["2026-06-04", "2026-05-10", "2026-04-01"],
                "primaryDocDescription": ["8-K", "10-Q", "8-K"],
            }
        },
    }
    web.expect_request(f"/data/submissions/CIK{int(CIK):010d}.json").respond_with_json(submissions)
    folder = f"/www/Archives/edgar/data/{CIK}"
    web.expect_request(
        f"{folder}/000198765426000003/0001987654-26-000003-index.htm"
    ).respond_with_data(filing_index([("form8-k.htm", "8-K"), ("ex99-1.htm", "EX-99.1")]))
    # An 8-K without a press release (only the form itself): nothing to ingest.
    web.expect_request(
        f"{folder}/000198765426000001/0001987654-26-000001-index.htm"
    ).respond_with_data(filing_index([("form8-k.htm", "8-K")]))
    title, body = RELEASES["/pr/3.html"]
    web.expect_request(f"{folder}/000198765426000003/ex99-1.htm").respond_with_data(
        release_html(title, body), content_type="text/html"
    )
    return web


def test_an_edgar_source_ingests_the_press_release_of_each_8k(edgar, poll):
    source = make_source(name="Brimfield on EDGAR", kind=Source.Kind.EDGAR, cik=CIK)

    poll(source)

    document = Document.objects.get()
    assert "Brimfield Genomics" in document.text
    assert document.source_url.endswith("/000198765426000003/ex99-1.htm")
    item = source.items.get()
    assert item.state == State.INGESTED
    assert item.title.startswith("8-K filed 2026-06-04")
    assert requests_to(edgar, "/www/Archives/edgar/data/1987654/000198765426000002/") == 0
    user_agents = {request.headers["User-Agent"] for request, _ in edgar.log}
    assert user_agents == {"Invented Research Org ops@invented.example"}


def test_an_edgar_filing_already_seen_is_not_looked_up_again(edgar, poll):
    source = make_source(name="Brimfield on EDGAR", kind=Source.Kind.EDGAR, cik=CIK)
    poll(source)
    index = "/www/Archives/edgar/data/1987654/000198765426000003/0001987654-26-000003-index.htm"
    assert requests_to(edgar, index) == 1

    summary = poll(source)

    assert summary.queued == []
    assert requests_to(edgar, index) == 1
    assert Document.objects.count() == 1


def test_an_edgar_source_without_a_user_agent_fails_saying_what_to_set(edgar, poll, settings):
    settings.EDGAR_USER_AGENT = ""
    source = make_source(name="Brimfield on EDGAR", kind=Source.Kind.EDGAR, cik=CIK)

    poll(source)

    assert "set EDGAR_USER_AGENT" in source.last_error
    assert edgar.log == [], "nothing is sent to EDGAR without the User-Agent it requires"


def test_edgar_requests_stay_under_the_rate_limit(settings, monkeypatch):
    settings.EDGAR_USER_AGENT = "Invented Research Org ops@invented.example"
    settings.EDGAR_REQUESTS_PER_SECOND = 10
    sent = []
    monkeypatch.setattr(listings, "url_fetch", lambda **kwargs: sent.append(time.monotonic()))
    listings.edgar_throttle.last = 0.0

    for _ in range(6):
        listings.edgar_fetch("https://www.sec.gov/x")

    gaps = [later - earlier for earlier, later in zip(sent, sent[1:], strict=False)]
    assert min(gaps) >= 0.099, gaps


# -- a page of links --------------------------------------------------------


def test_a_links_page_ingests_the_links_matching_its_pattern(web, poll):
    for path in ("/pr/1.html", "/pr/2.html"):
        serve_release(web, path)
    web.expect_request("/newsroom").respond_with_data(
        "<html><body><nav><a href='/about'>About</a><a href='/careers/1.html'>Jobs</a></nav>"
        "<ul><li><a href='/pr/1.html'>Tallowmere license</a></li>"
        "<li><a href='pr/2.html#top'>Orvane Fast Track</a></li>"
        "<li><a href='/pr/1.html'>Tallowmere license (again)</a></li></ul></body></html>",
        content_type="text/html",
    )
    source = make_source(
        name="Newsroom page",
        kind=Source.Kind.LINKS,
        url=web.url_for("/newsroom"),
        link_pattern=r"/pr/\d+\.html$",
    )

    summary = poll(source)

    assert summary.listed == 2
    assert sorted(source.items.values_list("title", flat=True)) == [
        "Orvane Fast Track",
        "Tallowmere license",
    ]
    assert Document.objects.count() == 2
    assert requests_to(web, "/careers/1.html") == 0


def test_a_links_source_needs_a_valid_pattern(db):
    source = Source(name="x", kind=Source.Kind.LINKS, url="https://example.com/", link_pattern="(")

    with pytest.raises(ValidationError, match="Not a regular expression"):
        source.full_clean()


# -- a watched folder -------------------------------------------------------


@pytest.fixture
def inbox(tmp_path, settings):
    settings.INTAKE_FOLDER_ROOTS = [str(tmp_path)]
    folder = tmp_path / "hkex"
    folder.mkdir()
    return folder


def drop(folder, name: str, text: str, *, age: float = 60):
    """Put a file in the folder as if copied there `age` seconds ago."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_a_watched_folder_ingests_each_new_file_once(inbox, poll):
    drop(inbox, "a.txt", RELEASES["/pr/1.html"][1])
    drop(inbox, "b.html", release_html(*RELEASES["/pr/2.html"]))
    drop(inbox, "notes.docx", "not a release format")
    drop(inbox, "c.txt", RELEASES["/pr/3.html"][1], age=0)  # still being copied
    source = make_source(name="HKEX folder", kind=Source.Kind.FOLDER, folder=str(inbox))

    poll(source)

    assert sorted(source.items.values_list("title", flat=True)) == ["a.txt", "b.html"]
    assert Document.objects.count() == 2
    assert source.documents_count == 2

    os.utime(inbox / "c.txt", (time.time() - 60, time.time() - 60))
    shutil.copy(inbox / "a.txt", inbox / "a-copy.txt")
    os.utime(inbox / "a-copy.txt", (time.time() - 60, time.time() - 60))
    poll(source)

    states = dict(source.items.values_list("title", "state"))
    assert states == {
        "a.txt": State.INGESTED,
        "b.html": State.INGESTED,
        "c.txt": State.INGESTED,
        "a-copy.txt": State.DUPLICATE,
    }
    assert Document.objects.count() == 3
    assert poll(source).queued == [], "nothing new, nothing read again"


def test_a_file_touched_without_change_is_skipped_as_unchanged(inbox, poll):
    path = drop(inbox, "a.txt", RELEASES["/pr/1.html"][1])
    source = make_source(name="HKEX folder", kind=Source.Kind.FOLDER, folder=str(inbox))
    poll(source)
    os.utime(path, (time.time() - 30, time.time() - 30))

    poll(source)

    assert source.items.get().state == State.UNCHANGED
    assert Document.objects.count() == 1


def test_a_bad_file_is_refused_with_its_reason(inbox, poll, settings):
    settings.INGEST_MAX_BYTES = 1000
    (inbox / "big.txt").write_text("x" * 2000)
    (inbox / "empty.txt").write_text("")
    for name in ("big.txt", "empty.txt"):
        os.utime(inbox / name, (time.time() - 60, time.time() - 60))
    source = make_source(name="HKEX folder", kind=Source.Kind.FOLDER, folder=str(inbox))

    poll(source)

    errors = dict(source.items.values_list("title", "error"))
    assert "over the limit of 1000" in errors["big.txt"]
    assert "the file is empty" in errors["empty.txt"]
    assert Document.objects.count() == 0


def test_a_link_out_of_the_watched_folder_is_not_followed(inbox, poll, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    outside.write_text("Quillon internal memo, not a release.")
    os.utime(outside, (time.time() - 60, time.time() - 60))
    (inbox / "secret.txt").symlink_to(outside)
    source = make_source(name="HKEX folder", kind=Source.Kind.FOLDER, folder=str(inbox))

    poll(source)

    assert source.items.count() == 0
    assert Document.objects.count() == 0


def test_a_folder_outside_the_allowed_roots_is_refused(inbox, poll, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("etc")
    source = Source(name="x", kind=Source.Kind.FOLDER, folder=str(elsewhere))

    with pytest.raises(ValidationError, match="INTAKE_FOLDER_ROOTS"):
        source.full_clean()
    source.save()  # saved behind the form's back: the poll still refuses it
    poll(source)
    assert "not under a folder allowed by INTAKE_FOLDER_ROOTS" in source.last_error


def test_a_missing_folder_fails_the_poll(inbox, poll):
    source = make_source(name="gone", kind=Source.Kind.FOLDER, folder=str(inbox / "nope"))

    poll(source)

    assert "does not exist" in source.last_error
    assert source.consecutive_failures == 1
