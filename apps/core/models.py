"""Review state shared by every curated model."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual

from apps.core.names import fold, name_key


class ReviewState(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class ReviewedQuerySet(models.QuerySet):
    def visible(self, *, show_unreviewed: bool | None = None, min_confidence: float | None = None):
        """What public pages, exports and feeds show: never rejected facts; unreviewed ones
        unless SHOW_UNREVIEWED_FACTS is off, and then only those the extractor was at least
        PUBLIC_MIN_CONFIDENCE sure of (see `confident`)."""
        if show_unreviewed is None:
            show_unreviewed = settings.SHOW_UNREVIEWED_FACTS
        if not show_unreviewed:
            return self.filter(review_state=ReviewState.APPROVED).naming_visible()
        if min_confidence is None:
            min_confidence = settings.PUBLIC_MIN_CONFIDENCE
        shown = self.exclude(review_state=ReviewState.REJECTED).confident(min_confidence)
        return shown.naming_visible()

    def hidden(self):
        """The rows visible() leaves out, under the current settings: the complement.

        Named facts test "names nothing hidden" against this set, not "names only visible
        rows": the hidden rows are few (rejected ones, by default) and found through the
        review_state index, so the test costs a few index probes per listed row instead of a
        scan of every company and drug per query (issue 10: 395 ms against 6.5 ms).
        """
        condition = self._own_hidden_condition()
        for naming in self.naming_hidden_conditions():
            condition |= naming
        return self.filter(condition)

    def hidden_parts(self) -> list["ReviewedQuerySet"]:
        """hidden() as querysets whose union it is, each found through one index: the rows
        hidden themselves (review_state), then one per kind of hidden name (a drug's owner).

        A fact naming these rows tests each part on its own: an OR of the parts would read
        every row of the table to test it.
        """
        own = self.filter(self._own_hidden_condition())
        return [own, *(self.filter(naming) for naming in self.naming_hidden_conditions())]

    def _own_hidden_condition(self) -> models.Q:
        if not settings.SHOW_UNREVIEWED_FACTS:
            return ~models.Q(review_state=ReviewState.APPROVED)
        hidden = models.Q(review_state=ReviewState.REJECTED)
        minimum = settings.PUBLIC_MIN_CONFIDENCE
        if minimum > 0:
            unsure = ~models.Q(review_state=ReviewState.APPROVED) & ~self._sure(minimum)
            hidden |= unsure
        return hidden

    def naming_hidden_conditions(self) -> list[models.Exists]:
        """Conditions true for a row naming a hidden company or drug (each kind of name one).

        Each fact's queryset says which, as a correlated EXISTS against the (small) hidden()
        set: negated one by one (never NOT (a OR b), which PostgreSQL runs as a subplan per
        row) each becomes an anti-join, a few index probes per listed row instead of a scan
        of every party.
        """
        return []

    def naming_visible(self):
        """Drop rows that name a hidden company or drug (see naming_hidden_conditions).

        One rule for every page, export, feed and search: a fact naming a company or drug the
        public may not see is hidden with it, never shown with a name whose link is a 404.
        """
        return self.filter(*(~naming for naming in self.naming_hidden_conditions()))

    def _sure(self, minimum: float) -> models.Q:
        """True for a row whose confidence (see `confidence`) reaches `minimum`."""
        return models.Q(GreaterThanOrEqual(self.confidence(), minimum))

    def confidence(self) -> models.Func:
        """A fact's confidence as an expression: the highest its provenance rows record, -1
        when none records one.

        A scalar subquery, read per row through the provenance (content type, object) index:
        as `EXISTS (confidence >= minimum)` PostgreSQL costed it for every row of the table,
        not the few a page reads, and hashed all confident provenance first (500,000 rows:
        0.9 s for the home page's 8 latest events with PUBLIC_MIN_CONFIDENCE set).
        """
        # The fact's own `sources` relation (sources.Sourced) names the provenance model, so
        # core needs no import of the app above it.
        provenance = self.model._meta.get_field("sources").related_model
        highest = (
            provenance.objects.filter(
                content_type=ContentType.objects.get_for_model(self.model),
                object_id=models.OuterRef("pk"),
                confidence__isnull=False,
            )
            .order_by("-confidence")
            .values("confidence")[:1]
        )
        return Coalesce(
            models.Subquery(highest, output_field=models.FloatField()), models.Value(-1.0)
        )

    def confident(self, minimum: float):
        """Approved facts, and the others whose confidence reaches `minimum` (0 to 1).

        A fact's confidence is the highest its provenance rows record (one per document that
        states it); a fact with none recorded is below any minimum above 0.
        """
        if minimum <= 0:
            return self
        return self.filter(models.Q(review_state=ReviewState.APPROVED) | self._sure(minimum))

    def unreviewed(self):
        return self.filter(review_state=ReviewState.UNREVIEWED)


class KeyedName(models.Model):
    """A row found by its name folded into `key` on every save (`key_of`: names.fold, or
    names.name_key for company and drug names, which also drops legal suffixes)."""

    key_of = staticmethod(fold)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = self.key_of(self.name)
        super().save(*args, **kwargs)


class KnownByNames(models.Model):
    """A company or drug: known by its name and its `aliases`; deleted by a curator, it is
    tombstoned under each of them (apps/curation), so no release brings it back by any."""

    class Meta:
        abstract = True

    @classmethod
    def name_tombstone_key(cls, name: str) -> str:
        """ "company|<name_key>" or "drug|<name_key>": folded as the loader folds names."""
        return f"{cls._meta.model_name}|{name_key(name)}"

    def tombstone_keys(self) -> list[str]:
        """Curation's keys for this row once deleted: one per name it went by."""
        names = {self.name, *self.aliases.values_list("name", flat=True)}
        return sorted({self.name_tombstone_key(name) for name in names})


def appeared_indexes(name: str) -> list[models.Index]:
    """A Reviewed model's indexes for "new since" (apps/alerts/selectors.appeared): saved
    searches count and list the rows stored (created_at) or approved (reviewed_at) after a
    time. (created_at, id) also serves the digest's order, newest first; reviewed_at only
    holds reviewed rows (a `reviewed_at > t` test implies NOT NULL, so both databases use it).
    `name`: the model's name, short enough for 30 letters with "_reviewed"."""
    return [
        models.Index(fields=["created_at", "id"], name=f"{name}_created"),
        models.Index(
            fields=["reviewed_at"],
            name=f"{name}_reviewed",
            condition=models.Q(reviewed_at__isnull=False),
        ),
    ]


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
