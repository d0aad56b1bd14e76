"""visible() and hidden(): exact complements, and the naming rule probes indexes row by row.

The hidden-names rule (a fact naming a hidden company or drug is hidden too) used to read
every company and drug for each list query; it now tests each listed row against the small
hidden() set through indexes (issue 10).
"""

import json

import pytest
from django.db import connection

from apps.companies.models import Company, CompanyEvent
from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.drugs.models import Drug
from apps.regulatory.models import Designation
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

APPROVED, REJECTED, UNREVIEWED = ReviewState.APPROVED, ReviewState.REJECTED, ReviewState.UNREVIEWED


@pytest.fixture
def catalogue():
    """Facts naming visible, rejected and unreviewed (one of them sure) companies and drugs."""
    shown = make_company(review_state=APPROVED)
    rejected = make_company(review_state=REJECTED)
    unsure = make_company(review_state=UNREVIEWED)
    sure = make_company(review_state=UNREVIEWED)
    document = make_document("Invented release naming a company.")
    provenance = cite(sure, document, "naming a company")
    provenance.confidence = 0.9
    provenance.save()
    drugs = {
        "free": make_drug(review_state=APPROVED),
        "rejected": make_drug(review_state=REJECTED),
        "of_rejected": make_drug(review_state=APPROVED, owner=rejected),
        "of_unsure": make_drug(review_state=APPROVED, owner=unsure),
        "of_shown": make_drug(review_state=APPROVED, owner=shown),
    }
    for company in (shown, rejected, unsure, sure):
        make_deal(parties=[shown, company], review_state=APPROVED)
        make_event(company=company, review_state=APPROVED)
    for drug in drugs.values():
        make_deal(parties=[shown, make_company(review_state=APPROVED)], drugs=[drug])
        make_designation(drug=drug, review_state=APPROVED)
    make_deal(parties=[shown, sure], review_state=REJECTED)
    return {"companies": (shown, rejected, unsure, sure), "drugs": drugs}


MODELS = [Company, Drug, Deal, Designation, CompanyEvent]
SETTINGS = [
    {},
    {"PUBLIC_MIN_CONFIDENCE": 0.5},
    {"SHOW_UNREVIEWED_FACTS": False},
]


@pytest.mark.parametrize("overrides", SETTINGS, ids=["default", "min_confidence", "approved_only"])
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_hidden_is_exactly_what_visible_leaves_out(catalogue, settings, model, overrides):
    for name, value in overrides.items():
        setattr(settings, name, value)
    every = set(model.objects.values_list("pk", flat=True))
    visible = set(model.objects.visible().values_list("pk", flat=True))
    hidden = set(model.objects.hidden().values_list("pk", flat=True))
    assert visible and hidden
    assert visible | hidden == every and not visible & hidden


def test_facts_naming_a_hidden_company_or_drug_are_hidden_by_default(catalogue):
    shown, rejected, unsure, sure = catalogue["companies"]
    drugs = catalogue["drugs"]
    deals = Deal.objects.visible()
    assert not deals.filter(parties__company=rejected).exists()
    assert deals.filter(parties__company=unsure).exists()  # unreviewed is shown by default
    assert set(Drug.objects.visible()) == {
        drugs["free"],
        drugs["of_unsure"],
        drugs["of_shown"],
    }
    shown_drugs = {d.drug for d in Designation.objects.visible()}
    assert shown_drugs == {drugs["free"], drugs["of_unsure"], drugs["of_shown"]}
    assert not deals.filter(drugs__in=[drugs["rejected"], drugs["of_rejected"]]).exists()
    assert {e.company for e in CompanyEvent.objects.visible()} == {shown, unsure, sure}


def test_with_a_confidence_minimum_an_unsure_owner_hides_its_drug_and_deals(catalogue, settings):
    settings.PUBLIC_MIN_CONFIDENCE = 0.5
    shown, rejected, unsure, sure = catalogue["companies"]
    drugs = catalogue["drugs"]
    assert drugs["of_unsure"] not in Drug.objects.visible()
    assert not Deal.objects.visible().filter(parties__company=unsure).exists()
    assert Deal.objects.visible().filter(parties__company=sure).exists()


