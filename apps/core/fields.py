"""Constraint helpers for the money pairs (amount + currency) every money-bearing model has."""

from django.db import models
from django.db.models import Q


def money_constraints(prefix: str, model_name: str) -> list[models.CheckConstraint]:
    """An amount is never negative and always has a currency; no amount, no currency."""
    amount, currency = f"{prefix}_amount", f"{prefix}_currency"
    return [
        models.CheckConstraint(
            condition=Q(**{f"{amount}__isnull": True}) | Q(**{f"{amount}__gte": 0}),
            name=f"{model_name}_{prefix}_not_negative",
        ),
        models.CheckConstraint(
            condition=(Q(**{f"{amount}__isnull": True}) & Q(**{currency: ""}))
            | (Q(**{f"{amount}__isnull": False}) & ~Q(**{currency: ""})),
            name=f"{model_name}_{prefix}_has_currency",
        ),
    ]


def money_amount_field() -> models.DecimalField:
    return models.DecimalField(max_digits=20, decimal_places=2, null=True, blank=True)


def currency_field() -> models.CharField:
    return models.CharField(max_length=3, blank=True, help_text="ISO 4217 code, e.g. USD")
