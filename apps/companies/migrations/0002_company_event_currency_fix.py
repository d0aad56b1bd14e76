"""Existing events meet the currency check added next: codes upper case."""

from django.db import migrations

SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "RMB": "CNY", "HK$": "HKD"}


def fix(apps, schema_editor):
    CompanyEvent = apps.get_model("companies", "CompanyEvent")
    unfixable = []
    for pk, text in CompanyEvent.objects.exclude(amount_currency="").values_list(
        "pk", "amount_currency"
    ):
        code = SYMBOLS.get(text.strip().upper(), text.strip().upper())
        if len(code) != 3 or not all("A" <= letter <= "Z" for letter in code):
            unfixable.append(f"event {pk}: {text!r}")
        elif code != text:
            CompanyEvent.objects.filter(pk=pk).update(amount_currency=code)
    if unfixable:
        raise RuntimeError(
            "Set these currencies to ISO 4217 codes in the admin, then migrate again: "
            + "; ".join(unfixable)
        )


class Migration(migrations.Migration):
    dependencies = [("companies", "0001_initial")]

    operations = [migrations.RunPython(fix, migrations.RunPython.noop)]
