"""The admin's history of a fact reads in plain words: no Python reprs, no shortened lists."""

from decimal import Decimal

import pytest
from django.urls import reverse

from tests.curation.admin_forms import change_form_data
from tests.factories import make_deal

pytestmark = pytest.mark.django_db


def history_page(client, deal) -> str:
    response = client.get(reverse("admin:deals_deal_history", args=[deal.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def edited_deal(curator_client):
    """A deal a curator edited (two money fields) and then approved from its page."""
    deal = make_deal(territory="China")
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = {
        **change_form_data(curator_client.get(url)),
        "upfront_amount": "25000000",
        "upfront_currency": "USD",
        "upfront_disclosed": "true",
        "territory": "Greater China",
    }
    assert curator_client.post(url, data).status_code == 302
    curator_client.post(reverse("admin:deals_deal_review", args=[deal.pk, "approved"]))
    deal.refresh_from_db()
    assert deal.upfront_amount == Decimal("25000000") and deal.review_state == "approved"
    return deal


def test_history_names_curated_fields_in_words_without_shortening(curator_client, edited_deal):
    page = history_page(curator_client, edited_deal)
    assert "chars]" not in page  # "[upfr[23 chars]rency]"
    assert "Upfront amount, Upfront currency" in page or "Territory, Upfront amount" in page


def test_history_shows_no_placeholder_reprs_for_empty_values(curator_client, edited_deal):
    page = history_page(curator_client, edited_deal)
    assert "Deleted user" not in page and "pk=None" not in page
    assert ">None<" not in page.replace(" ", "").replace("\n", "")
    assert "curator" in page  # who reviewed it, by name
