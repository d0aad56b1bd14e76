"""Sources that feed the tracker by themselves, and the items each one brought.

A Source is polled on its interval (celery beat runs `poll_due_sources` every minute); each
entry it lists becomes one SourceItem, unique per source and key (the entry's URL, or a file's
path), whose state says what became of it.
"""

import re
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from apps.sources.models import Document


class SourceQuerySet(models.QuerySet):
    def due(self, *, now=None):
        """Enabled sources whose next poll time has come (or that were never polled)."""
        now = now or timezone.now()
        return self.filter(enabled=True).filter(
            Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
        )


class Source(models.Model):
    """A place new press releases appear: a feed, a company's EDGAR filings, a newsroom page
    of links or a folder on disk. Polled every `poll_interval_minutes`; on failure the wait
    doubles (capped), and after INTAKE_DISABLE_AFTER_FAILURES failures in a row it is disabled.
    """

    class Kind(models.TextChoices):
        FEED = "feed", "RSS/Atom feed"
        EDGAR = "edgar", "SEC EDGAR 8-K press releases (by CIK)"
        LINKS = "links", "Web page listing links"
        FOLDER = "folder", "Folder on disk"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    url = models.URLField(
        "URL", max_length=1000, blank=True, help_text="The feed, or the page listing links."
    )
    cik = models.CharField(
        "CIK",
        max_length=10,
        blank=True,
        help_text="The company's SEC Central Index Key, e.g. 1234567 (EDGAR sources).",
    )
    folder = models.CharField(
        max_length=500,
        blank=True,
        help_text="A folder under one of INTAKE_FOLDER_ROOTS (folder sources).",
    )
    link_pattern = models.CharField(
        max_length=500,
        blank=True,
        help_text=r"A regular expression a link's absolute URL must match, e.g. /news/\d{4}/.",
    )
    enabled = models.BooleanField(default=True)
    poll_interval_minutes = models.PositiveIntegerField(default=60)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Validators of the listing's last answer, sent back for a conditional request.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    documents_count = models.PositiveIntegerField(
        "documents brought", default=0, help_text="New documents this source brought in."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_interval_minutes__gte=1), name="source_poll_interval_positive"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:intake_source_change", args=[self.pk])

    @property
    def location(self) -> str:
        """What is polled: the URL, CIK or folder, by kind."""
        if self.kind == self.Kind.EDGAR:
            return f"CIK {self.cik}"
        if self.kind == self.Kind.FOLDER:
            return self.folder
        return self.url

    @property
    def poll_interval(self) -> timedelta:
        return timedelta(minutes=self.poll_interval_minutes)

    def clean(self) -> None:
        required = {
            self.Kind.FEED: "url",
            self.Kind.LINKS: "url",
            self.Kind.EDGAR: "cik",
            self.Kind.FOLDER: "folder",
        }.get(self.kind)
        if required and not getattr(self, required).strip():
            raise ValidationError({required: f"A {self.get_kind_display()} source needs this."})
        if self.kind == self.Kind.LINKS:
            if not self.link_pattern:
                raise ValidationError({"link_pattern": "Say which links are releases."})
            try:
                re.compile(self.link_pattern)
            except re.error as error:
                raise ValidationError(
                    {"link_pattern": f"Not a regular expression: {error}"}
                ) from error
        if self.kind == self.Kind.EDGAR and not self.cik.strip().isdigit():
            raise ValidationError({"cik": "A CIK is a number of up to 10 digits."})
        if self.kind == self.Kind.FOLDER:
            try:
                folder_resolve(self.folder)
            except ValueError as error:
                raise ValidationError({"folder": str(error)}) from error


def folder_resolve(folder: str) -> Path:
    """The folder as an absolute path, if it lies under one of INTAKE_FOLDER_ROOTS.

    Raises ValueError otherwise: a folder source reads every file it is pointed at into a
    document anyone may read, so it may only point where a deployer said releases go.
    """
    path = Path(folder).expanduser().resolve()
    roots = [Path(root).expanduser().resolve() for root in settings.INTAKE_FOLDER_ROOTS]
    if not any(path == root or root in path.parents for root in roots):
        allowed = ", ".join(str(root) for root in roots) or "none configured"
        raise ValueError(f"{path} is not under a folder allowed by INTAKE_FOLDER_ROOTS ({allowed})")
    return path


class SourceItem(models.Model):
    """One entry a source listed (a release URL, or a file), and what became of it."""

    class State(models.TextChoices):
        NEW = "new", "New"
        FETCHING = "fetching", "Fetching"
        INGESTED = "ingested", "Ingested"
        DUPLICATE = "duplicate", "Skipped: duplicate"
        UNCHANGED = "unchanged", "Skipped: unchanged"
        FAILED = "failed", "Failed"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    # The entry's URL, or a file's absolute path.
    key = models.CharField(max_length=1000)
    title = models.CharField(max_length=500, blank=True)
    # The entry's own updated/published stamp, as the listing gives it: when it changes,
    # the item is fetched again.
    stamp = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW, db_index=True)
    error = models.TextField(blank=True)
    retryable = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0)
    content_hash = models.CharField(
        max_length=64, blank=True, help_text="Of the fetched bytes: unchanged bytes are skipped."
    )
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="source_items"
    )
    first_seen_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-first_seen_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="source_item_unique_key")
        ]
        indexes = [models.Index(fields=["source", "-first_seen_at"])]

    def __str__(self) -> str:
        return self.title or self.key
