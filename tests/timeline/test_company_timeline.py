import datetime as dt
import re

import pytest
from django.urls import reverse

from apps.companies.models import CompanyEvent
from apps.core.dates import DatePrecision
from apps.core.models import ReviewState
from apps.deals.models import Deal
from apps.regulatory.models import Designation
from tests.factories import make_company, make_deal, make_designation, make_drug, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def timeline_company(company, drug):
    """A company with a deal, a designation of its drug and an event in three years."""
    make_deal(
        parties=[company, make_company("Partner Co")],
        type=Deal.Type.LICENSE,
        announced_on=dt.date(2021, 3, 9),
    )
    make_designation(
        drug=drug,
        agency=Designation.Agency.NMPA,
        type=Designation.Type.BREAKTHROUGH_THERAPY,
        date=dt.date(2020, 5, 1),
        date_precision=DatePrecision.MONTH,
    )
    make_event(
        company=company,
        type=CompanyEvent.Type.FINANCING,
        summary="Raised a Series C",
        date=dt.date(2019, 1, 1),
        date_precision=DatePrecision.YEAR,
    )
    return company


def timeline(client, company, **params):
    return client.get(company.get_absolute_url(), params)


def test_timeline_shows_deals_designations_and_events_newest_first_grouped_by_year(
    client, timeline_company
):
    page = timeline(client, timeline_company).content.decode()
    deal, designation, event = (
        page.index("Partner Co (licensee)"),
        page.index("NMPA Breakthrough therapy: examplimab"),
        page.index("Raised a Series C"),
    )
    assert deal < designation < event
    assert page.index(">2021</h3>") < deal < page.index(">2020</h3>") < designation
    assert "May 2020" in page  # a month-precise date reads as written


def test_timeline_filters_by_kind_of_fact(client, timeline_company):
    page = timeline(client, timeline_company, kind="event").content.decode()
    assert "Raised a Series C" in page
    assert "Partner Co (licensee)" not in page


def test_timeline_narrows_by_date_range(client, timeline_company):
    page = timeline(client, timeline_company, date_after="2020", date_before="2020-12").content
    page = page.decode()
    assert "NMPA Breakthrough therapy" in page
    assert "Partner Co (licensee)" not in page
    assert "Raised a Series C" not in page


def test_a_range_ending_in_a_less_precise_date_of_the_same_year_is_valid(client, timeline_company):
    response = timeline(client, timeline_company, date_after="2020-05", date_before="2020")
    assert response.status_code == 200
    assert "NMPA Breakthrough therapy" in response.content.decode()


def test_timeline_filters_by_deal_type_and_designation_agency(client, timeline_company):
    page = timeline(client, timeline_company, deal_type="option", agency="FDA").content.decode()
    assert "Partner Co (licensee)" not in page
    assert "NMPA Breakthrough therapy" not in page
    assert "Raised a Series C" in page


def test_a_companys_page_includes_its_subsidiaries_facts_labelled_unless_switched_off(
    client, timeline_company
):
    child = make_company("Acme Shanghai", parent=timeline_company)
    make_event(company=child, summary="Opened the Shanghai plant")
    page = timeline(client, timeline_company).content.decode()
    assert "Opened the Shanghai plant" in page
    assert '<span class="entry-via">via Acme Shanghai</span>' in page
    alone = timeline(client, timeline_company, subsidiaries="off").content.decode()
    assert "Opened the Shanghai plant" not in alone


def test_rejected_facts_stay_off_the_timeline(client, company):
    make_event(company=company, summary="A misread event", review_state=ReviewState.REJECTED)
    assert "A misread event" not in timeline(client, company).content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"date_after": "2020-02-30"},
        {"kind": "rumour"},
        {"agency": "CIA"},
        {"date_after": "2021", "date_before": "2020"},
    ],
)
def test_bad_timeline_filters_give_the_page_with_a_message_and_a_400(
    client, timeline_company, params
):
    response = timeline(client, timeline_company, **params)
    assert response.status_code == 400
    assert "Some filters could not be used" in response.content.decode()


