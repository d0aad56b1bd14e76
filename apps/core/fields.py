"""Constraint helpers for the money pairs (amount + currency) every money-bearing model has."""

from django import forms
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Length, Substr, Upper
from django.db.models.lookups import Exact, GreaterThanOrEqual, LessThanOrEqual

from .money import currency_normalise, validate_currency_code


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
        currency_code_constraint(currency, f"{model_name}_{prefix}_currency_code"),
    ]


def currency_code_constraint(field: str, name: str) -> models.CheckConstraint:
    """Empty, or three upper-case letters A-Z: "usd" and "US$" never reach the table.

    Written with Substr/Upper rather than a regex so SQLite checks it without Django's REGEXP
    function. Which three letters are a currency (ISO 4217) is the form's and full_clean's check.
    """
    letters = [
        GreaterThanOrEqual(Substr(field, i, 1), Value("A"))
        & LessThanOrEqual(Substr(field, i, 1), Value("Z"))
        for i in (1, 2, 3)
    ]
    code = Exact(Length(field), 3) & Exact(Upper(field), models.F(field))
    for letter in letters:
        code &= letter
    return models.CheckConstraint(condition=Q(**{field: ""}) | code, name=name)


class CurrencyFormField(forms.CharField):
    """Reads " usd " as "USD"; the model field's validator then checks the ISO list."""

    def to_python(self, value):
        return currency_normalise(super().to_python(value))


class CurrencyField(models.CharField):
    """An ISO 4217 code, or empty when there is no amount."""

    default_validators = [validate_currency_code]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("help_text", "ISO 4217 code, e.g. USD")
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CurrencyFormField, **kwargs})


def money_amount_field() -> models.DecimalField:
    return models.DecimalField(max_digits=20, decimal_places=2, null=True, blank=True)


def currency_field() -> CurrencyField:
    return CurrencyField()