PLANNER_SWITCHES = ("enable_seqscan", "enable_hashjoin", "enable_mergejoin")


def _nodes(plan):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plan shapes are PostgreSQL's")
@pytest.mark.parametrize(
    "listing",
    [
        lambda: Deal.objects.visible().order_by("-announced_on", "-id"),
        lambda: Designation.objects.visible().order_by("-date", "-id"),
        lambda: CompanyEvent.objects.visible().order_by("-date", "-id"),
        lambda: Drug.objects.visible().order_by("name"),
    ],
    ids=["deals", "designations", "events", "drugs"],
)
def test_the_naming_rule_never_reads_every_company_or_drug(catalogue, listing):
    """Each read of a company, drug or party is an index probe (by id, by deal, or the
    review_state index for the hidden ones), never a walk of the whole table or index.

    Sequential scans and hash and merge joins are switched off so the tiny test tables plan
    as the big ones do for a page: a nested loop down the list's order. The old rule then
    still read every company (NOT IN a hashed subplan over all visible ones).
    """
    queryset = listing()
    sql, params = queryset[:50].query.sql_with_params()
    with connection.cursor() as cursor:
        for switch in PLANNER_SWITCHES:
            cursor.execute(f"SET {switch} = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
        for switch in PLANNER_SWITCHES:
            cursor.execute(f"RESET {switch}")
    plan = json.loads(plan) if isinstance(plan, str) else plan
    named = {"companies_company", "drugs_drug", "deals_dealparty", "deals_deal_drugs"}
    named.discard(queryset.model._meta.db_table)  # the list's own walk down its order
    reads = [node for node in _nodes(plan[0]["Plan"]) if node.get("Relation Name") in named]
    assert reads  # the rule is in the query
    for node in reads:
        bounded = node.get("Index Cond") or node.get("Recheck Cond")
        assert bounded, f"{node['Node Type']} on {node['Relation Name']} reads it whole: {plan}"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plan shapes are PostgreSQL's")
@pytest.mark.parametrize(
    "listing",
    [
        lambda: Deal.objects.visible().order_by("-announced_on", "-id"),
        lambda: Designation.objects.visible().order_by("-date", "-id"),
        lambda: CompanyEvent.objects.visible().order_by("-date", "-id"),
        lambda: Drug.objects.visible().order_by("name"),
        lambda: Company.objects.visible().order_by("name"),
    ],
    ids=["deals", "designations", "events", "drugs", "companies"],
)
def test_with_a_confidence_minimum_each_row_reads_only_its_own_provenance(
    catalogue, settings, listing
):
    """With PUBLIC_MIN_CONFIDENCE set, the unsure (unreviewed, not confident) facts are a large
    set; each listed row (and each company or drug it names) reads its own provenance rows
    by (content type, object id), never every confident row of its kind.

    Hashing is off so the tiny tables plan as the big ones do for a page; the old rule
    (EXISTS confidence >= minimum) still read all provenance of the kind (0.9 s at a
    million events), since PostgreSQL costs a subplan for every row of the table.
    """
    settings.PUBLIC_MIN_CONFIDENCE = 0.5
    queryset = listing()
    sql, params = queryset[:50].query.sql_with_params()
    with connection.cursor() as cursor:
        for switch in PLANNER_SWITCHES:
            cursor.execute(f"SET {switch} = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
        for switch in PLANNER_SWITCHES:
            cursor.execute(f"RESET {switch}")
    plan = json.loads(plan) if isinstance(plan, str) else plan
    text = json.dumps(plan)
    reads = [
        node
        for node in _nodes(plan[0]["Plan"])
        if node.get("Relation Name") == "sources_provenance"
    ]
    assert reads  # the confidence rule is in the query
    for node in reads:
        bounded = node.get("Index Cond") or node.get("Recheck Cond") or ""
        assert "object_id" in bounded, f"{node['Node Type']} reads every provenance row: {text}"
    assert "hashed SubPlan" not in text