def test_the_cached_filter_panel_shows_each_requests_own_values_and_errors(
    client, timeline_company
):
    """The panel is cached per company and filter values: a second request with other values
    (or another company's page) never gets the first one's ticks, dates or messages."""

    def ticked(response, name):
        html = response.content.decode()
        return set(
            re.findall(rf'<input type="checkbox" name="{name}" value="([^"]+)"[^>]*checked', html)
        )

    assert ticked(timeline(client, timeline_company, kind="deal"), "kind") == {"deal"}
    assert ticked(timeline(client, timeline_company, kind="event"), "kind") == {"event"}
    assert ticked(timeline(client, timeline_company, kind=["deal", "event"]), "kind") == {
        "deal",
        "event",
    }
    assert ticked(timeline(client, timeline_company, kind="deal"), "kind") == {"deal"}  # a hit
    assert ticked(timeline(client, timeline_company), "kind") == set()
    dated = timeline(client, timeline_company, date_after="2020").content.decode()
    assert 'name="date_after" value="2020"' in dated
    other = make_company("Other Panel Co")
    assert f'action="{other.get_absolute_url()}"' in timeline(client, other).content.decode()
    bad = timeline(client, timeline_company, date_after="2021", date_before="2020")
    assert "swap the dates" in bad.content.decode()
    assert "swap the dates" not in timeline(client, timeline_company).content.decode()


def test_timeline_json_holds_the_filtered_entries(client, timeline_company):
    data = timeline(client, timeline_company, format="json", kind="designation").json()
    assert data["count"] == 1
    entry = data["results"][0]
    assert entry["kind"] == "designation"
    assert entry["date"] == "2020-05"
    assert entry["type"] == "breakthrough_therapy"


def test_timeline_csv_has_a_row_per_entry(client, timeline_company):
    lines = (
        timeline(client, timeline_company, format="csv")
        .getvalue()
        .decode("utf-8-sig")
        .strip()
        .splitlines()
    )
    assert lines[0].startswith("kind,id,url,date")
    assert len(lines) == 4


