"""Re-ingesting a document never undoes a curator: edits, reviews and deletions stay."""

import copy
import re

import pytest
from django.urls import reverse

from apps.companies.models import CompanyEvent
from apps.curation.models import Disagreement, Tombstone
from apps.curation.tombstones import fact_delete
from apps.deals.models import Deal
from apps.ingestion.loader import facts_sync
from apps.regulatory.models import Designation
from tests.factories import make_document
from tests.ingestion.test_loader import TEXT, extraction

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    document = make_document(TEXT)
    facts_sync(document=document, extraction=extraction())
    return document


def with_territory(territory: str) -> dict:
    changed = copy.deepcopy(extraction())
    changed["deals"][0]["territory"] = territory
    return changed


def test_an_approved_facts_fields_stay_and_the_new_value_becomes_a_disagreement(loaded):
    Deal.objects.update(review_state="approved")
    facts_sync(document=loaded, extraction=with_territory("worldwide"))
    deal = Deal.objects.get()
    assert (deal.territory, deal.review_state) == ("Greater China", "approved")
    row = Disagreement.objects.get(field="territory")
    assert (row.curator_value, row.extracted_value, row.document) == (
        "Greater China",
        "worldwide",
        loaded,
    )


def test_an_unreviewed_facts_fields_follow_the_extraction(loaded):
    facts_sync(document=loaded, extraction=with_territory("worldwide"))
    assert Deal.objects.get().territory == "worldwide"
    assert not Disagreement.objects.exists()


def test_a_rejected_fact_stays_rejected_and_is_not_duplicated(loaded):
    Deal.objects.update(review_state="rejected")
    facts_sync(document=loaded, extraction=extraction())
    assert list(Deal.objects.values_list("review_state", flat=True)) == ["rejected"]


def test_a_reviewed_deal_gets_no_new_drugs_the_curator_did_not_see(loaded):
    Deal.objects.update(review_state="approved")
    more = copy.deepcopy(extraction())
    more["deals"][0]["drugs"] = ["NW-101", "NW-202"]
    facts_sync(document=loaded, extraction=more)
    assert [d.name for d in Deal.objects.get().drugs.all()] == ["examplitinib"]
    assert Disagreement.objects.get(field="drugs").extracted_value == "NW-202; examplitinib"


def test_a_curator_edit_made_in_the_admin_survives_a_reingest(loaded, curator_client):
    from tests.curation.admin_forms import change_form_data

    deal = Deal.objects.get()
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = {**change_form_data(curator_client.get(url)), "territory": "Mainland China"}
    assert curator_client.post(url, data).status_code == 302
    facts_sync(document=loaded, extraction=extraction())
    assert Deal.objects.get().territory == "Mainland China"
    assert Disagreement.objects.get().extracted_value == "Greater China"


@pytest.mark.parametrize("model", [Deal, Designation, CompanyEvent])
def test_a_fact_a_curator_deleted_does_not_come_back(loaded, curator, model):
    fact_delete(fact=model.objects.get(), user=curator)
    facts_sync(document=loaded, extraction=extraction())
    assert not model.objects.exists()
    assert Tombstone.objects.get().deleted_by == curator


def test_lifting_the_tombstone_lets_the_next_ingest_bring_the_fact_back(loaded, curator):
    fact_delete(fact=Deal.objects.get(), user=curator)
    Tombstone.objects.all().delete()
    facts_sync(document=loaded, extraction=extraction())
    assert Deal.objects.count() == 1


def test_a_recap_without_indication_does_not_revive_a_deleted_designation(loaded, curator):
    Designation.objects.update(indication="chronic myeloid leukemia")
    fact_delete(fact=Designation.objects.get(), user=curator)
    facts_sync(document=make_document(TEXT + " Recap."), extraction=extraction())
    assert not Designation.objects.exists()


def test_deleting_in_the_admin_leaves_a_tombstone(loaded, curator_client):
    deal = Deal.objects.get()
    response = curator_client.post(
        reverse("admin:deals_deal_delete", args=[deal.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert Tombstone.objects.filter(label__startswith="License").exists()
    facts_sync(document=loaded, extraction=extraction())
    assert not Deal.objects.exists()


def test_bulk_deleting_in_the_admin_leaves_tombstones(loaded, curator_client):
    curator_client.post(
        reverse("admin:companies_companyevent_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": list(CompanyEvent.objects.values_list("pk", flat=True)),
            "post": "yes",
        },
    )
    assert Tombstone.objects.count() == 1
    facts_sync(document=loaded, extraction=extraction())
    assert not CompanyEvent.objects.exists()


def test_the_facts_change_page_shows_what_the_reingest_extracted_instead(loaded, curator_client):
    Deal.objects.update(review_state="approved")
    facts_sync(document=loaded, extraction=with_territory("worldwide"))
    deal = Deal.objects.get()
    page = curator_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    html = page.content.decode()
    assert "kept “Greater China”, extracted “worldwide”" in html
    resolve_link = re.search(r'href="([^"]+)">Resolve them', html).group(1).replace("&amp;", "&")
    listed = curator_client.get(resolve_link)
    assert [row.field for row in listed.context["cl"].result_list] == ["territory"]
    Disagreement.objects.update(resolved=True)
    page = curator_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    assert "extracted “worldwide”" not in page.content.decode()


def test_a_company_a_curator_deleted_stays_deleted_and_its_deals_keep_the_other_party(
    loaded, curator
):
    from apps.companies.models import Company
    from apps.drugs.models import Drug

    fact_delete(fact=Company.objects.get(name="Southbay Bio Inc."), user=curator)
    facts_sync(document=loaded, extraction=extraction())
    assert not Company.objects.by_name("Southbay Bio").exists()
    deal = Deal.objects.get()  # kept, with the party that is left
    assert [p.company.name for p in deal.parties.all()] == ["Northwind Therapeutics Co., Ltd."]
    assert Drug.objects.filter(name="examplitinib").exists()


def test_a_drug_a_curator_deleted_stays_deleted_and_deals_keep_their_other_terms(
    loaded, curator_client
):
    from apps.drugs.models import Drug

    drug = Drug.objects.get(name="examplitinib")
    response = curator_client.post(
        reverse("admin:drugs_drug_delete", args=[drug.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert set(Tombstone.objects.values_list("key", flat=True)) == {
        "drug|examplitinib",
        "drug|nw 101",
    }
    facts_sync(document=loaded, extraction=extraction())
    assert not Drug.objects.exists()
    assert not Designation.objects.exists()
    deal = Deal.objects.get()
    assert list(deal.drugs.all()) == []
    assert deal.territory == "Greater China"
