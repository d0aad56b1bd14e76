"""generate_synthetic: the sizes asked for, a realistic skew, and no mixing with real data."""

import statistics
from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

from apps.companies.models import Company, CompanyEvent
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
from apps.sources.models import Document, Provenance

SIZES = {"companies": 200, "deals": 300, "designations": 120, "events": 3000}


def generate(**extra):
    options = {**SIZES, "seed": 3, **extra}
    force = ["--force"] if options.pop("force", False) else []
    call_command(
        "generate_synthetic", *force, *[f"--{key}={value}" for key, value in options.items()]
    )


@pytest.mark.django_db(transaction=True)
def test_generator_writes_the_sizes_asked_for_with_a_skew_and_provenance_for_every_kind():
    generate()
    assert Company.objects.count() == 200
    assert Deal.objects.count() == 300
    assert Designation.objects.count() == 120
    assert CompanyEvent.objects.count() == 3000
    # Every deal has at least two parties, each a different company.
    parties = Counter(DealParty.objects.values_list("deal_id", flat=True))
    assert len(parties) == 300 and min(parties.values()) >= 2
    # A few companies hold many facts, most a handful.
    events = Counter(CompanyEvent.objects.values_list("company_id", flat=True))
    per_company = [events.get(pk, 0) for pk in Company.objects.values_list("pk", flat=True)]
    assert max(per_company) >= 3 * statistics.median(per_company)
    # Parents with subsidiaries; about half the deals priced; review states mixed.
    assert Company.objects.filter(parent__isnull=False).count() >= 2
    assert 0.35 < Deal.objects.filter(upfront_amount__isnull=False).count() / 300 < 0.65
    states = set(Deal.objects.values_list("review_state", flat=True))
    assert states == {"approved", "unreviewed", "rejected"}
    for model, count in [(Company, 200), (Drug, Drug.objects.count()), (Deal, 300),
                         (Designation, 120), (CompanyEvent, 3000)]:  # fmt: skip
        kind = ContentType.objects.get_for_model(model)
        assert Provenance.objects.filter(content_type=kind).count() == count
    # The same seed twice appends a second catalogue after the first.
    generate()
    assert Deal.objects.count() == 600
    assert Company.objects.values("slug").distinct().count() == 400


@pytest.mark.django_db(transaction=True)
def test_generator_refuses_a_database_holding_real_documents_unless_forced():
    Document.objects.create(title="A real release", text="Zorblax Bio licenses a drug.")
    with pytest.raises(CommandError, match="real document"):
        generate()
    assert Deal.objects.count() == 0
    generate(companies=5, deals=4, designations=2, events=6, force=True)
    assert Deal.objects.count() == 4