def test_timeline_icalendar_has_an_all_day_event_per_dated_fact(client, timeline_company):
    make_event(company=timeline_company, summary="Undated, so not in the calendar")
    response = timeline(client, timeline_company, format="ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 3
    # "May 2020" lasts the whole month; DTEND is exclusive.
    assert "DTSTART;VALUE=DATE:20200501\r\nDTEND;VALUE=DATE:20200601" in text
    assert "DTSTART;VALUE=DATE:20190101\r\nDTEND;VALUE=DATE:20200101" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_timeline_atom_feed_follows_the_filters(client, timeline_company):
    url = reverse("companies:company_feed", args=[timeline_company.slug])
    body = client.get(url, {"kind": "deal"}).content.decode()
    assert "Partner Co (licensee)" in body
    assert "Raised a Series C" not in body
    entry_ids = re.findall(r"<entry>.*?<id>(.*?)</id>", body, re.S)
    assert entry_ids and all(entry_id.startswith("http://testserver/") for entry_id in entry_ids)
    assert client.get(url, {"date_after": "bad"}).status_code == 400


def test_timeline_queries_do_not_grow_with_the_number_of_facts(
    client, company, drug, django_assert_max_num_queries
):
    for day in range(30):
        when = dt.date(2020, 1, 1) + dt.timedelta(days=day)
        make_deal(parties=[company, make_company()], announced_on=when, drugs=[drug])
        make_event(company=company, date=when)
    for agency in ("FDA", "NMPA", "EMA"):
        make_designation(drug=drug, agency=agency, date=dt.date(2020, 6, 1))
    with django_assert_max_num_queries(14):
        response = timeline(client, company)
    assert response.content.decode().count('class="entry entry-') == 50  # one page


def test_company_profile_shows_aliases_listings_parent_subsidiaries_and_drugs(client, seeded):
    from apps.companies.models import Company

    company = Company.objects.get(slug="ascentage-pharma-group-international")
    page = client.get(company.get_absolute_url()).content.decode()
    assert "亞盛醫藥集團" in page
    assert "6855.HK" in page
    assert "Guangzhou Healthquest Pharma Co., Ltd" in page  # its subsidiary
    child = client.get(company.subsidiaries.get().get_absolute_url()).content.decode()
    assert "olverembatinib" in child
    assert "Ascentage Pharma Group International</a>" in child  # its parent


def test_unknown_company_is_a_404(client, db):
    assert client.get(reverse("companies:company_detail", args=["nobody"])).status_code == 404


def test_timeline_page_on_the_seed_data_includes_subsidiary_designations(client, seeded):
    url = reverse("companies:company_detail", args=["ascentage-pharma-group-international"])
    page = client.get(url, {"subsidiaries": "on"}).content.decode()
    assert "FDA Orphan drug: olverembatinib" in page
    assert "October 2020" in page


@pytest.fixture
def busy_family(company):
    """A parent and a subsidiary with 66 facts, some sharing a date, some undated."""
    child = make_company("Acme China", parent=company)
    for day in range(20):
        when = dt.date(2020, 1, 1) + dt.timedelta(days=day // 2)  # two facts a day
        make_deal(parties=[company if day % 2 else child, make_company()], announced_on=when)
        make_event(company=child, date=when, summary=f"Event {day}")
        make_designation(drug=make_drug(owner=child if day % 2 else company), date=when)
    for number in range(6):
        make_event(company=company, summary=f"Undated {number}")
    return company


def _csv_keys(client, company, **params):
    body = timeline(client, company, format="csv", **params).getvalue().decode()
    return [tuple(line.split(",")[:2]) for line in body.strip().splitlines()[1:]]


def test_timeline_pages_and_csv_list_every_fact_once_newest_first_undated_last(
    client, busy_family, monkeypatch
):
    monkeypatch.setattr("apps.timeline.selectors.TIMELINE_CHUNK", 7)
    everything = _csv_keys(client, busy_family, subsidiaries="on")
    assert len(everything) == len(set(everything)) == 66
    dates = [
        entry["date"]
        for page in (1, 2)
        for entry in timeline(
            client, busy_family, subsidiaries="on", format="json", page=page
        ).json()["results"]
    ]
    assert dates[-6:] == [None] * 6
    assert dates[:60] == sorted(dates[:60], reverse=True)
    paged = [
        (entry["kind"], str(entry["id"]))
        for page in (1, 2)
        for entry in timeline(
            client, busy_family, subsidiaries="on", format="json", page=page
        ).json()["results"]
    ]
    assert paged == everything


def test_the_second_timeline_page_of_a_family_costs_as_few_queries_as_the_first(
    client, busy_family, django_assert_max_num_queries
):
    with django_assert_max_num_queries(14):
        response = timeline(client, busy_family, subsidiaries="on", page=2)
    page = response.content.decode()
    assert page.count('class="entry entry-') == 16
    assert "Undated 0" in page and "Date not stated" in page


def test_a_changed_filter_panel_template_is_not_served_from_the_old_cache(
    client, timeline_company, settings, tmp_path
):
    """The panel's fragment is cached for a day in a cache that outlives a deploy: a new
    panel template must show at once, not the old rendering."""
    before = timeline(client, timeline_company).content.decode()
    assert "Filter timeline" in before
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "filter_panel.html").write_text(
        '<form id="panel-after-deploy">{{ submit_label }}</form>'
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    after = timeline(client, timeline_company).content.decode()
    assert '<form id="panel-after-deploy">Filter timeline</form>' in after
