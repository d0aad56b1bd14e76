import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from apps.core.dates import DatePrecision
from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.deals.selectors import deals_for_listing
from tests.factories import cite, make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db
DEALS = reverse("deals:deal_list")


def test_deal_rows_show_date_as_written_type_parties_with_roles_drugs_and_terms(client, company):
    drug = make_drug("examplimab")
    make_deal(
        parties=[company, make_company("Beta Bio")],
        drugs=[drug],
        announced_on=dt.date(2020, 5, 1),
        announced_precision=DatePrecision.MONTH,
        upfront_amount=Decimal("50000000"),
        upfront_currency="USD",
    )
    page = client.get(DEALS).content.decode()
    assert "May 2020" in page
    assert "License" in page
    assert 'Acme Biotherapeutics Co., Ltd.</a> <span class="role">licensor' in page
    assert 'Beta Bio</a> <span class="role">licensee' in page
    assert "examplimab" in page
    assert "USD 50 million" in page


def test_unreviewed_deals_carry_a_badge_and_approved_ones_do_not(client):
    make_deal(parties=[make_company("Unchecked Co")])
    make_deal(parties=[make_company("Checked Co")], review_state=ReviewState.APPROVED)
    page = client.get(DEALS).content.decode()
    rows = {row.split("</tr>")[0] for row in page.split("<tr>")[1:]}
    unchecked = next(row for row in rows if "Unchecked Co" in row)
    checked = next(row for row in rows if "Checked Co" in row and "Unchecked" not in row)
    assert "badge-unreviewed" in unchecked
    assert "badge-unreviewed" not in checked


def test_rejected_deals_are_never_shown(client):
    make_deal(parties=[make_company("Rejected Partner")], review_state=ReviewState.REJECTED)
    page = client.get(DEALS).content.decode()
    assert "0 deals" in page
    assert "Rejected Partner</a>" not in page  # the company may stay in the filter's select
    rejected = Deal.objects.get()
    assert client.get(rejected.get_absolute_url()).status_code == 404


def test_unreviewed_deals_are_hidden_when_the_setting_is_off(client, settings):
    settings.SHOW_UNREVIEWED_FACTS = False
    make_deal(parties=[make_company("Draft Partner")])
    approved = [
        make_company(name, review_state=ReviewState.APPROVED) for name in ("Approved Partner", None)
    ]
    make_deal(parties=approved, review_state=ReviewState.APPROVED)
    # An approved deal naming a company no curator approved is hidden with it (no name leaks).
    make_deal(parties=[make_company("Unchecked Partner")], review_state=ReviewState.APPROVED)
    page = client.get(DEALS).content.decode()
    assert "Draft Partner" not in page
    assert "Unchecked Partner" not in page
    assert "Approved Partner" in page


def test_csv_export_holds_the_filtered_rows(client, company):
    mine = make_deal(parties=[company, make_company()], territory="Greater China")
    make_deal()
    response = client.get(DEALS, {"company": company.slug, "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [str(mine.pk)]
    assert rows[0]["territory"] == "Greater China"
    assert "Acme Biotherapeutics Co., Ltd. (licensor)" in rows[0]["parties"]


def test_csv_cells_never_start_a_spreadsheet_formula(client):
    make_deal(territory='=HYPERLINK("http://evil")')
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(DEALS, {"format": "csv"}).getvalue().decode("utf-8-sig"))
        )
    )
    assert rows[0]["territory"].startswith("'=")


def test_json_export_is_paged_with_count_next_and_previous(client):
    for day in range(1, 56):
        make_deal(announced_on=dt.date(2020, 1, 1) + dt.timedelta(days=day))
    first = client.get(DEALS, {"format": "json", "type": "license"}).json()
    assert first["count"] == 55
    assert len(first["results"]) == 50
    assert first["previous"] is None
    assert "page=2" in first["next"] and "type=license" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5
    assert second["next"] is None
    assert "page=1" in second["previous"]


def test_json_record_has_the_documented_fields(client, company):
    make_deal(
        parties=[company, make_company()],
        announced_on=dt.date(2021, 8, 1),
        announced_precision=DatePrecision.MONTH,
        total_value_amount=Decimal("1200000000"),
        total_value_currency="USD",
    )
    record = client.get(DEALS, {"format": "json"}).json()["results"][0]
    assert record["announced"] == "2021-08"
    assert record["total_value"] == {"amount": "1200000000.00", "currency": "USD"}
    assert record["parties"][0] == {"name": company.name, "slug": company.slug, "role": "licensor"}
    assert set(record) >= {"id", "url", "type", "drugs", "indications", "exclusive", "upfront"}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"date_after": "2020-13-45"}, "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"type": "bogus"}, "Select a valid choice"),
        ({"company": "nobody"}, "no company matches &#x27;nobody&#x27;"),
    ],
)
def test_bad_filter_values_give_the_page_with_a_message_and_a_400(client, params, message):
    make_deal()
    response = client.get(DEALS, params)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Some filters could not be used" in response.content.decode()


