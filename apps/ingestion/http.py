"""Fetch a URL from the open web without letting it reach into our own network.

`url_fetch(url=...)` is the one way the app reads the web (a URL a curator gives, a feed, a
filing). It is built on httpx and adds what a server fetching user-given URLs needs:

- only http and https; no user:password in the URL;
- every address a host name resolves to is checked before connecting, and the connection
  goes to that checked address (the socket is opened by our own network backend, so a DNS
  answer cannot change between the check and the connect: no DNS rebinding). Loopback,
  private, link-local, shared (CGNAT), multicast, reserved and unspecified addresses are
  refused, and so are cloud metadata endpoints, unless `FETCH_ALLOWED_NETWORKS` lists them
  (metadata endpoints are refused even then);
- redirects are followed here, at most `FETCH_MAX_REDIRECTS`, each hop checked again;
- one deadline for the whole fetch (`FETCH_TIMEOUT_SECONDS`: DNS, connect, TLS, every redirect
  and every read), not a per-read timeout that a server dripping one byte at a time defeats;
- at most `INGEST_MAX_BYTES` of body, counted after decompression while streaming (a gzip bomb
  stops at the limit; only gzip and deflate are accepted);
- a User-Agent naming the app (`FETCH_USER_AGENT`), and conditional requests (ETag,
  Last-Modified) when the caller has them;
- environment proxies are ignored (a proxy would connect on our behalf, unchecked).

Every failure raises a FetchError subclass whose message says what went wrong for a person,
and whose `retryable` says whether trying later can help.

Residual risk: the check trusts the resolver's answer at connect time; a host whose name
resolves to a public address that then routes into the private network (a NAT hairpin) is
outside what an address check can see.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpx
from django.conf import settings

from apps.ingestion.http_guard import (
    FetchError,
    FetchNetworkError,
    FetchTimeoutError,
    GuardedBackend,
    GuardedTransport,
    HTTPStatusError,
    ResponseTooLargeError,
    UnsafeURLError,
    address_check,
    fetch_setting,
    host_resolve,
)

__all__ = [
    "FetchError",
    "FetchNetworkError",
    "FetchResult",
    "FetchTimeoutError",
    "HTTPStatusError",
    "ResponseTooLargeError",
    "UnsafeURLError",
    "address_check",
    "url_check",
    "url_fetch",
]

ACCEPT_ENCODING = "gzip, deflate"
CHUNK_BYTES = 64 * 1024

# -- result -----------------------------------------------------------------


@dataclass(frozen=True)
class FetchResult:
    """What a fetch brought back.

    `url` is the final URL after redirects; `content` the decompressed body (empty when
    `not_modified`); `media_type` the Content-Type header as sent (may carry a charset);
    `etag` and `last_modified` the validators to send next time ("" when absent).
    """

    url: str
    status_code: int
    content: bytes
    media_type: str
    etag: str
    last_modified: str
    not_modified: bool = False


# -- the public API ---------------------------------------------------------


def url_fetch(
    *,
    url: str,
    etag: str = "",
    last_modified: str = "",
    user_agent: str = "",
    headers: dict[str, str] | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
) -> FetchResult:
    """GET `url` safely; the body (decompressed) and the validators for a conditional refetch.

    `etag` / `last_modified` (from a previous FetchResult) make the request conditional: an
    unchanged resource comes back as `not_modified=True` with no content. `max_bytes` defaults
    to INGEST_MAX_BYTES, `timeout` (seconds, for the whole fetch) to FETCH_TIMEOUT_SECONDS,
    `user_agent` to FETCH_USER_AGENT. Raises a FetchError subclass; never returns a partial body.
    """
    limit = settings.INGEST_MAX_BYTES if max_bytes is None else max_bytes
    seconds = timeout if timeout is not None else fetch_setting("FETCH_TIMEOUT_SECONDS")
    deadline = time.monotonic() + float(seconds)
    request_headers = {
        "User-Agent": user_agent or fetch_setting("FETCH_USER_AGENT"),
        "Accept-Encoding": ACCEPT_ENCODING,
        **(headers or {}),
    }
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    backend = GuardedBackend(deadline=deadline)
    with httpx.Client(
        transport=GuardedTransport(backend),
        follow_redirects=False,
        timeout=None,  # the deadline below bounds every operation instead
        trust_env=False,  # no environment proxies: they would connect unchecked
        headers=request_headers,
    ) as client:
        try:
            return _fetch(client, url, limit=limit)
        except httpx.TimeoutException as error:
            raise _deadline_error(url, seconds) from error
        except httpx.TransportError as error:
            raise FetchNetworkError(f"could not fetch {url}: {_reason(error)}", url=url) from error
        except httpx.InvalidURL as error:
            raise UnsafeURLError(f"{url!r} is not a valid URL: {error}", url=url) from error


def url_check(url: str) -> None:
    """Raise UnsafeURLError if this URL may not be fetched (scheme, credentials, address).

    Resolves the host name, so a form can refuse a URL before anything is queued; the fetch
    checks again when it connects.
    """
    parsed = _url_parse(url)
    host = parsed.host
    try:
        for address in host_resolve(host, parsed.port or 443, deadline=time.monotonic() + 10):
            address_check(address, host=host)
    except FetchError as error:
        raise _on_hop(error, url, url, 0) from error


# -- internals --------------------------------------------------------------


def _url_parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise UnsafeURLError(f"{url!r} is not a valid URL: {error}", url=str(url)) from error
    if parsed.scheme not in ("http", "https"):
        raise UnsafeURLError(f"only http and https URLs can be fetched, not {url!r}", url=str(url))
    if not parsed.host:
        raise UnsafeURLError(f"the URL {url!r} names no host", url=str(url))
    if parsed.userinfo:
        raise UnsafeURLError(
            f"the URL {parsed.copy_with(username=None, password=None)} carries a user name "
            "or password; give the URL without them",
            url=str(url),
        )
    return parsed


def _fetch(client: httpx.Client, url: str, *, limit: int) -> FetchResult:
    max_redirects = int(fetch_setting("FETCH_MAX_REDIRECTS"))
    request = client.build_request("GET", _url_parse(url))
    for hop in range(max_redirects + 1):
        try:
            response = client.send(request, stream=True)
        except FetchError as error:
            raise _on_hop(error, url, str(request.url), hop) from error
        try:
            if response.is_redirect and response.next_request is not None:
                request = response.next_request
                try:
                    _url_parse(str(request.url))  # every hop is checked, its address on connect
                except FetchError as error:
                    raise _on_hop(error, url, str(request.url), hop + 1) from error
                continue
            return _result(response, limit=limit)
        finally:
            response.close()
    raise UnsafeURLError(
        f"could not fetch {url}: more than {max_redirects} redirects (setting FETCH_MAX_REDIRECTS)",
        url=url,
    )


def _on_hop(error: FetchError, url: str, hop_url: str, hop: int) -> FetchError:
    """The same error, naming the URL asked for and, after a redirect, where it led."""
    if hop == 0:
        message = str(error) if url in str(error) else f"could not fetch {url}: {error}"
    else:
        message = f"could not fetch {url}: it redirected to {hop_url}, and {error}"
    copy = _copy_error(error, message)
    copy.url = hop_url
    return copy


def _copy_error(error: FetchError, message: str) -> FetchError:
    copy = FetchError.__new__(type(error))
    copy.__dict__.update(error.__dict__)
    copy.args = (message,)
    return copy


def _result(response: httpx.Response, *, limit: int) -> FetchResult:
    """The response's body, read within the limit; every socket read ends by the deadline."""
    url = str(response.url)
    etag = response.headers.get("ETag", "")
    last_modified = response.headers.get("Last-Modified", "")
    if response.status_code == 304:
        return FetchResult(url, 304, b"", "", etag, last_modified, not_modified=True)
    if response.status_code >= 400 or response.status_code < 200:
        raise HTTPStatusError(
            f"could not fetch {url}: the server answered HTTP {response.status_code} "
            f"{response.reason_phrase}".rstrip(),
            url=url,
            status_code=response.status_code,
        )
    declared = response.headers.get("Content-Length", "")
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if declared.isdigit() and encoding in ("", "identity") and int(declared) > limit:
        raise _too_large(url, limit)
    body = bytearray()
    for chunk in _decoded(response.iter_raw(CHUNK_BYTES), encoding, url=url, limit=limit):
        body += chunk
        if len(body) > limit:
            raise _too_large(url, limit)
    return FetchResult(
        url=url,
        status_code=response.status_code,
        content=bytes(body),
        media_type=response.headers.get("Content-Type", ""),
        etag=etag,
        last_modified=last_modified,
    )


