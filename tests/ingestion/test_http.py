"""Safe fetching (apps/ingestion/http.py) against real HTTP servers on loopback ports.

The tests allow 127.0.0.1/32 only (FETCH_ALLOWED_NETWORKS), the way a deployer would allow
one internal network; every other loopback or private address stays refused.
"""

import contextlib
import gzip
import socket
import threading
import time
import tracemalloc
import zlib

import pytest
from django.core.exceptions import ImproperlyConfigured
from pytest_httpserver import HTTPServer
from werkzeug import Response

from apps.ingestion import http_guard
from apps.ingestion.http import (
    FetchNetworkError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    UnsafeURLError,
    url_check,
    url_fetch,
)
from apps.ingestion.readers import DocumentError

PAGE = b"<html><body><p>Quillon Bio licenses zentorimab to Harbor Vale.</p></body></html>"


@pytest.fixture
def server(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    with HTTPServer(host="127.0.0.1", port=0, threaded=True) as httpserver:
        yield httpserver


@pytest.fixture
def other_loopback_server():
    """A server on 127.0.0.2, which the tests never allow: it must never see a request."""
    with HTTPServer(host="127.0.0.2", port=0, threaded=True) as httpserver:
        httpserver.expect_request("/internal").respond_with_data("secret admin page")
        yield httpserver


def test_a_normal_page_comes_back_with_its_type_and_validators(server):
    server.expect_request("/pr").respond_with_data(
        PAGE,
        content_type="text/html; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Jul 2026 10:00:00 GMT"},
    )

    result = url_fetch(url=server.url_for("/pr"))

    assert result.content == PAGE
    assert result.status_code == 200
    assert result.media_type == "text/html; charset=utf-8"
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 01 Jul 2026 10:00:00 GMT"
    assert result.not_modified is False
    request, _ = server.log[0]
    assert request.headers["User-Agent"].startswith("dealtracker/")


def test_a_conditional_fetch_of_an_unchanged_page_is_not_modified(server):
    server.expect_request(
        "/pr", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 01 Jul 2026"}
    ).respond_with_data("", status=304, headers={"ETag": '"v1"'})

    result = url_fetch(url=server.url_for("/pr"), etag='"v1"', last_modified="Wed, 01 Jul 2026")

    assert result.not_modified is True
    assert result.content == b""
    assert result.etag == '"v1"'


def test_a_gzip_page_is_decompressed(server):
    server.expect_request("/pr").respond_with_data(
        gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )

    assert url_fetch(url=server.url_for("/pr")).content == PAGE


@pytest.mark.parametrize("wrapped", [True, False], ids=["zlib", "raw"])
def test_a_deflate_page_is_decompressed_either_way_servers_send_it(server, wrapped):
    packer = zlib.compressobj(wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
    body = packer.compress(PAGE) + packer.flush()
    server.expect_request("/pr").respond_with_data(body, headers={"Content-Encoding": "deflate"})

    assert url_fetch(url=server.url_for("/pr")).content == PAGE


def test_a_server_error_is_refused_as_retryable_with_its_status(server):
    server.expect_request("/pr").respond_with_data("boom", status=500)

    with pytest.raises(HTTPStatusError) as caught:
        url_fetch(url=server.url_for("/pr"))

    assert caught.value.status_code == 500
    assert caught.value.retryable is True
    assert "HTTP 500" in str(caught.value)
    assert isinstance(caught.value, DocumentError)  # callers that catch DocumentError still do


def test_a_missing_page_is_refused_as_not_worth_retrying(server):
    server.expect_request("/gone").respond_with_data("not here", status=404)

    with pytest.raises(HTTPStatusError, match="HTTP 404 NOT FOUND") as caught:
        url_fetch(url=server.url_for("/gone"))

    assert caught.value.status_code == 404
    assert caught.value.retryable is False


def test_loopback_is_refused_unless_allowed_and_nothing_is_sent(server, settings):
    server.expect_request("/pr").respond_with_data(PAGE)
    settings.FETCH_ALLOWED_NETWORKS = []

    with pytest.raises(UnsafeURLError, match="loopback address"):
        url_fetch(url=server.url_for("/pr"))

    assert server.log == []


def test_a_redirect_to_a_private_address_is_refused_before_connecting(server):
    server.expect_request("/pr").respond_with_data(
        "", status=302, headers={"Location": "http://10.20.30.40/admin"}
    )
    started = time.monotonic()

    with pytest.raises(UnsafeURLError) as caught:
        url_fetch(url=server.url_for("/pr"))

    message = str(caught.value)
    assert "redirected to http://10.20.30.40/admin" in message
    assert "a private address" in message
    assert caught.value.url == "http://10.20.30.40/admin"
    assert caught.value.retryable is False
    assert time.monotonic() - started < 2, "refused at once, not after a connect timeout"


def test_a_redirect_to_another_loopback_address_never_reaches_it(server, other_loopback_server):
    target = other_loopback_server.url_for("/internal")
    server.expect_request("/pr").respond_with_data("", status=301, headers={"Location": target})

    with pytest.raises(UnsafeURLError, match="127.0.0.2: a loopback address"):
        url_fetch(url=server.url_for("/pr"))

    assert other_loopback_server.log == []


def test_a_redirect_to_the_cloud_metadata_address_is_refused_even_when_allowed(server, settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32", "169.254.0.0/16"]
    server.expect_request("/pr").respond_with_data(
        "", status=307, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )

    with pytest.raises(UnsafeURLError, match="cloud metadata address"):
        url_fetch(url=server.url_for("/pr"))


def test_a_redirect_to_another_scheme_is_refused(server):
    server.expect_request("/pr").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )

    with pytest.raises(UnsafeURLError, match="only http and https"):
        url_fetch(url=server.url_for("/pr"))


def test_allowed_redirects_are_followed_to_the_final_url(server):
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data(PAGE)

    result = url_fetch(url=server.url_for("/old"))

    assert result.content == PAGE
    assert result.url == server.url_for("/new")


def test_a_redirect_loop_stops_at_the_limit(server, settings):
    settings.FETCH_MAX_REDIRECTS = 3
    server.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})

    with pytest.raises(UnsafeURLError, match="more than 3 redirects"):
        url_fetch(url=server.url_for("/loop"))

    assert len(server.log) == 4


