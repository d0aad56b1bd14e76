"""Roles: Curators edit and review, Viewers only look, anonymous users reach nothing."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import make_company, make_deal, make_designation, make_document, make_drug

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each():
    company = make_company()
    drug = make_drug(owner=company)
    return {
        "companies.company": company,
        "drugs.drug": drug,
        "deals.deal": make_deal(parties=[company, make_company()]),
        "regulatory.designation": make_designation(drug=drug),
        "sources.document": make_document(),
    }


def admin_name(label: str, view: str) -> str:
    app_label, model_name = label.split(".")
    return f"admin:{app_label}_{model_name}_{view}"


def test_the_migration_creates_both_groups_with_their_permissions(viewer, curator):
    curator = set(Group.objects.get(name="Curator").permissions.values_list("codename", flat=True))
    viewer = set(Group.objects.get(name="Viewer").permissions.values_list("codename", flat=True))
    assert {"change_deal", "delete_company", "add_drug", "view_designation"} <= curator
    assert {"view_deal", "view_company", "view_drug", "view_designation"} <= viewer
    assert all(codename.startswith("view_") for codename in viewer)


def test_a_viewer_can_read_every_page(viewer_client, one_of_each):
    for label, obj in one_of_each.items():
        assert viewer_client.get(reverse(admin_name(label, "changelist"))).status_code == 200
        assert (
            viewer_client.get(reverse(admin_name(label, "change"), args=[obj.pk])).status_code
            == 200
        )


def test_a_viewer_cannot_change_add_delete_or_review_anything(viewer_client, one_of_each):
    for label, obj in one_of_each.items():
        change = reverse(admin_name(label, "change"), args=[obj.pk])
        assert viewer_client.post(change, {"name": "Hacked"}).status_code == 403, label
        assert viewer_client.post(reverse(admin_name(label, "add")), {}).status_code == 403
        delete = reverse(admin_name(label, "delete"), args=[obj.pk])
        assert viewer_client.post(delete, {"post": "yes"}).status_code == 403
    deal = one_of_each["deals.deal"]
    review = reverse("admin:deals_deal_review", args=[deal.pk, "approved"])
    assert viewer_client.post(review).status_code == 403
    deal.refresh_from_db()
    assert deal.review_state == "unreviewed"
    assert viewer_client.get(reverse("admin:deals_deal_import")).status_code == 403


def test_a_viewer_sees_no_approve_button(viewer_client, one_of_each):
    deal = one_of_each["deals.deal"]
    page = viewer_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    assert 'value="Approve"' not in page.content.decode()


def test_a_curator_can_change_and_review(curator_client, one_of_each):
    deal = one_of_each["deals.deal"]
    page = curator_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    assert 'value="Approve"' in page.content.decode()
    assert curator_client.get(reverse("admin:deals_deal_import")).status_code == 200


def test_an_anonymous_user_reaches_no_admin_page(client, one_of_each):
    urls = [reverse("admin:index"), reverse("admin:review_queue")]
    for model in admin.site._registry:
        opts = model._meta
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    for label, obj in one_of_each.items():
        urls.append(reverse(admin_name(label, "change"), args=[obj.pk]))
        urls.append(reverse(admin_name(label, "history"), args=[obj.pk]))
    login = reverse("admin:login")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(login), url
    deal = one_of_each["deals.deal"]
    response = client.post(reverse("admin:deals_deal_review", args=[deal.pk, "approved"]))
    assert response.status_code == 302 and response.url.startswith(login)
