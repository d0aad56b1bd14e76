"""Saved searches: a user's named filters of one list, their private feed and email digests."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class SavedSearch(models.Model):
    """The filters of one list (or a company's timeline) that a user asked us to watch.

    `query` is the list's query string (urlencoded), validated against the list's FilterSet
    when saved and read again with it each time. `feed_token_hash` is the SHA-256 (hex) of the
    private feed token; the token itself is shown once and never stored ("" = no feed).
    """

    class Digest(models.TextChoices):
        OFF = "off", "No email"
        DAILY = "daily", "Daily email"
        WEEKLY = "weekly", "Weekly email"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=100)
    list_key = models.CharField(max_length=32)  # apps.alerts.lists.WATCHED_LISTS
    slug = models.SlugField(max_length=300, blank=True)  # the company, for a timeline
    query = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_opened_at = models.DateTimeField(default=timezone.now)
    feed_token_hash = models.CharField(max_length=64, blank=True, default="")
    digest = models.CharField(max_length=8, choices=Digest.choices, default=Digest.OFF)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="alerts_search_name_per_user"),
            models.UniqueConstraint(
                fields=["feed_token_hash"],
                condition=~Q(feed_token_hash=""),
                name="alerts_feed_token_unique",
            ),
        ]
        verbose_name_plural = "saved searches"

    def __str__(self) -> str:
        return self.name


class DigestSent(models.Model):
    """One digest decision per saved search and period ("2026-12-01" daily, "2026-W49" weekly).

    Written in the transaction that sends the mail: the unique constraint makes a retried or
    concurrent run of the same period skip it. `emailed` is False when nothing was new (no
    mail went out); `since`/`through` are the window of appearance the digest covered.
    """

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="digests")
    period = models.CharField(max_length=16)
    since = models.DateTimeField()
    through = models.DateTimeField()
    fact_count = models.PositiveIntegerField(default=0)
    emailed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "period"], name="alerts_one_digest_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.saved_search} {self.period}"
