"""Writes for saved searches: save, open, feed tokens and the email digest."""

import datetime as dt
import hashlib
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone

from apps.core.exports import InvalidFilters

from .lists import ListGone
from .models import DigestSent, SavedSearch
from .selectors import digest_collect

logger = logging.getLogger(__name__)

# A search holds at most this many per user, so "My searches" runs a bounded number of counts.
MAX_SEARCHES_PER_USER = 50


class TooManySearches(ValueError):
    pass


def saved_search_create(*, user, name: str, list_key: str, slug: str, query: str) -> SavedSearch:
    """Save a query already cleaned by lists.query_clean; TooManySearches past the limit,
    IntegrityError when the user already has a search of that name."""
    if SavedSearch.objects.filter(user=user).count() >= MAX_SEARCHES_PER_USER:
        raise TooManySearches(f"You can keep {MAX_SEARCHES_PER_USER} saved searches: delete one.")
    return SavedSearch.objects.create(
        user=user, name=name, list_key=list_key, slug=slug, query=query
    )


def saved_search_open(*, search: SavedSearch) -> SavedSearch:
    """Mark the search read: its count of new facts starts again from now."""
    search.last_opened_at = timezone.now()
    search.save(update_fields=["last_opened_at"])
    return search


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_token_create(*, search: SavedSearch) -> str:
    """A new private feed token (the old one stops working); only its hash is stored, so the
    caller shows the returned token once."""
    token = secrets.token_urlsafe(32)
    search.feed_token_hash = token_hash(token)
    search.save(update_fields=["feed_token_hash"])
    return token


def feed_token_revoke(*, search: SavedSearch) -> None:
    search.feed_token_hash = ""
    search.save(update_fields=["feed_token_hash"])


def search_by_feed_token(token: str) -> SavedSearch | None:
    """The search whose feed this token opens, or None. The lookup is by the token's SHA-256:
    a guess learns nothing from timing about a stored token (the database compares hashes of
    a 256-bit secret, not the secret)."""
    if not token or len(token) > 100:
        return None
    return SavedSearch.objects.filter(feed_token_hash=token_hash(token)).first()


# Digests -----------------------------------------------------------------------------------


def digest_period(frequency: str, now: dt.datetime) -> str:
    """The period a digest run belongs to: "2026-12-01" (daily) or "2026-W49" (ISO week)."""
    day = timezone.localtime(now, dt.UTC).date()
    if frequency == SavedSearch.Digest.DAILY:
        return day.isoformat()
    if frequency == SavedSearch.Digest.WEEKLY:
        year, week, _weekday = day.isocalendar()
        return f"{year}-W{week:02d}"
    raise ValueError(f"no digest period for {frequency!r}")


def due_digest_ids(now: dt.datetime | None = None) -> list[int]:
    """Searches with a digest on, an owner with an email address, and no digest recorded for
    the current period (one query per frequency)."""
    now = now or timezone.now()
    ids = []
    for frequency in (SavedSearch.Digest.DAILY, SavedSearch.Digest.WEEKLY):
        recorded = DigestSent.objects.filter(
            saved_search=OuterRef("pk"), period=digest_period(frequency, now)
        )
        ids += (
            SavedSearch.objects.filter(digest=frequency, user__is_active=True)
            .exclude(user__email="")
            .exclude(Exists(recorded))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    return ids


def digest_send(*, saved_search_id: int, now: dt.datetime | None = None) -> DigestSent | None:
    """Email the search's new facts for the current period, at most once; None when the
    period was already recorded (or the digest is off, or the filters no longer apply).

    The facts are read first, outside any transaction. Then one transaction inserts the
    DigestSent row (its unique constraint makes a concurrent or retried run of the same
    period fail and skip) and sends the mail before committing: a failed send rolls the row
    back and the retry sends. A crash after the SMTP server accepted the mail but before the
    commit re-sends it on the next run: we prefer a rare duplicate (same Message-ID, so mail
    clients may fold it) to a digest silently lost, which recording before sending would risk.
    Nothing new: the row is recorded with emailed=False and no mail goes out.
    """
    now = now or timezone.now()
    search = SavedSearch.objects.select_related("user").get(pk=saved_search_id)
    if search.digest == SavedSearch.Digest.OFF or not search.user.email:
        return None
    period = digest_period(search.digest, now)
    if DigestSent.objects.filter(saved_search=search, period=period).exists():
        return None
    last = DigestSent.objects.filter(saved_search=search).order_by("-through").first()
    since = last.through if last else search.created_at
    # Facts stored in a load still committing carry a created_at a little in the past: leave
    # the last minutes to the next digest rather than miss them.
    through = now - dt.timedelta(seconds=settings.ALERTS_DIGEST_SETTLE_SECONDS)
    if through <= since:
        return None
    try:
        digest = digest_collect(search, since, through)
    except (InvalidFilters, ListGone) as error:
        logger.warning("saved search %s: filters no longer apply: %s", search.pk, error)
        return None
    try:
        with transaction.atomic():
            record = DigestSent.objects.create(
                saved_search=search,
                period=period,
                since=since,
                through=through,
                fact_count=int(digest.count),
                emailed=bool(digest.entries),
            )
            if digest.entries:
                _digest_message(digest, period).send()
    except IntegrityError:
        return None  # another run recorded this period first
    return record


def _digest_message(digest, period: str) -> EmailMessage:
    if not settings.SITE_URL:
        raise ImproperlyConfigured("SITE_URL must be set for digest links (https://deals.example)")
    search = digest.search
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    count = str(digest.count)
    subject = f"dealtracker: {count} new in “{search.name}”"
    body = render_to_string(
        "alerts/digest_email.txt",
        {"digest": digest, "period": period, "site": settings.SITE_URL.rstrip("/")},
    )
    return EmailMessage(
        subject=subject,
        body=body,
        to=[search.user.email],
        headers={"Message-ID": f"<digest-{search.pk}-{period}@{host or 'dealtracker'}>"},
    )
