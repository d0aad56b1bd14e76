"""What held when a deployment was attacked, kept tested: escaping, URL schemes, CSRF, roles.

Every text a release can carry (a title, a quote, a company or drug name, an indication, a
territory, an event summary) is rendered escaped on every public and admin page that shows
it; a `javascript:` website is refused; forged posts get 403; viewers write nothing.
"""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from apps.companies.models import Company
from apps.core.models import ReviewState
from apps.deals.models import Deal
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
    make_event,
    make_staff,
)

pytestmark = pytest.mark.django_db
PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>"
RAW = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>"]


@pytest.fixture
def hostile():
    """Every free text of every kind of fact carries the payload."""
    company = make_company(f"Evilcorp {PAYLOAD}")
    drug = make_drug(f"evilumab {PAYLOAD}", owner=company)
    deal = make_deal(
        parties=[company, make_company("Plain Partner AG")],
        drugs=[drug],
        territory=f"Greater China {PAYLOAD}",
        announced_on=dt.date(2024, 1, 5),
    )
    designation = make_designation(
        drug=drug, indication=f"lung cancer {PAYLOAD}", date=dt.date(2024, 2, 1)
    )
    event = make_event(
        company=company, summary=f"Opened a plant {PAYLOAD}", date=dt.date(2024, 3, 1)
    )
    quote = f"Evilcorp licensed evilumab {PAYLOAD} to Plain Partner AG."
    document = make_document(quote, title=f"Release {PAYLOAD}")
    for fact in (company, drug, deal, designation, event):
        cite(fact, document, quote)
    return {
        "company": company,
        "drug": drug,
        "deal": deal,
        "designation": designation,
        "event": event,
        "document": document,
    }


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def _assert_escaped(response, url):
    assert response.status_code == 200, url
    body = _body(response)
    for raw in RAW:
        assert raw not in body, url
    return body


def test_payloads_are_escaped_on_every_public_page_and_feed(client, hostile):
    urls = [
        reverse("timeline:home"),
        reverse("deals:deal_list"),
        hostile["deal"].get_absolute_url(),
        reverse("companies:company_list"),
        hostile["company"].get_absolute_url(),
        reverse("drugs:drug_list"),
        hostile["drug"].get_absolute_url(),
        reverse("regulatory:designation_list"),
        reverse("sources:document_list"),
        hostile["document"].get_absolute_url(),
        reverse("timeline:search") + "?q=evil",
        reverse("timeline:search") + "?q=" + PAYLOAD,
        reverse("deals:deal_feed"),
        reverse("regulatory:designation_feed"),
        reverse("companies:company_feed", args=[hostile["company"].slug]),
    ]
    shown = 0
    for url in urls:
        body = _assert_escaped(client.get(url), url)
        shown += "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert shown >= len(urls) - 3  # the payload really was on the pages, escaped


def test_payloads_are_escaped_on_every_admin_page(superuser_client, hostile):
    urls = [reverse("admin:review_queue"), reverse("admin:index")]
    for key in ("company", "drug", "deal", "designation", "event", "document"):
        opts = hostile[key]._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        urls += [
            reverse(f"{name}_changelist"),
            reverse(f"{name}_change", args=[hostile[key].pk]),
        ]
        if key != "document":
            urls.append(reverse(f"{name}_history", args=[hostile[key].pk]))
    for url in urls:
        _assert_escaped(superuser_client.get(url), url)


@pytest.mark.parametrize("website", ["javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_a_website_that_is_not_http_is_refused(superuser_client, website):
    company = make_company("Plain Co")
    url = reverse("admin:companies_company_change", args=[company.pk])
    from tests.curation.admin_forms import change_form_data

    data = {**change_form_data(superuser_client.get(url)), "website": website}
    response = superuser_client.post(url, data)
    assert response.status_code == 200
    assert "website" in response.context["adminform"].form.errors
    assert Company.objects.get(pk=company.pk).website == ""


@pytest.fixture
def csrf_client(db):
    """A logged-in curator whose browser was tricked into posting: no CSRF token."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_staff("mallory-target", "Curator"))
    return client


def test_forged_posts_are_refused_with_403_and_change_nothing(csrf_client, hostile):
    deal = hostile["deal"]
    company = hostile["company"]
    posts = [
        (reverse("admin:deals_deal_change", args=[deal.pk]), {"territory": "worldwide"}),
        (reverse("admin:deals_deal_review", args=[deal.pk, "approved"]), {}),
        (reverse("admin:deals_deal_delete", args=[deal.pk]), {"post": "yes"}),
        (reverse("admin:deals_deal_add"), {"type": "license"}),
        (
            reverse("admin:deals_deal_changelist"),
            {"action": "approve_selected", "_selected_action": [deal.pk]},
        ),
        (
            reverse("admin:companies_company_changelist"),
            {"action": "merge_selected", "_selected_action": [company.pk], "apply": "1"},
        ),
        (reverse("admin:review_queue"), {"state": "approved", "fact": f"deals.deal:{deal.pk}"}),
        (reverse("admin:sources_document_add"), {"text": "A pasted release."}),
        (reverse("admin:logout"), {}),
    ]
    for url, data in posts:
        assert csrf_client.post(url, data).status_code == 403, url
    deal.refresh_from_db()
    assert deal.review_state == ReviewState.UNREVIEWED and "worldwide" not in deal.territory
    assert Deal.objects.count() == 1


def test_a_viewer_can_run_no_action_and_review_nothing_from_the_queue(viewer_client, hostile):
    deal = hostile["deal"]
    changelist = reverse("admin:deals_deal_changelist")
    for action in ("approve_selected", "reject_selected", "unreview_selected", "delete_selected"):
        response = viewer_client.post(
            changelist, {"action": action, "_selected_action": [deal.pk], "post": "yes"}
        )
        assert response.status_code == 403, action
    queue = viewer_client.post(
        reverse("admin:review_queue"), {"state": "approved", "fact": f"deals.deal:{deal.pk}"}
    )
    assert queue.status_code == 403
    deal.refresh_from_db()
    assert deal.review_state == ReviewState.UNREVIEWED
    assert Deal.objects.filter(pk=deal.pk).exists()
