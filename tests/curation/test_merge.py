"""Merging duplicates: everything follows the survivor, nothing points at a deleted row."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from apps.companies.models import Company, CompanyAlias, CompanyEvent, Listing
from apps.curation.merges import company_merge, drug_merge
from apps.curation.models import Disagreement
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Drug, DrugAlias
from apps.regulatory.models import Designation
from apps.sources.models import Provenance
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
)

pytestmark = pytest.mark.django_db


def dangling(model, ids) -> list[str]:
    """Rows anywhere that still point at these deleted ids of this model."""
    content_type = ContentType.objects.get_for_model(model)
    found = []
    for generic in (Provenance, Disagreement):
        rows = generic.objects.filter(content_type=content_type, object_id__in=ids)
        found += [f"{generic.__name__} {row.pk}" for row in rows]
    if model is Company:
        for related, field in [
            (CompanyAlias, "company"),
            (Listing, "company"),
            (DealParty, "company"),
            (CompanyEvent, "company"),
            (Drug, "owner"),
            (Company, "parent"),
        ]:
            rows = related.objects.filter(**{f"{field}_id__in": ids})
            found += [f"{related.__name__} {row.pk}" for row in rows]
    if model is Drug:
        found += [f"DrugAlias {a.pk}" for a in DrugAlias.objects.filter(drug_id__in=ids)]
        found += [f"Designation {d.pk}" for d in Designation.objects.filter(drug_id__in=ids)]
        found += [f"Deal {d.pk}" for d in Deal.objects.filter(drugs__id__in=ids)]
    return found


@pytest.fixture
def two_ascentages():
    """One company entered twice, each copy with its own names, links and quotes."""
    document = make_document("Ascentage Pharma (6855.HK) and 亞盛醫藥集團 announced news.")
    survivor = make_company("Ascentage Pharma Group International")
    duplicate = make_company("亞盛醫藥集團")
    CompanyAlias.objects.create(company=duplicate, name="Ascentage Pharma Group International")
    Listing.objects.create(company=duplicate, symbol="6855", exchange="HK")
    partner = make_company("Partner Bio")
    shared = make_deal(parties=[survivor, partner], roles=["licensor", "licensee"])
    DealParty.objects.create(deal=shared, company=duplicate, role="licensor")
    own = make_deal(parties=[duplicate, partner], type="collaboration")
    drug = make_drug("olverembatinib", owner=duplicate)
    event = make_event(company=duplicate)
    subsidiary = make_company("Ascentage Sub", parent=duplicate)
    cite(survivor, document, "Ascentage Pharma (6855.HK)")
    cite(duplicate, document, "亞盛醫藥集團")  # same document: the survivor keeps one row
    other_document = make_document("Only the duplicate is named here: 亞盛醫藥集團.")
    cite(duplicate, other_document, "亞盛醫藥集團")
    return {
        "survivor": survivor,
        "duplicate": duplicate,
        "shared": shared,
        "own": own,
        "drug": drug,
        "event": event,
        "subsidiary": subsidiary,
        "documents": (document, other_document),
    }


def test_a_company_merge_moves_everything_and_leaves_nothing_dangling(two_ascentages, curator):
    facts = two_ascentages
    survivor, duplicate = facts["survivor"], facts["duplicate"]
    company_merge(survivor=survivor, others=[duplicate], user=curator)

    assert not Company.objects.filter(pk=duplicate.pk).exists()
    assert dangling(Company, [duplicate.pk]) == []
    assert set(survivor.aliases.values_list("name", flat=True)) == {
        "Ascentage Pharma Group International",
        "亞盛醫藥集團",
    }
    assert [str(listing) for listing in survivor.listings.all()] == ["6855.HK"]
    assert facts["shared"].parties.filter(company=survivor).count() == 1  # deduplicated
    assert facts["own"].parties.filter(company=survivor).exists()
    facts["drug"].refresh_from_db()
    facts["event"].refresh_from_db()
    facts["subsidiary"].refresh_from_db()
    assert facts["drug"].owner == survivor
    assert facts["event"].company == survivor
    assert facts["subsidiary"].parent == survivor
    assert sorted(r.document_id for r in Provenance.objects.for_fact(survivor)) == sorted(
        d.pk for d in facts["documents"]
    )
    assert Company.objects.by_name("亞盛醫藥集團").get() == survivor


def test_a_merge_is_recorded_in_history_and_the_admin_log(two_ascentages, curator):
    survivor, duplicate = two_ascentages["survivor"], two_ascentages["duplicate"]
    company_merge(survivor=survivor, others=[duplicate], user=curator)
    latest = survivor.history.latest()
    assert latest.history_user == curator
    assert f"id {duplicate.pk}" in latest.history_change_reason
    gone = Company.history.filter(id=duplicate.pk).latest()
    assert gone.history_type == "-"
    assert gone.history_change_reason.startswith("merged into")
    assert LogEntry.objects.get(object_id=str(survivor.pk)).user == curator


def test_a_merge_that_fails_midway_changes_nothing(two_ascentages, monkeypatch):
    survivor, duplicate = two_ascentages["survivor"], two_ascentages["duplicate"]

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("apps.curation.merges.merge_record", broken)
    with pytest.raises(RuntimeError):
        company_merge(survivor=survivor, others=[duplicate])
    assert duplicate.aliases.count() == 2
    assert duplicate.listings.count() == 1
    assert Provenance.objects.for_fact(duplicate).count() == 2


def test_a_company_filed_under_its_own_duplicate_is_not_made_its_own_parent(curator):
    parent = make_company("Holding Ltd.")
    duplicate = make_company("Survivor copy", parent=parent)
    survivor = make_company("Survivor", parent=duplicate)
    company_merge(survivor=survivor, others=[duplicate], user=curator)
    survivor.refresh_from_db()
    assert survivor.parent == parent


def test_a_drug_merge_moves_names_designations_deals_and_quotes(curator):
    document = make_document("HQP1351, now olverembatinib, got an FDA orphan drug designation.")
    survivor = make_drug("olverembatinib")
    duplicate = make_drug("HQP1351")
    twin_here = make_designation(drug=survivor, agency="FDA", type="orphan_drug")
    twin_there = make_designation(drug=duplicate, agency="FDA", type="orphan_drug")
    only_there = make_designation(drug=duplicate, agency="NMPA", type="breakthrough_therapy")
    cite(twin_there, document, "FDA orphan drug designation")
    deal = make_deal(drugs=[duplicate])
    cite(duplicate, document, "HQP1351")
    Disagreement.record(fact=duplicate, field="modality", extracted="antibody", document=document)

    drug_merge(survivor=survivor, others=[duplicate], user=curator)

    assert dangling(Drug, [duplicate.pk]) == []
    assert set(survivor.aliases.values_list("name", flat=True)) == {"olverembatinib", "HQP1351"}
    assert set(survivor.designations.all()) == {twin_here, only_there}
    assert [r.quote for r in Provenance.objects.for_fact(twin_here)] == [
        "FDA orphan drug designation"
    ]
    assert list(deal.drugs.all()) == [survivor]
    assert Disagreement.objects.get().object_id == survivor.pk
    assert Drug.objects.by_name("hqp1351").get() == survivor


def test_the_merge_action_asks_for_the_survivor_then_merges(curator_client):
    first, second = make_company("Acme Bio"), make_company("ACME Biotech")
    url = reverse("admin:companies_company_changelist")
    assert "merge_selected" in _action_names(curator_client, url)
    selection = {"action": "merge_selected", "_selected_action": [first.pk, second.pk]}
    confirm = curator_client.post(url, selection)
    assert confirm.status_code == 200
    assert 'name="survivor"' in confirm.content.decode()
    assert Company.objects.count() == 2

    done = curator_client.post(url, {**selection, "apply": "1", "survivor": second.pk})
    assert done.status_code == 302
    assert list(Company.objects.all()) == [second]
    assert set(second.aliases.values_list("name", flat=True)) == {"Acme Bio", "ACME Biotech"}


def test_a_viewer_cannot_merge(viewer_client):
    first, second = make_company(), make_company()
    url = reverse("admin:companies_company_changelist")
    response = viewer_client.post(
        url,
        {
            "action": "merge_selected",
            "_selected_action": [first.pk, second.pk],
            "apply": "1",
            "survivor": first.pk,
        },
    )
    assert response.status_code == 403
    assert "merge_selected" not in _action_names(viewer_client, url)
    assert Company.objects.count() == 2


def _action_names(client, url) -> list[str]:
    form = client.get(url).context["action_form"]
    if form is None:
        return []  # no action this user may run
    return [value for value, _ in form.fields["action"].choices if value]


def test_a_deleted_fact_of_a_merged_duplicate_stays_deleted_on_reingest(curator):
    from apps.curation.tombstones import fact_delete
    from apps.ingestion.loader import facts_sync
    from tests.ingestion.test_loader import TEXT, extraction

    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    northwind = Company.objects.get(name__startswith="Northwind")
    copy = make_company("Northwind Therapeutics (copy)")
    fact_delete(fact=Deal.objects.get(), user=curator)
    fact_delete(fact=CompanyEvent.objects.get(), user=curator)
    company_merge(survivor=copy, others=[northwind], user=curator)

    facts_sync(document=document, extraction=extraction())
    assert Company.objects.by_name("Northwind").get() == copy
    assert not Deal.objects.exists()
    assert not CompanyEvent.objects.exists()
