"""Existing rows meet the checks added next: currency codes upper case, priced terms disclosed."""

from django.db import migrations
from django.db.models import Q

TERMS = ("upfront", "milestones", "total_value", "value")
DISCLOSED_TERMS = ("upfront", "milestones")
# What curators typed before the form checked it; anything else stops the migration by name.
SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "RMB": "CNY", "HK$": "HKD"}


def code_for(text: str) -> str:
    text = text.strip()
    return SYMBOLS.get(text.upper(), text.upper())


def is_code(text: str) -> bool:
    return text == "" or (len(text) == 3 and all("A" <= letter <= "Z" for letter in text))


def fix(apps, schema_editor):
    Deal = apps.get_model("deals", "Deal")
    unfixable = []
    for term in TERMS:
        field = f"{term}_currency"
        for pk, text in Deal.objects.exclude(**{field: ""}).values_list("pk", field):
            code = code_for(text)
            if not is_code(code):
                unfixable.append(f"deal {pk}: {field} {text!r}")
            elif code != text:
                Deal.objects.filter(pk=pk).update(**{field: code})
    if unfixable:
        raise RuntimeError(
            "Set these currencies to ISO 4217 codes in the admin, then migrate again: "
            + "; ".join(unfixable)
        )
    for term in DISCLOSED_TERMS:
        Deal.objects.filter(
            Q(**{f"{term}_amount__isnull": False}) & ~Q(**{f"{term}_disclosed": True})
        ).update(**{f"{term}_disclosed": True})


class Migration(migrations.Migration):
    dependencies = [("deals", "0004_deal_headline_value_fill")]

    # Nothing to undo: upper-cased codes and set flags are what the rows meant.
    operations = [migrations.RunPython(fix, migrations.RunPython.noop)]
