"""Hidden companies and drugs never show by name, and no public link leads to a 404.

The rule (ReviewedQuerySet.naming_visible): a fact that names a hidden company or drug is
hidden with it — a deal with a hidden party or drug, a designation of a hidden drug, an event
of a hidden company, a drug whose owner is hidden; a hidden parent reads as no parent. The
sweep below fetches every public page, export and feed and follows every link on the pages.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse

from apps.companies.models import Company
from apps.core.models import ReviewState
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
APPROVED, REJECTED = ReviewState.APPROVED, ReviewState.REJECTED
HIDDEN_NAMES = ["Rejectedco Pharma", "Draftco Bio", "rejectamab", "draftinib", "orphanumab"]


@pytest.fixture
def catalogue():
    """Approved facts naming hidden (rejected or unreviewed) companies and drugs, beside
    approved facts naming only approved ones."""
    shown = make_company("Visible Licensor Corp", review_state=APPROVED)
    partner = make_company("Visible Partner AG", review_state=APPROVED)
    rejected = make_company("Rejectedco Pharma", review_state=REJECTED)
    draft = make_company("Draftco Bio")
    shown_drug = make_drug("shownumab", owner=shown, review_state=APPROVED)
    rejected_drug = make_drug("rejectamab", owner=shown, review_state=REJECTED)
    draft_drug = make_drug("draftinib", owner=shown)
    orphan_drug = make_drug("orphanumab", owner=draft, review_state=APPROVED)
    make_company("Child Co", parent=rejected, review_state=APPROVED)
    day = dt.date(2024, 5, 1)
    facts = [
        make_deal(
            parties=[shown, partner], drugs=[shown_drug], announced_on=day, review_state=APPROVED
        ),
        make_deal(parties=[shown, rejected], announced_on=day, review_state=APPROVED),
        make_deal(parties=[shown, draft], announced_on=day, review_state=APPROVED),
        make_deal(
            parties=[shown, partner], drugs=[draft_drug], announced_on=day, review_state=APPROVED
        ),
        make_designation(drug=shown_drug, date=day, review_state=APPROVED),
        make_designation(drug=rejected_drug, date=day, review_state=APPROVED),
        make_designation(drug=orphan_drug, date=day, review_state=APPROVED),
        make_event(company=shown, date=day, summary="Opened a plant.", review_state=APPROVED),
        make_event(company=draft, date=day, summary="Raised money.", review_state=APPROVED),
    ]
    text = " ".join(f"Fact number {n} is stated here." for n in range(len(facts)))
    document = make_document(text, title="A release naming everyone", published_on=day)
    for number, fact in enumerate(facts):
        cite(fact, document, f"Fact number {number} is stated here.")
    return {"company": shown, "drug": shown_drug, "document": document, "facts": facts}


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def _pages(catalogue) -> list[str]:
    company, drug = catalogue["company"], catalogue["drug"]
    lists = [
        reverse("deals:deal_list"),
        reverse("regulatory:designation_list"),
        reverse("companies:company_list"),
        reverse("drugs:drug_list"),
        reverse("sources:document_list"),
        company.get_absolute_url(),
    ]
    pages = [reverse("timeline:home"), drug.get_absolute_url()]
    pages += [catalogue["document"].get_absolute_url()]
    pages += [f"{url}?format={fmt}" for url in lists for fmt in ("", "csv", "json")]
    pages += [company.get_absolute_url() + "?format=ics"]
    pages += [reverse("deals:deal_feed"), reverse("regulatory:designation_feed")]
    pages += [reverse("companies:company_feed", args=[company.slug])]
    pages += [reverse("timeline:search") + f"?q={name}" for name in HIDDEN_NAMES + ["Visible"]]
    return pages


def _sweep(client, catalogue, hidden_names):
    links = set()
    for url in _pages(catalogue):
        response = client.get(url)
        assert response.status_code == 200, url
        body = _body(response)
        if url.startswith(reverse("timeline:search")):
            searched = url.partition("?q=")[2]
            if searched in hidden_names:
                assert response.context["results"].total == 0, url
                body = body.replace(searched, "")  # the box and the heading repeat the query
        for name in hidden_names:
            assert name not in body, (url, name)
        if response["Content-Type"].startswith("text/html"):
            links |= set(re.findall(r'href="(/(?!static/|admin/)[^"#]*)', body))
    assert len(links) > 10
    for link in sorted(links):
        assert client.get(link.replace("&amp;", "&")).status_code == 200, link


def test_with_unreviewed_facts_hidden_no_page_export_or_feed_names_a_hidden_entity(
    client, settings, catalogue
):
    settings.SHOW_UNREVIEWED_FACTS = False
    _sweep(client, catalogue, HIDDEN_NAMES)
    page = client.get(reverse("deals:deal_list")).content.decode()
    assert "Visible Partner AG" in page and "shownumab" in page  # the control still shows
    assert "Opened a plant." in client.get(reverse("timeline:home")).content.decode()


def test_with_unreviewed_facts_shown_rejected_entities_still_never_show(
    client, settings, catalogue
):
    settings.SHOW_UNREVIEWED_FACTS = True
    _sweep(client, catalogue, ["Rejectedco Pharma", "rejectamab"])
    page = client.get(reverse("deals:deal_list")).content.decode()
    assert "Draftco Bio" in page and "draftinib" in page  # unreviewed: shown, marked as such


def test_facts_naming_hidden_entities_are_404s_not_pages(client, settings, catalogue):
    settings.SHOW_UNREVIEWED_FACTS = False
    shown, *hiding = catalogue["facts"][:4]
    assert client.get(shown.get_absolute_url()).status_code == 200
    for deal in hiding:
        assert client.get(deal.get_absolute_url()).status_code == 404


def test_a_hidden_parent_reads_as_no_parent(client, settings, catalogue):
    settings.SHOW_UNREVIEWED_FACTS = False
    child = client.get(Company.objects.get(name="Child Co").get_absolute_url())
    assert child.status_code == 200
    assert "Rejectedco" not in child.content.decode()
