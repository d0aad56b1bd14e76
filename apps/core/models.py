"""Review state shared by every curated model."""

from django.conf import settings
from django.db import models


class ReviewState(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class ReviewedQuerySet(models.QuerySet):
    def visible(self, *, show_unreviewed: bool | None = None):
        """What public pages show: never rejected facts, unreviewed ones unless hidden."""
        if show_unreviewed is None:
            show_unreviewed = settings.SHOW_UNREVIEWED_FACTS
        if not show_unreviewed:
            return self.filter(review_state=ReviewState.APPROVED).naming_visible()
        return self.exclude(review_state=ReviewState.REJECTED).naming_visible()

    def naming_visible(self):
        """Drop rows that name a hidden company or drug; each fact's queryset says which.

        One rule for every page, export, feed and search: a fact naming a company or drug the
        public may not see is hidden with it, never shown with a name whose link is a 404.
        """
        return self

    def unreviewed(self):
        return self.filter(review_state=ReviewState.UNREVIEWED)


class Reviewed(models.Model):
    """A fact extracted by the pipeline is a draft until a curator reviews it.

    `curated_fields` names the fields a curator changed by hand: a re-ingest leaves them alone.
    """

    review_state = models.CharField(
        max_length=12, choices=ReviewState.choices, default=ReviewState.UNREVIEWED, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    curated_fields = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReviewedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_unreviewed(self) -> bool:
        return self.review_state == ReviewState.UNREVIEWED
