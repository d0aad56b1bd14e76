"""Fixtures for sources: a real HTTP server on a loopback port, invented releases, a feed."""

import gzip
import time
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from apps.intake.models import Source

# Invented releases: no company or drug here exists.
RELEASES = {
    "/pr/1.html": (
        "Tallowmere Bio and Quensway Pharma sign license for tebrilimab",
        "CAMBRIDGE, Mass., June 2, 2026 -- Tallowmere Bio, Inc. today announced an exclusive "
        "license agreement under which Quensway Pharma Ltd. obtains rights to tebrilimab in "
        "Japan. Tallowmere will receive $40 million upfront.",
    ),
    "/pr/2.html": (
        "Orvane Therapeutics receives Fast Track designation for dazolitinib",
        "BOSTON, June 3, 2026 -- Orvane Therapeutics, Inc. today announced that the U.S. Food "
        "and Drug Administration granted Fast Track designation to dazolitinib for the "
        "treatment of advanced cholangiocarcinoma.",
    ),
    "/pr/3.html": (
        "Brimfield Genomics acquires Lantern Cell Co.",
        "SAN DIEGO, June 4, 2026 -- Brimfield Genomics, Inc. today announced that it has "
        "acquired Lantern Cell Co. for $120 million in cash.",
    ),
}


def release_html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". ") if sentence)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav>Home | News | Investors</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def rss(base_url: str, entries: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed: entries are (path, title, pubDate or "")."""
    items = "".join(
        f"<item><title>{title}</title><link>{base_url}{path}</link>"
        f"<guid>{base_url}{path}</guid>"
        + (f"<pubDate>{stamp}</pubDate>" if stamp else "")
        + "</item>"
        for path, title, stamp in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Invented newsroom</title><link>{base_url}/</link>"
        f"<description>Releases</description>{items}</channel></rss>"
    )


def stamp(day: int) -> str:
    return format_datetime(datetime(2026, 6, day, 9, 0, tzinfo=UTC))


@pytest.fixture
def web(settings):
    """A real HTTP server on 127.0.0.1 (allowed for fetching, as a deployer would allow it)."""
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.FETCH_TIMEOUT_SECONDS = 2
    with HTTPServer(host="127.0.0.1", port=0, threaded=True) as server:
        yield server


def serve_release(server: HTTPServer, path: str, title: str | None = None, body: str = ""):
    if title is None:
        title, body = RELEASES[path]
    server.expect_request(path).respond_with_data(
        release_html(title, body), content_type="text/html; charset=utf-8"
    )


def serve_bad_pages(server: HTTPServer) -> None:
    """A 500, a redirect to a private address, a slow drip and a gzip bomb."""
    server.expect_request("/bad/500.html").respond_with_data("down", status=500)
    server.expect_request("/bad/private.html").respond_with_data(
        "", status=302, headers={"Location": "http://192.168.10.5/pr.html"}
    )

    def drip(request):
        def body():
            for _ in range(100):
                yield b"<p>slow</p>"
                time.sleep(0.1)

        return Response(body(), content_type="text/html")

    server.expect_request("/bad/slow.html").respond_with_handler(drip)
    server.expect_request("/bad/bomb.html").respond_with_data(
        gzip.compress(b" " * (30 * 1024 * 1024)),
        headers={"Content-Encoding": "gzip"},
        content_type="text/html",
    )


def serve_in_turn(server: HTTPServer, path: str, responses: list[Response]) -> None:
    """Answer `path` with each response in turn, then keep giving the last one."""
    remaining = list(responses)

    def answer(request):
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    server.expect_request(path).respond_with_handler(answer)


def requests_to(server: HTTPServer, path: str) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


def make_source(**overrides) -> Source:
    fields = {"name": "Invented newsroom", "kind": Source.Kind.FEED, "poll_interval_minutes": 60}
    fields.update(overrides)
    return Source.objects.create(**fields)