@pytest.mark.parametrize("export", ["csv", "json"])
def test_bad_filter_values_give_exports_a_400_not_a_full_dump(client, export):
    make_deal()
    response = client.get(DEALS, {"date_after": "not-a-date", "format": export})
    assert response.status_code == 400
    assert b"date_after" in response.content


@pytest.mark.parametrize(
    ("page", "message"), [("abc", "is not a page number"), ("99999", "There is no page 99999")]
)
def test_a_bad_page_number_is_a_400_that_says_why_in_html_too(client, page, message):
    make_deal(parties=[make_company("Not Shown Co")])
    response = client.get(DEALS, {"page": page})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Not Shown Co" not in response.content.decode()  # no rows pretend to be that page


@pytest.mark.parametrize("page", ["abc", "99999", "0"])
def test_a_bad_page_number_in_json_is_a_400(client, page):
    make_deal()
    response = client.get(DEALS, {"page": page, "format": "json"})
    assert response.status_code == 400


def test_an_unknown_format_is_a_400(client):
    assert client.get(DEALS, {"format": "xml"}).status_code == 400


def test_atom_feed_lists_the_filtered_deals(client, company):
    make_deal(parties=[company, make_company("Feed Partner")])
    make_deal(parties=[make_company("Other Partner"), make_company()])
    response = client.get(reverse("deals:deal_feed"), {"company": company.slug})
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Feed Partner" in body
    assert "Other Partner" not in body


def test_atom_feed_with_bad_filters_is_a_400(client):
    assert client.get(reverse("deals:deal_feed"), {"type": "nope"}).status_code == 400


def test_deal_list_queries_do_not_grow_with_the_number_of_deals(
    client, django_assert_max_num_queries
):
    drug = make_drug()
    for _ in range(30):
        make_deal(drugs=[drug])
    with django_assert_max_num_queries(10):
        response = client.get(DEALS)
    assert response.content.decode().count('class="role"') == 60


def test_deal_page_shows_terms_and_every_source_quote_linked_to_its_document(client, company):
    from tests.factories import make_document

    document = make_document("Acme licensed examplimab to Beta for USD 10 million upfront.")
    deal = make_deal(
        parties=[company, make_company("Beta")],
        territory="worldwide",
        upfront_amount=Decimal("10000000"),
        upfront_currency="USD",
    )
    source = cite(deal, document, "Acme licensed examplimab to Beta")
    page = client.get(deal.get_absolute_url()).content.decode()
    assert "worldwide" in page
    assert "USD 10 million" in page
    assert "Acme licensed examplimab to Beta" in page
    assert f"{document.get_absolute_url()}#quote-{source.pk}" in page


def test_deal_page_on_the_seed_data_lists_the_parties_and_quotes(client, seeded):
    deal = Deal.objects.get(type=Deal.Type.LICENSE)
    page = client.get(deal.get_absolute_url()).content.decode()
    assert "Simcere Pharmaceutical Group Co., Ltd." in page
    assert "AlphaMa" in page
    assert "30 August 2021" in page
    assert page.count("<blockquote>") >= 1


def test_feed_links_to_the_page_with_its_own_filters_only(client):
    make_deal()
    feed = reverse("deals:deal_feed")
    filtered = client.get(feed, {"type": "license"}).content.decode()
    assert 'href="http://testserver/deals/?type=license" rel="alternate"' in filtered
    plain = client.get(feed).content.decode()  # the same feed object serves both requests
    assert 'href="http://testserver/deals/" rel="alternate"' in plain


