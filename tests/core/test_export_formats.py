"""Exports an analyst opens in Excel: XLSX on every list, CSV with a BOM, absolute URLs, Atom
summaries with the fact's headline and quote."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from apps.companies.models import CompanyAlias
from tests.factories import (
    cite,
    make_company,
    make_deal,
    make_designation,
    make_document,
    make_drug,
)

pytestmark = pytest.mark.django_db
LISTS = ["/deals/", "/designations/", "/companies/", "/drugs/", "/documents/"]


@pytest.fixture
def facts(db):
    company = make_company("Yunhe Biopharma", slug="yunhe")
    CompanyAlias.objects.create(company=company, name="雲和生物製藥")
    drug = make_drug("=yunhemab", owner=company)  # a name that looks like a formula
    deal = make_deal(
        parties=[company, make_company("Ferrant Labs")],
        drugs=[drug],
        announced_on=dt.date(2024, 3, 5),
        total_value_amount=Decimal(500_000_000),
        total_value_currency="CNY",
    )
    designation = make_designation(drug=drug, date=dt.date(2024, 4, 1))
    document = make_document(
        "Yunhe licensed yunhemab to Ferrant Labs for CNY 500 million. The FDA granted it orphan "
        "drug designation.",
        title="Yunhe and Ferrant",
    )
    cite(deal, document, "Yunhe licensed yunhemab to Ferrant Labs for CNY 500 million.")
    cite(designation, document, "The FDA granted it orphan drug designation.")
    return company


@pytest.mark.parametrize("path", [*LISTS, "/companies/yunhe/"])
def test_every_list_downloads_as_xlsx_with_absolute_urls(client, facts, path):
    response = client.get(path, {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert "url" in header and len(rows) >= 2
    urls = [row[header.index("url")] for row in rows[1:]]
    assert all(url.startswith("http://testserver/") for url in urls), urls


def test_xlsx_keeps_other_scripts_numbers_and_formula_like_text_as_text(client, facts):
    companies = load_workbook(
        io.BytesIO(client.get("/companies/", {"format": "xlsx"}).content)
    ).active
    assert any(
        "雲和生物製藥" in str(cell) for row in companies.iter_rows(values_only=True) for cell in row
    )
    deals = load_workbook(io.BytesIO(client.get("/deals/", {"format": "xlsx"}).content)).active
    header = [cell.value for cell in next(deals.iter_rows(max_row=1))]
    row = next(deals.iter_rows(min_row=2, max_row=2))
    drugs = row[header.index("drugs")]
    assert drugs.value == "=yunhemab" and drugs.data_type == "s"  # text, not a formula
    assert isinstance(row[header.index("value_usd")].value, int | float)


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_utf8(client, facts):
    body = b"".join(client.get("/companies/", {"format": "csv"}).streaming_content)
    assert body.startswith("\ufeffid,url,".encode())
    assert "雲和生物製藥".encode() in body
    assert b"http://testserver/companies/yunhe/" in body


def test_json_urls_are_absolute(client, facts):
    for path in LISTS:
        results = client.get(path, {"format": "json"}).json()["results"]
        assert results and all(row["url"].startswith("http://testserver/") for row in results)


@pytest.mark.parametrize(
    ("path", "headline", "quote"),
    [
        ("/deals/feed/", "CNY 500 million (total stated)", "Yunhe licensed yunhemab to Ferrant"),
        ("/designations/feed/", "=yunhemab: FDA", "The FDA granted it orphan drug designation."),
        ("/companies/yunhe/feed/", "Ferrant Labs", "Yunhe licensed yunhemab to Ferrant"),
    ],
)
def test_atom_summaries_hold_the_facts_headline_and_quote(client, facts, path, headline, quote):
    feed = client.get(path).content.decode()
    summaries = [part.split("</summary>")[0] for part in feed.split("<summary")[1:]]
    assert any(headline in summary and f"“{quote}" in summary for summary in summaries), summaries
