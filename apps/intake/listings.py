"""What a source lists: its entries, newest first, each a key (URL or path) and a title.

One function per kind of source; each reads the listing through apps.ingestion.http (safe
fetching) or the file system and raises ListingError (or a FetchError) with a message for
the admin. Nothing here writes to the database.
"""

import re
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import feedparser
import lxml.html
from django.conf import settings

from apps.ingestion.http import FetchError, FetchResult, url_fetch
from apps.ingestion.readers import DocumentError

from .models import Source, folder_resolve

# Files being written are left for the next poll: a PDF half-copied is not a PDF yet.
FOLDER_SETTLE_SECONDS = 2
FOLDER_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".pdf"}


class ListingError(DocumentError):
    """The source's listing cannot be read (not a feed, folder missing, bad settings)."""


@dataclass(frozen=True)
class Entry:
    """One thing a source lists: `key` is a URL or an absolute file path."""

    key: str
    title: str = ""
    stamp: str = ""


@dataclass(frozen=True)
class Listing:
    """A source's entries, newest first, and the validators of the listing's answer."""

    entries: list[Entry]
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


def source_list(source: Source) -> Listing:
    """The entries of one source, as its listing gives them."""
    readers = {
        Source.Kind.FEED: feed_list,
        Source.Kind.EDGAR: edgar_list,
        Source.Kind.LINKS: links_list,
        Source.Kind.FOLDER: folder_list,
    }
    return readers[source.kind](source)


# -- feeds ------------------------------------------------------------------


def feed_list(source: Source) -> Listing:
    """The entries of an RSS or Atom feed (parsed by feedparser), in the feed's order."""
    fetched = url_fetch(url=source.url, etag=source.etag, last_modified=source.last_modified)
    if fetched.not_modified:
        return _unchanged(fetched)
    parsed = feedparser.parse(
        fetched.content,
        response_headers={
            "content-location": fetched.url,
            "content-type": fetched.media_type or "application/xml",
        },
    )
    if not parsed.version and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise ListingError(
            f"{fetched.url} is not an RSS or Atom feed" + (f" ({problem})" if problem else "")
        )
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link.startswith(("http://", "https://")):
            continue  # an entry with no web link has nothing for us to fetch
        with warnings.catch_warnings():  # feedparser warns that updated falls back to published
            warnings.simplefilter("ignore", DeprecationWarning)
            stamp = entry.get("updated") or entry.get("published") or ""
        entries.append(Entry(key=link, title=entry.get("title", "")[:500], stamp=stamp[:100]))
    return Listing(entries, etag=fetched.etag, last_modified=fetched.last_modified)


def _unchanged(fetched: FetchResult) -> Listing:
    return Listing([], etag=fetched.etag, last_modified=fetched.last_modified, not_modified=True)


# -- web pages of links -----------------------------------------------------


def links_list(source: Source) -> Listing:
    """The links on a page whose absolute URL matches the source's pattern, in page order."""
    fetched = url_fetch(url=source.url, etag=source.etag, last_modified=source.last_modified)
    if fetched.not_modified:
        return _unchanged(fetched)
    try:
        page = lxml.html.document_fromstring(fetched.content, base_url=fetched.url)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ListingError(f"{fetched.url} is not an HTML page ({error})") from error
    page.make_links_absolute(fetched.url, resolve_base_href=True)
    pattern = re.compile(source.link_pattern)
    entries: dict[str, Entry] = {}
    for element, attribute, link, _ in page.iterlinks():
        if element.tag != "a" or attribute != "href":
            continue
        link = link.split("#", 1)[0]
        if link.startswith(("http://", "https://")) and pattern.search(link):
            title = " ".join(element.text_content().split())[:500]
            entries.setdefault(link, Entry(key=link, title=title))
    return Listing(list(entries.values()), etag=fetched.etag, last_modified=fetched.last_modified)


# -- SEC EDGAR --------------------------------------------------------------


