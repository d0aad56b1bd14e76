"""The network guard under http.url_fetch: errors, the address check, and the transport
whose every socket goes to a checked address and ends by the fetch's deadline.

Split from http.py (see its docstring for the whole design); only http.py builds on it.
"""

from __future__ import annotations

import concurrent.futures
import functools
import ipaddress
import socket
import time
from collections.abc import Iterable

import httpcore
import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from apps.ingestion.readers import DocumentError

DEFAULT_USER_AGENT = "dealtracker/0.1 (+https://github.com/dealtracker; press release reader)"
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_REDIRECTS = 5

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


# -- addresses --------------------------------------------------------------


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
    for item in fetch_setting("FETCH_ALLOWED_NETWORKS"):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"FETCH_ALLOWED_NETWORKS holds {item!r}, which is not a network: {error}"
            ) from error
    return networks


_DEFAULTS = {
    "FETCH_USER_AGENT": DEFAULT_USER_AGENT,
    "FETCH_TIMEOUT_SECONDS": DEFAULT_TIMEOUT_SECONDS,
    "FETCH_MAX_REDIRECTS": DEFAULT_MAX_REDIRECTS,
    "FETCH_ALLOWED_NETWORKS": (),
}


def fetch_setting(name: str):
    """A FETCH_* setting, or its default when the settings leave it out."""
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


# -- transport --------------------------------------------------------------


_resolver = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch-dns")


def host_resolve(host: str, port: int, *, deadline: float) -> list[str]:
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


class GuardedBackend(httpcore.NetworkBackend):
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
        addresses = host_resolve(host, port, deadline=self.deadline)
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

    def __init__(self, stream: httpcore.NetworkStream, backend: GuardedBackend):
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


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, with its connection pool opening sockets through our backend."""

    def __init__(self, backend: GuardedBackend):
        super().__init__(verify=_ssl_context(), trust_env=False)
        # httpx does not expose the network backend; its pool is rebuilt with the same
        # defaults plus ours. tests/ingestion/test_http.py fails if this stops taking effect.
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            max_connections=4,
            max_keepalive_connections=4,
            network_backend=backend,
        )
