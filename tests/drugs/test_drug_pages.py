import datetime as dt
import re

import pytest
from django.urls import reverse

from apps.core.dates import DatePrecision
from apps.core.models import ReviewState
from apps.drugs.models import Drug, Target
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
)

pytestmark = pytest.mark.django_db
DRUGS = reverse("drugs:drug_list")


def names(client, **params):
    return [
        row["name"] for row in client.get(DRUGS, {**params, "format": "json"}).json()["results"]
    ]


def test_drugs_are_found_by_name_or_code_name(client):
    drug = make_drug("olverembatinib")
    drug.aliases.create(name="HQP1351")
    make_drug("osimertinib")
    assert names(client, q="HQP1351") == ["olverembatinib"]
    assert names(client, q="hqp") == ["olverembatinib"]
    assert names(client, q="olverem") == ["olverembatinib"]


def test_drug_list_filters_by_owner_and_modality(client, company):
    make_drug("mine-mab", owner=company, modality=Drug.Modality.ANTIBODY)
    make_drug("mine-nib", owner=company, modality=Drug.Modality.SMALL_MOLECULE)
    make_drug("theirs-mab", modality=Drug.Modality.ANTIBODY)
    assert names(client, company=company.slug, modality="antibody") == ["mine-mab"]


def test_drug_page_puts_each_agencys_designations_side_by_side(client, company):
    drug = make_drug("olverembatinib", owner=company)
    drug.targets.add(Target.objects.create(name="BCR-ABL"))
    make_designation(
        drug=drug,
        agency="FDA",
        type="orphan_drug",
        date=dt.date(2020, 5, 1),
        date_precision=DatePrecision.MONTH,
    )
    make_designation(
        drug=drug,
        agency="NMPA",
        type="priority_review",
        date=dt.date(2020, 10, 1),
        date_precision=DatePrecision.MONTH,
    )
    make_designation(drug=drug, agency="EMA", type="prime", review_state=ReviewState.REJECTED)
    page = client.get(drug.get_absolute_url()).content.decode()
    assert page.index(">FDA</h3>") < page.index("Orphan drug") < page.index(">NMPA</h3>")
    assert page.index(">NMPA</h3>") < page.index("Priority review")
    assert "October 2020" in page and "May 2020" in page
    assert ">EMA</h3>" not in page  # its only designation was rejected
    assert "BCR-ABL" in page
    assert company.name in page


def test_drug_page_lists_the_deals_that_name_it(client):
    drug = make_drug("examplimab")
    make_deal(parties=[make_company("Licensee Co"), make_company()], drugs=[drug])
    make_deal(parties=[make_company("Unrelated Co"), make_company()])
    page = client.get(drug.get_absolute_url()).content.decode()
    assert "Licensee Co" in page
    assert "Unrelated Co" not in page


def test_drug_list_queries_do_not_grow_with_the_number_of_drugs(
    client, company, django_assert_max_num_queries
):
    target = Target.objects.create(name="EGFR")
    for number in range(30):
        make_drug(f"drug-{number}", owner=company).targets.add(target)
    with django_assert_max_num_queries(8):
        response = client.get(DRUGS)
    assert response.content.decode().count("EGFR") == 30


def test_drug_page_queries_do_not_grow_with_its_designations_and_deals(
    client, company, django_assert_max_num_queries
):
    drug = make_drug("busy-mab", owner=company)
    for number in range(10):
        make_designation(drug=drug, agency="FDA", type="other", indication=f"use {number}")
        make_deal(parties=[make_company(f"Partner {number} AG"), make_company()], drugs=[drug])
    with django_assert_max_num_queries(12):
        page = client.get(drug.get_absolute_url()).content.decode()
    for number in range(10):
        assert f"use {number}<" in page
        assert f"Partner {number} AG" in page
    assert page.count('id="designation-') == 10


def test_drug_page_shows_its_newest_deals_and_links_the_rest(client, django_assert_max_num_queries):
    """A drug named in many deals shows the 10 newest and a link to the deal list filtered by
    it, which lists them all; its designations link their sources without reading them."""
    from apps.timeline.views import DRUG_PAGE_DEALS

    drug = make_drug("crowded-mab")
    for day in range(DRUG_PAGE_DEALS + 3):
        make_deal(
            parties=[make_company(f"Partner {day:02d} AG"), make_company()],
            drugs=[drug],
            announced_on=dt.date(2020, 1, 1) + dt.timedelta(days=day),
        )
    make_deal(parties=[make_company("Unrelated AG"), make_company()])
    document = make_document("The FDA granted crowded-mab orphan drug designation.")
    designation = make_designation(drug=drug, agency="FDA", type="orphan_drug")
    source = cite(designation, document, "orphan drug designation")
    with django_assert_max_num_queries(12):
        page = client.get(drug.get_absolute_url()).content.decode()
    shown = sorted(set(re.findall(r"Partner (\d\d) AG", page)))
    assert shown == [f"{day:02d}" for day in range(3, DRUG_PAGE_DEALS + 3)]  # the newest 10
    assert "All deals naming crowded-mab" in page
    link = re.search(rf'href="([^"]*\?drug={drug.slug})"', page).group(1)
    listed = client.get(f"{link}&format=json").json()
    assert listed["count"] == DRUG_PAGE_DEALS + 3
    assert f'href="{document.get_absolute_url()}#quote-{source.pk}"' in page


def test_a_drug_with_few_deals_shows_them_all_without_a_link(client):
    drug = make_drug("quiet-mab")
    make_deal(parties=[make_company("Only Partner AG"), make_company()], drugs=[drug])
    page = client.get(drug.get_absolute_url()).content.decode()
    assert "Only Partner AG" in page
    assert "All deals naming" not in page


def test_unknown_drug_is_a_404(client):
    assert client.get(reverse("drugs:drug_detail", args=["nothing"])).status_code == 404