class _Throttle:
    """At most `rate` requests a second from this process (SEC allows 10/s per client)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last = 0.0

    def wait(self) -> None:
        gap = 1.0 / settings.EDGAR_REQUESTS_PER_SECOND
        with self.lock:
            now = time.monotonic()
            if now < self.last + gap:
                time.sleep(self.last + gap - now)
            self.last = time.monotonic()


edgar_throttle = _Throttle()


def edgar_fetch(url: str, **kwargs) -> FetchResult:
    """Fetch from SEC EDGAR with the User-Agent it requires, under its rate limit."""
    user_agent = settings.EDGAR_USER_AGENT.strip()
    if not user_agent:
        raise ListingError(
            "SEC EDGAR requires a User-Agent naming you: set EDGAR_USER_AGENT to e.g. "
            "'Example Org ops@example.org'"
        )
    edgar_throttle.wait()
    return url_fetch(url=url, user_agent=user_agent, **kwargs)


def edgar_list(source: Source) -> Listing:
    """The company's 8-K filings that carry an EX-99.1 press release, newest first.

    Reads EDGAR's submissions JSON (data.sec.gov/submissions/CIK##########.json), then each
    new 8-K's filing index for its EX-99.1 document. An entry's key is that document's URL.
    """
    cik = source.cik.strip().lstrip("0") or "0"
    url = f"{settings.EDGAR_DATA_URL}/submissions/CIK{int(cik):010d}.json"
    fetched = edgar_fetch(url, etag=source.etag, last_modified=source.last_modified)
    if fetched.not_modified:
        return _unchanged(fetched)
    try:
        recent = _json(fetched)["filings"]["recent"]
        rows = zip(
            recent["form"],
            recent["accessionNumber"],
            recent["filingDate"],
            recent.get("primaryDocDescription") or [""] * len(recent["form"]),
            strict=False,
        )
    except (KeyError, TypeError) as error:
        raise ListingError(f"{url} is not EDGAR's submissions JSON (missing {error})") from error
    # Filings already seen keep their exhibit URL: their index pages are not fetched again.
    seen = dict(source.items.exclude(stamp="").values_list("stamp", "key"))
    entries = []
    for form, accession, filed, description in rows:
        if form != "8-K":
            continue
        if len(entries) >= settings.INTAKE_MAX_ITEMS_PER_POLL:
            break
        if accession in seen:
            entries.append(Entry(key=seen[accession], title=description, stamp=accession))
            continue
        exhibit = edgar_press_release_url(cik=cik, accession=accession)
        if exhibit:
            title = f"8-K filed {filed}" + (f": {description}" if description else "")
            entries.append(Entry(key=exhibit, title=title[:500], stamp=accession))
    return Listing(entries, etag=fetched.etag, last_modified=fetched.last_modified)


def edgar_press_release_url(*, cik: str, accession: str) -> str:
    """The URL of a filing's EX-99.1 exhibit, read from its index page; "" if it has none."""
    folder = f"{settings.EDGAR_ARCHIVES_URL}/Archives/edgar/data/{int(cik)}/"
    folder += accession.replace("-", "")
    index = edgar_fetch(f"{folder}/{accession}-index.htm").content
    page = lxml.html.document_fromstring(index, base_url=folder + "/")
    page.make_links_absolute(folder + "/")
    for row in page.iter("tr"):
        cells = [" ".join(cell.text_content().split()) for cell in row.iter("td")]
        if any(cell.upper() == "EX-99.1" for cell in cells):
            for link in row.iter("a"):
                href = link.get("href", "")
                if href.startswith(("http://", "https://")):
                    return href
    return ""


def _json(fetched: FetchResult):
    import json

    try:
        return json.loads(fetched.content)
    except ValueError as error:
        raise ListingError(f"{fetched.url} did not answer JSON ({error})") from error


# -- watched folders --------------------------------------------------------


def folder_list(source: Source) -> Listing:
    """The text, HTML and PDF files in the folder (and below), oldest first, settled ones only.

    A file's stamp is its size and modification time, so a file replaced in place is read
    again (and ingested again only if its content changed).
    """
    try:
        root = folder_resolve(source.folder)
    except ValueError as error:
        raise ListingError(str(error)) from error
    if not root.is_dir():
        raise ListingError(f"the folder {root} does not exist or is not a folder")
    settled_before = time.time() - FOLDER_SETTLE_SECONDS
    files = []
    for path in root.rglob("*"):
        if path.suffix.lower() not in FOLDER_SUFFIXES or path.name.startswith("."):
            continue
        real = path.resolve()
        if root not in real.parents or not real.is_file():
            continue  # a link pointing out of the watched folder is not followed
        stat = real.stat()
        if stat.st_mtime > settled_before:
            continue
        files.append((stat.st_mtime, str(real), f"{stat.st_size}:{stat.st_mtime_ns}"))
    files.sort()
    return Listing([Entry(key=key, title=Path(key).name, stamp=stamp) for _, key, stamp in files])


__all__ = ["Entry", "FetchError", "Listing", "ListingError", "source_list"]