def test_csv_export_streams_every_row_in_chunks_with_parties_and_drugs(
    client, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr("apps.core.formats.EXPORT_CHUNK_ROWS", 4)
    monkeypatch.setattr("apps.core.formats.CSV_PIECE_ROWS", 3)
    drug = make_drug("streamimab")
    made = [make_deal(drugs=[drug], announced_on=dt.date(2020, 1, day)) for day in range(1, 11)]
    response = client.get(DEALS, {"format": "csv"})
    assert response.streaming
    # 10 rows in chunks of 4: each chunk fetches deals, parties, drugs and indications.
    with django_assert_max_num_queries(3 * 4 + 2):
        rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [str(deal.pk) for deal in reversed(made)]
    assert all(row["drugs"] == "streamimab" for row in rows)
    assert all(row["parties"].count("(licens") == 2 for row in rows)


def test_company_and_drug_filters_are_labelled_text_boxes_not_a_select_of_every_row(
    client, company
):
    for _ in range(3):
        make_company()
    page = client.get(DEALS, {"company": company.slug}).content.decode()
    assert '<label for="id_company">Company</label>' in page
    assert f'type="text" name="company" value="{company.slug}"' in page
    assert 'aria-describedby="id_company_helptext"' in page
    assert '<label for="id_drug">Drug</label>' in page
    assert '<label for="id_indication">Indication</label>' in page
    assert 'type="text" name="indication"' in page and 'type="text" name="drug"' in page
    assert "<option" not in page.split('name="company"')[1].split("</div>")[0]


def test_deal_page_queries_do_not_grow_with_parties_drugs_and_sources(
    client, django_assert_max_num_queries
):
    from tests.factories import make_document

    drugs = [make_drug() for _ in range(4)]
    parties = [make_company() for _ in range(4)]
    deal = make_deal(parties=parties, drugs=drugs)
    for number in range(3):
        cite(deal, make_document(f"License {number} naming four partners."), f"License {number}")
    with django_assert_max_num_queries(6):
        page = client.get(deal.get_absolute_url()).content.decode()
    assert all(drug.name in page for drug in drugs)
    assert all(company.name in page for company in parties)


def test_csv_rows_read_from_values_say_what_the_deal_page_says(client, monkeypatch):
    """deal_records builds each row from values(): parties in party order, drugs and
    indications by name, money as amount and currency, dates as precise as known; rows of
    different chunks never mix their parties."""
    from apps.drugs.models import Indication

    monkeypatch.setattr("apps.core.formats.EXPORT_CHUNK_ROWS", 2)
    drugs = [make_drug("zetamab"), make_drug("alphanib")]
    priced = make_deal(
        parties=[make_company("Ashgrove Pharma"), make_company("Birchley Bio")],
        drugs=drugs,
        announced_on=dt.date(2021, 5, 1),
        announced_precision="month",
        upfront_amount=50_000_000,
        upfront_currency="USD",
        territory="Greater China",
    )
    priced.indications.add(Indication.objects.create(name="gout"))
    others = [
        make_deal(
            parties=[make_company(f"Other {n} Inc."), make_company()],
            announced_on=dt.date(2020, 1, n + 1),
        )
        for n in range(4)
    ]
    response = client.get(DEALS, {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    first = rows[0]
    assert first["id"] == str(priced.pk)
    assert first["url"] == f"http://testserver/deals/{priced.pk}/"
    assert first["parties"] == "Ashgrove Pharma (licensor); Birchley Bio (licensee)"
    assert first["drugs"] == "alphanib; zetamab"
    assert first["indications"] == "gout"
    assert first["announced"] == "2021-05"
    assert first["upfront"] == "50000000.00 USD" or first["upfront"].startswith("50000000")
    assert first["territory"] == "Greater China"
    for row, deal in zip(rows[1:], reversed(others), strict=True):
        assert row["id"] == str(deal.pk)
        names = [party.company.name for party in deal.parties.all()]
        assert row["parties"].startswith(f"{names[0]} (licensor)")
        assert row["drugs"] == ""
    data = client.get(DEALS, {"format": "json"}).json()
    assert data["results"][0]["parties"][0] == {
        "name": "Ashgrove Pharma",
        "slug": priced.parties.first().company.slug,
        "role": "licensor",
    }
    assert [record["id"] for record in data["results"]] == [int(row["id"]) for row in rows]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the arrays are PostgreSQL's")
def test_deal_rows_read_with_arrays_match_the_rows_read_by_chunk():
    """PostgreSQL reads each deal's parties, drugs and indications as arrays in its row;
    SQLite by chunks. Same rows, same order, same lists."""
    from apps.core.records import _by_chunk, _with_arrays
    from apps.deals.exports import DEAL_FIELDS, DEAL_LISTS
    from apps.drugs.models import Indication

    gout, asthma = Indication.objects.create(name="gout"), Indication.objects.create(name="asthma")
    drugs = [make_drug("zetamab"), make_drug("alphanib")]
    for number in range(5):
        deal = make_deal(
            parties=[make_company(f"Party {number} A"), make_company(f"Party {number} B")],
            drugs=drugs[: number % 3],
            announced_on=dt.date(2020, 1, number + 1) if number % 2 else None,
        )
        deal.indications.add(*[gout, asthma][: number % 3])
    make_deal(parties=[])
    deals = deals_for_listing().prefetch_related(None)
    by_chunk = list(_by_chunk(deals, DEAL_FIELDS, DEAL_LISTS, 2, {}))
    assert list(_with_arrays(deals, DEAL_FIELDS, DEAL_LISTS, 2, {})) == by_chunk
    assert len(by_chunk) == 6
    assert {tuple(row["drugs"]) for row in by_chunk} == {(), ("zetamab",), ("alphanib", "zetamab")}
    assert any(row["indications"] == ["asthma", "gout"] for row in by_chunk)
    assert any(row["parties"] == [] for row in by_chunk)
    parties = [party for row in by_chunk for party in row["parties"]]
    assert ["Party 3 A", "licensor"] in [[name, role] for name, _slug, role in parties]
