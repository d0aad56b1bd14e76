"""The API filters with the list pages' FilterSets: same names, same rows, same 400s."""

import pytest

from apps.companies.filters import CompanyFilter
from apps.companies.selectors import companies_for_listing
from apps.deals.filters import DealFilter
from apps.deals.selectors import deals_for_listing
from apps.drugs.filters import DrugFilter
from apps.drugs.selectors import drugs_for_listing
from apps.regulatory.filters import DesignationFilter
from apps.regulatory.selectors import designations_for_listing
from apps.sources.filters import DocumentFilter
from apps.timeline.documents import documents_for_listing
from tests.api.conftest import ids

# Query strings as the pages write them, and the page's FilterSet and selector.
SAME_AS_PAGE = [
    ("deals", "type=option", DealFilter, deals_for_listing),
    ("deals", "type=license&type=option&date_after=2023", DealFilter, deals_for_listing),
    ("deals", "company=Invented Bio Inc.", DealFilter, deals_for_listing),
    ("deals", "company=Invented Bio Inc.&subsidiaries=off", DealFilter, deals_for_listing),
    ("deals", "drug=brightumab&exclusive=true", DealFilter, deals_for_listing),
    ("deals", "indication=lung cancer", DealFilter, deals_for_listing),
    ("deals", "usd_min=10&role=licensor&company=invented sub", DealFilter, deals_for_listing),
    ("deals", "q=greater china", DealFilter, deals_for_listing),
    ("companies", "q=9999.HK", CompanyFilter, companies_for_listing),
    ("companies", "q=invented", CompanyFilter, companies_for_listing),
    ("drugs", "company=Invented Bio Inc.&modality=antibody", DrugFilter, drugs_for_listing),
    ("designations", "agency=FDA&date_before=2021-05", DesignationFilter, designations_for_listing),
    ("designations", "agency=NMPA", DesignationFilter, designations_for_listing),
    ("documents", "q=Suzhou", DocumentFilter, documents_for_listing),
]


def _query(text: str):
    from django.http import QueryDict

    return QueryDict(text.replace(" ", "+"))


@pytest.mark.parametrize(("endpoint", "query", "filterset", "selector"), SAME_AS_PAGE)
def test_a_filter_keeps_the_rows_its_page_keeps(
    client, api_data, endpoint, query, filterset, selector
):
    page = filterset(_query(query), queryset=selector())
    assert page.is_valid(), page.errors
    expected = sorted((row.pk for row in page.qs), reverse=True)

    got = ids(client.get(f"/api/v1/{endpoint}/?{query.replace(' ', '+')}"))

    assert got == expected


def test_deal_filters_select_what_they_name(client, api_data):
    assert ids(client.get("/api/v1/deals/?type=option")) == [api_data.option.pk]
    both = ids(client.get("/api/v1/deals/"))
    assert both == [api_data.option.pk, api_data.license.pk]
    group = ids(client.get(f"/api/v1/deals/?company={api_data.parent.slug}"))
    assert group == [api_data.option.pk, api_data.license.pk]  # the subsidiary's deals
    alone = ids(client.get(f"/api/v1/deals/?company={api_data.parent.slug}&subsidiaries=off"))
    assert alone == []
    assert ids(client.get("/api/v1/deals/?date_before=2022")) == [api_data.license.pk]


def test_event_filters_name_companies_types_and_dates(client, api_data):
    assert ids(client.get(f"/api/v1/events/?company={api_data.parent.slug}")) == [api_data.event.pk]
    assert ids(client.get(f"/api/v1/events/?company={api_data.partner.slug}")) == []
    assert ids(client.get("/api/v1/events/?type=facility&date_after=2024-01")) == [
        api_data.event.pk
    ]
    assert ids(client.get("/api/v1/events/?type=financing")) == []


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/deals/?date_after=last+year", "date_after"),
        ("/api/v1/deals/?date_after=2024&date_before=2023", "date_before"),
        ("/api/v1/deals/?type=merger-ish", "type"),
        ("/api/v1/deals/?exclusive=maybe", "exclusive"),
        ("/api/v1/deals/?company=Nobody+Such+Ltd", "company"),
        ("/api/v1/deals/?usd_min=-5", "usd_min"),
        ("/api/v1/deals/?q=" + "x" * 201, "q"),
        ("/api/v1/companies/?q=%00", "q"),
        ("/api/v1/drugs/?modality=pill", "modality"),
        ("/api/v1/designations/?agency=FDB", "agency"),
        ("/api/v1/events/?date_before=2024-13", "date_before"),
        ("/api/v1/documents/?status=lost", "status"),
        ("/api/v1/deals/?page_size=abc", "page_size"),
        ("/api/v1/deals/?page_size=501", "page_size"),
        ("/api/v1/deals/?cursor=not-a-cursor", "cursor"),
        ("/api/v1/designations/?drug=+LIMIT+%25s", "drug"),  # a % in the text (schemathesis)
        ("/api/v1/deals/?company=100%25+%25(name)s", "company"),
    ],
)
def test_a_bad_value_is_a_400_naming_the_parameter(client, api_data, path, field):
    response = client.get(path)

    assert response.status_code == 400
    errors = response.json()
    assert field in errors
    assert all(isinstance(message, str) and message for message in errors[field])


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/deals/99999999999999999999999/",  # past bigint: no row, not a database error
        "/api/v1/documents/9223372036854775808/",
        "/api/v1/companies/no-such-company/",
    ],
)
def test_an_id_or_slug_naming_no_row_is_a_json_404(client, db, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
