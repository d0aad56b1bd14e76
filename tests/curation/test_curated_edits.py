"""What a curator changes in the admin is marked theirs, recorded in history and revertible."""

from decimal import Decimal

import pytest
from django.urls import reverse

from tests.curation.admin_forms import change_form_data
from tests.factories import make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db


def save(client, deal, **changes):
    """Post the deal's change page back as a curator would, with these changes."""
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = {**change_form_data(client.get(url)), **changes}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    deal.refresh_from_db()


def test_fields_a_curator_changes_are_marked_curated_and_untouched_ones_are_not(curator_client):
    deal = make_deal(territory="China")
    save(curator_client, deal, territory="Greater China")
    assert deal.territory == "Greater China"
    assert deal.curated_fields == ["territory"]


def test_a_date_edit_also_keeps_its_precision_and_m2m_edits_count(curator_client):
    deal = make_deal()
    drug = make_drug()
    save(curator_client, deal, announced_on="2024-03-03", drugs=[drug.pk])
    assert set(deal.curated_fields) == {"announced_on", "announced_precision", "drugs"}
    assert list(deal.drugs.all()) == [drug]


def test_editing_the_parties_inline_makes_the_parties_curated(curator_client):
    deal = make_deal()
    other = make_company()
    save(curator_client, deal, **{"parties-1-company": str(other.pk)})
    assert other in [p.company for p in deal.parties.all()]
    assert deal.curated_fields == ["parties"]


def test_saving_without_changes_curates_nothing(curator_client):
    deal = make_deal(territory="China")
    save(curator_client, deal)
    assert deal.curated_fields == []


def test_every_change_is_in_the_history_with_who_and_what(curator_client, curator):
    deal = make_deal(territory="China")
    save(curator_client, deal, territory="Greater China")
    latest, before = deal.history.all()[:2]
    assert latest.history_user == curator
    delta = latest.diff_against(before)
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "territory"] == [
        ("territory", "China", "Greater China")
    ]
    history_page = curator_client.get(reverse("admin:deals_deal_history", args=[deal.pk]))
    assert history_page.status_code == 200
    assert curator.username in history_page.content.decode()


def test_a_change_is_reverted_from_the_history(curator_client):
    deal = make_deal(territory="China")
    first = deal.history.earliest()
    save(curator_client, deal, territory="Greater China")
    url = reverse("admin:deals_deal_simple_history", args=[deal.pk, first.history_id])
    form_page = curator_client.get(url)
    assert form_page.status_code == 200
    form = form_page.context["adminform"].form
    posted = {
        name: value
        for name, value in (
            (name, form[name].value()) for name in form.fields if form[name].value() is not None
        )
    }
    response = curator_client.post(url, posted)
    assert response.status_code == 302
    deal.refresh_from_db()
    assert deal.territory == "China"
    assert deal.history.count() == 3  # made, edited, reverted


def test_a_currency_typed_in_lower_case_is_saved_upper_case(curator_client):
    deal = make_deal(upfront_amount=Decimal("5000000"), upfront_currency="EUR")
    save(curator_client, deal, upfront_currency=" usd ")
    assert deal.upfront_currency == "USD"


@pytest.mark.parametrize("typed", ["US$", "RMB", "usx"])
def test_a_currency_that_is_not_iso_4217_is_a_form_error_and_nothing_changes(curator_client, typed):
    deal = make_deal(upfront_amount=Decimal("5000000"), upfront_currency="EUR")
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = {**change_form_data(curator_client.get(url)), "upfront_currency": typed}
    response = curator_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "is not an ISO 4217 currency code" in errors["upfront_currency"][0]
    deal.refresh_from_db()
    assert deal.upfront_currency == "EUR"


def test_an_amount_marked_not_disclosed_is_a_form_error_on_the_flag(curator_client):
    deal = make_deal(milestones_amount=Decimal("9000000"), milestones_currency="USD")
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = {**change_form_data(curator_client.get(url)), "milestones_disclosed": "false"}
    response = curator_client.post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "disclosed" in errors["milestones_disclosed"][0]
    deal.refresh_from_db()
    assert deal.milestones_disclosed is True