def _decoded(raw: Iterable[bytes], encoding: str, *, url: str, limit: int) -> Iterator[bytes]:
    """The body decompressed chunk by chunk, never more than limit + 1 bytes at a time."""
    if encoding in ("", "identity"):
        yield from raw
        return
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = None  # zlib-wrapped or raw deflate: decided by the first bytes
    else:
        raise ResponseTooLargeError(
            f"could not fetch {url}: the server compressed the page with {encoding!r}, "
            f"which is not accepted (only {ACCEPT_ENCODING})",
            url=url,
        )
    produced = 0
    try:
        for chunk in raw:
            if decoder is None:
                decoder = zlib.decompressobj(
                    zlib.MAX_WBITS if chunk[:1] and chunk[0] & 0x0F == 8 else -zlib.MAX_WBITS
                )
            data = chunk
            while data:
                out = decoder.decompress(data, limit - produced + 1)
                produced += len(out)
                yield out
                if produced > limit:
                    return  # the caller raises
                data = decoder.unconsumed_tail
        if decoder is not None:
            yield decoder.flush()
    except zlib.error as error:
        raise FetchNetworkError(
            f"could not fetch {url}: the {encoding} body is corrupt ({error})", url=url
        ) from error


def _too_large(url: str, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the page at {url} is over the limit of {limit} bytes once decompressed "
        "(setting INGEST_MAX_BYTES)",
        url=url,
    )


def _deadline_error(url: str, seconds: float) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"could not fetch {url}: no complete answer within {seconds:g} s "
        "(setting FETCH_TIMEOUT_SECONDS)",
        url=url,
    )


def _reason(error: Exception) -> str:
    cause = error.__cause__ or error.__context__
    text = str(error) or (str(cause) if cause else "") or type(error).__name__
    return text