def test_a_slow_drip_server_hits_the_total_deadline(server):
    def drip(request):
        def body():
            for _ in range(200):  # 10 s at most, one byte every 50 ms
                yield b"x"
                time.sleep(0.05)

        return Response(body(), content_type="text/plain")

    server.expect_request("/slow").respond_with_handler(drip)
    started = time.monotonic()

    with pytest.raises(FetchTimeoutError) as caught:
        url_fetch(url=server.url_for("/slow"), timeout=0.6)

    elapsed = time.monotonic() - started
    assert 0.5 < elapsed < 1.5, elapsed
    assert "within 0.6 s" in str(caught.value)
    assert caught.value.retryable is True


def test_a_server_that_never_answers_hits_the_total_deadline(server):
    def silent(request):
        time.sleep(3)
        return Response("late")

    server.expect_request("/silent").respond_with_handler(silent)
    started = time.monotonic()

    with pytest.raises(FetchTimeoutError):
        url_fetch(url=server.url_for("/silent"), timeout=0.5)

    assert time.monotonic() - started < 1.2


def one_response_server(response: bytes) -> tuple[str, threading.Thread]:
    """A bare socket server answering one request with these bytes: it allocates nothing
    while the client runs, so tracemalloc's peak is the client's own."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        with listener, contextlib.suppress(OSError):
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(response)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}/bomb", thread


def test_a_gzip_bomb_is_refused_without_inflating_it(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    bomb = gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)  # 100 MB in ~100 kB
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(bomb)}\r\nConnection: close\r\n\r\n"
    )
    url, thread = one_response_server(head.encode() + bomb)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError, match="over the limit of 1000000 bytes"):
            url_fetch(url=url, max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    thread.join(5)

    assert peak < 4 * 1_000_000, f"peak {peak} bytes: the bomb was inflated past the limit"


def test_a_plain_body_over_the_limit_is_refused(server):
    server.expect_request("/big").respond_with_data(b"a" * 5000)

    with pytest.raises(ResponseTooLargeError, match="INGEST_MAX_BYTES"):
        url_fetch(url=server.url_for("/big"), max_bytes=4999)


def test_an_unknown_compression_is_refused(server):
    server.expect_request("/br").respond_with_data(b"????", headers={"Content-Encoding": "br"})

    with pytest.raises(ResponseTooLargeError, match="'br', which is not accepted"):
        url_fetch(url=server.url_for("/br"))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/pr.txt", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http://0.0.0.0/", "unspecified address"),
        ("http://[::1]/", "loopback address"),
        ("http://[fe80::1]/", "link-local address"),
        ("http://[::ffff:192.168.1.1]/", "private address"),
        ("http://224.0.0.1/", "multicast address"),
        ("http://100.64.0.1/", "non-public address"),
        ("http://240.0.0.1/", "reserved address"),
    ],
)
def test_unsafe_urls_are_refused_with_their_reason(url, reason, settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]

    with pytest.raises(UnsafeURLError, match=reason):
        url_fetch(url=url)
    with pytest.raises(UnsafeURLError, match=reason):
        url_check(url)


def test_a_name_that_resolves_to_any_private_address_is_refused(monkeypatch):
    real = socket.getaddrinfo

    def resolver(host, *args, **kwargs):
        if host == "mixed.example":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 80)),
            ]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    with pytest.raises(UnsafeURLError, match=r"mixed\.example \(10\.0\.0\.5\): a private"):
        url_fetch(url="http://mixed.example/pr")


def test_the_connection_goes_to_the_address_that_was_checked(server, monkeypatch):
    """DNS rebinding: the name resolves once per connection, and that answer is dialled."""
    server.expect_request("/pr").respond_with_data(PAGE)
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1", "10.0.0.9", "10.0.0.9"])  # a rebinding resolver
    asked = []

    def resolver(host, port, *args, **kwargs):
        if host == "rebind.example":
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    result = url_fetch(url=f"http://rebind.example:{server.port}/pr", timeout=3)

    assert result.content == PAGE
    assert asked == ["rebind.example"]
    request, _ = server.log[0]
    assert request.headers["Host"] == f"rebind.example:{server.port}"


def test_a_host_that_does_not_resolve_is_a_retryable_network_error():
    with pytest.raises(FetchNetworkError, match="does not resolve") as caught:
        url_fetch(url="http://no-such-host.invalid/pr")

    assert caught.value.retryable is True


def test_environment_proxies_are_not_used(server, monkeypatch):
    server.expect_request("/pr").respond_with_data(PAGE)
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("http_proxy", "http://10.9.9.9:3128")

    assert url_fetch(url=server.url_for("/pr"), timeout=3).content == PAGE


def test_a_bad_allowed_network_setting_names_the_setting(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["not-a-network"]

    with pytest.raises(ImproperlyConfigured, match="FETCH_ALLOWED_NETWORKS"):
        http_guard.allowed_networks()
