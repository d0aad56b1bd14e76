from django.db import models


class FactChange(models.Model):
    """A committed write to a fact table, recorded by a database trigger (apps/analytics/
    freshness.py): the analytics cache's version is the sum of `weight` over these rows.

    PostgreSQL writes one row per writing transaction (`txid`, statement triggers); SQLite one
    per written row (no txid). Rows are only inserted, never updated, so writers never wait on
    each other here; `freshness.facts_version` folds old rows into one row of their summed
    weight, which keeps the sum.
    """

    txid = models.BigIntegerField(null=True, unique=True)
    weight = models.BigIntegerField(default=1)

    def __str__(self) -> str:
        return f"change {self.pk} (txid {self.txid}, weight {self.weight})"
