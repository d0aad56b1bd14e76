"""A company means its group: subsidiaries' facts on its pages, lists and search results."""

import datetime as dt

import pytest
from django.urls import reverse

from apps.companies.models import Company
from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(db):
    """Parent -> child -> grandchild, each with a fact of its own."""
    parent = make_company("Oberlin Holdings")
    child = make_company("Oberlin Therapeutics", parent=parent)
    grandchild = make_company("Oberlin Suzhou Biotech", parent=child)
    drug = make_drug("oberlimab", owner=grandchild)
    make_designation(drug=drug, date=dt.date(2023, 4, 1))
    make_deal(parties=[child, make_company("Kestrel Partner")], announced_on=dt.date(2022, 1, 1))
    make_event(company=grandchild, summary="Opened the Suzhou site", date=dt.date(2021, 1, 1))
    return parent, child, grandchild


def test_the_family_at_any_depth_is_one_recursive_query(group, django_assert_num_queries):
    parent, child, grandchild = group
    make_company("Someone Else")
    with django_assert_num_queries(1):
        ids = Company.objects.family_ids([parent.pk])
    assert ids == sorted([parent.pk, child.pk, grandchild.pk])


def test_a_parent_loop_made_by_mistake_ends(group):
    parent, child, grandchild = group
    Company.objects.filter(pk=parent.pk).update(parent=grandchild)
    assert len(Company.objects.family_ids([child.pk])) == 3


def test_the_parents_page_shows_its_subsidiaries_facts_labelled(client, group):
    parent, _child, _grandchild = group
    page = client.get(parent.get_absolute_url()).content.decode()
    assert "Kestrel Partner" in page  # the child's deal
    assert "Opened the Suzhou site" in page
    assert "via Oberlin Suzhou Biotech" in page
    assert 'oberlimab</a> <span class="muted">(via Oberlin Suzhou Biotech)</span>' in page
    alone = client.get(parent.get_absolute_url(), {"subsidiaries": "off"}).content.decode()
    assert "Kestrel Partner" not in alone and "oberlimab" not in alone


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/deals/", "Kestrel Partner"),
        ("/designations/", "oberlimab"),
        ("/drugs/", "oberlimab"),
    ],
)
def test_company_on_every_list_means_the_group_unless_switched_off(client, group, path, shown):
    parent = group[0]
    assert shown in client.get(path, {"company": parent.slug}).content.decode()
    alone = client.get(path, {"company": parent.slug, "subsidiaries": "off"})
    assert alone.status_code == 200
    assert shown not in alone.content.decode()


def test_search_for_a_parent_lists_its_familys_drugs_and_deals(client, group):
    page = client.get(reverse("timeline:search"), {"q": "Oberlin Holdings"}).content.decode()
    assert "oberlimab" in page
    assert "Kestrel Partner" in page
