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

import concurrent.futures
import functools
import ipaddress
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpcore
import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from apps.ingestion.readers import DocumentError

DEFAULT_USER_AGENT = "dealtracker/0.1 (+https://github.com/dealtracker; press release reader)"
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_REDIRECTS = 5
ACCEPT_ENCODING = "gzip, deflate"
CHUNK_BYTES = 64 * 1024

# Cloud instance metadata endpoints: credentials live there; never fetched, whatever is allowed.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address)
    for address in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


# -- errors -----------------------------------------------------------------


class FetchError(DocumentError):
    """The URL could not be fetched; the message says why, for a person.

    `url` is the URL that failed (after redirects, if any), `retryable` whether trying again
    later can help (network trouble, a deadline, HTTP 5xx/429) or not (a refused address,
    HTTP 404, a body over the limit).
    """

    retryable = False

    def __init__(self, message: str, *, url: str = ""):
        super().__init__(message)
        self.url = url


class UnsafeURLError(FetchError):
    """Refused before connecting: not http(s), credentials in the URL, a blocked address
    (loopback, private, link-local, metadata...) or too many redirects."""


class FetchTimeoutError(FetchError):
    """The whole fetch took longer than its deadline (FETCH_TIMEOUT_SECONDS)."""

    retryable = True


class FetchNetworkError(FetchError):
    """The host name does not resolve, or the connection failed or broke off."""

    retryable = True


class HTTPStatusError(FetchError):
    """The server answered with an error status; `status_code` holds it."""

    def __init__(self, message: str, *, url: str = "", status_code: int):
        super().__init__(message, url=url)
        self.status_code = status_code
        self.retryable = status_code >= 500 or status_code in (408, 429)


class ResponseTooLargeError(FetchError):
    """The body, decompressed, is over INGEST_MAX_BYTES (or uses an unknown compression)."""


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
    seconds = timeout if timeout is not None else _setting("FETCH_TIMEOUT_SECONDS")
    deadline = time.monotonic() + float(seconds)
    request_headers = {
        "User-Agent": user_agent or _setting("FETCH_USER_AGENT"),
        "Accept-Encoding": ACCEPT_ENCODING,
        **(headers or {}),
    }
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    backend = _GuardedBackend(deadline=deadline)
    with httpx.Client(
        transport=_GuardedTransport(backend),
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
        for address in _resolve(host, parsed.port or 443, deadline=time.monotonic() + 10):
            address_check(address, host=host)
    except FetchError as error:
        raise _on_hop(error, url, url, 0) from error


def address_check(address: str, *, host: str = "") -> None:
    """Raise UnsafeURLError unless this IP address is public or allowed by setting."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    name = f"{host} ({ip})" if host and host != str(ip) else str(ip)
    if ip in METADATA_ADDRESSES:
        raise UnsafeURLError(f"refused to fetch from {name}: a cloud metadata address")
    if any(ip in network for network in allowed_networks()):
        return
    kind = _blocked_kind(ip)
    if kind:
        raise UnsafeURLError(
            f"refused to fetch from {name}: a {kind} address "
            "(only public addresses are fetched; see setting FETCH_ALLOWED_NETWORKS)"
        )


def allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """FETCH_ALLOWED_NETWORKS as networks ("127.0.0.1/32", "10.1.0.0/16"; a bare IP is /32)."""
    networks = []
    for item in _setting("FETCH_ALLOWED_NETWORKS"):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"FETCH_ALLOWED_NETWORKS holds {item!r}, which is not a network: {error}"
            ) from error
    return networks


# -- internals --------------------------------------------------------------


_DEFAULTS = {
    "FETCH_USER_AGENT": DEFAULT_USER_AGENT,
    "FETCH_TIMEOUT_SECONDS": DEFAULT_TIMEOUT_SECONDS,
    "FETCH_MAX_REDIRECTS": DEFAULT_MAX_REDIRECTS,
    "FETCH_ALLOWED_NETWORKS": (),
}


def _setting(name: str):
    return getattr(settings, name, _DEFAULTS[name])


def _blocked_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "non-public"  # e.g. 100.64.0.0/10, the carrier-grade NAT range
    return ""


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
    max_redirects = int(_setting("FETCH_MAX_REDIRECTS"))
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


_resolver = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch-dns")


def _resolve(host: str, port: int, *, deadline: float) -> list[str]:
    """Every address the host name resolves to, within the deadline (getaddrinfo has none)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(deadline - time.monotonic(), 0))
    except concurrent.futures.TimeoutError as error:
        raise FetchTimeoutError(
            f"resolving the host name {host} took longer than the fetch's deadline"
        ) from error
    except OSError as error:
        raise FetchNetworkError(f"the host name {host} does not resolve ({error})") from error
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchNetworkError(f"the host name {host} does not resolve")
    return addresses


class _GuardedBackend(httpcore.NetworkBackend):
    """Opens every connection of one fetch: resolve, check each address, connect to a checked
    one, and cut every socket operation at the fetch's deadline."""

    def __init__(self, *, deadline: float):
        self.deadline = deadline
        self.sockets = httpcore.SyncBackend()

    def remaining(self, timeout: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the fetch deadline has passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port, deadline=self.deadline)
        for address in addresses:
            # A name with any blocked address is refused outright: which one a client
            # would pick is not ours to guess.
            address_check(address, host=host)
        last_error: Exception | None = None
        for address in addresses:
            try:
                # Connect to the checked address itself, never to the name again.
                stream = self.sockets.connect_tcp(
                    address,
                    port,
                    timeout=self.remaining(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectTimeout:
                raise
            except httpcore.ConnectError as error:
                last_error = error
                continue
            return _DeadlineStream(stream, self)
        raise httpcore.ConnectError(f"could not connect to {host} port {port} ({last_error})")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read, write and TLS handshake ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, backend: _GuardedBackend):
        self.stream = stream
        self.backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self.backend.remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self.backend.remaining(timeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        tls = self.stream.start_tls(ssl_context, server_hostname, self.backend.remaining(timeout))
        return _DeadlineStream(tls, self.backend)

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)


@functools.cache
def _ssl_context():
    """One verifying TLS context for every fetch: loading the CA bundle costs ~10 MB and ms."""
    return httpx.create_ssl_context(trust_env=False)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, with its connection pool opening sockets through our backend."""

    def __init__(self, backend: _GuardedBackend):
        super().__init__(verify=_ssl_context(), trust_env=False)
        # httpx does not expose the network backend; its pool is rebuilt with the same
        # defaults plus ours. tests/ingestion/test_http.py fails if this stops taking effect.
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=4,
            max_keepalive_connections=4,
            network_backend=backend,
        )
