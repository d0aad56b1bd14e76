"""Email digests through a real SMTP server (aiosmtpd on loopback): content, nothing when
nothing is new, once per period however often the run is repeated."""

import datetime as dt

import pytest
from django.utils import timezone

from apps.alerts import tasks
from apps.alerts.models import DigestSent, SavedSearch
from apps.alerts.services import digest_period, digest_send, due_digest_ids
from apps.core.models import ReviewState
from apps.deals.models import Deal
from tests.factories import cite, make_company, make_deal, make_document

YESTERDAY = dt.timedelta(days=1)


@pytest.fixture
def watched(analyst):
    """A daily digest of licences, saved a day ago."""
    search = SavedSearch.objects.create(
        user=analyst, name="Licences", list_key="deals", query="type=license", digest="daily"
    )
    SavedSearch.objects.filter(pk=search.pk).update(created_at=timezone.now() - YESTERDAY)
    search.refresh_from_db()
    return search


def new_licence(licensor: str, licensee: str, quote: str):
    deal = make_deal(parties=[make_company(licensor), make_company(licensee)])
    cite(deal, make_document(quote), quote)
    Deal.objects.filter(pk=deal.pk).update(created_at=timezone.now() - dt.timedelta(hours=2))
    return deal


def test_the_digest_lists_the_new_facts_with_quotes_and_links(smtp_settings, watched):
    licence = new_licence("Acme Bio", "Beta Pharma", "Acme Bio granted Beta Pharma a licence.")
    new_licence("Gamma Tx", "Delta Labs", "Gamma Tx licensed its antibody to Delta Labs.")
    make_deal(type=Deal.Type.ACQUISITION)  # not a licence
    make_deal(review_state=ReviewState.REJECTED)  # pages never show it

    record = digest_send(saved_search_id=watched.pk)

    assert len(smtp_settings.messages) == 1
    message = smtp_settings.messages[0]
    assert message["To"] == "ana@example.org"
    assert message["Subject"] == "dealtracker: 2 new in “Licences”"
    body = message.get_content()
    assert "Acme Bio granted Beta Pharma a licence." in body
    assert "Gamma Tx licensed its antibody to Delta Labs." in body
    assert f"https://deals.example.org{licence.get_absolute_url()}" in body
    assert f"https://deals.example.org/searches/{watched.pk}/open/" in body
    assert body.count("https://deals.example.org/deals/") == 2
    assert (record.fact_count, record.emailed) == (2, True)
    assert record.period == timezone.now().date().isoformat()


def test_nothing_new_sends_nothing_and_records_the_period(smtp_settings, watched):
    old = make_deal()
    Deal.objects.filter(pk=old.pk).update(created_at=timezone.now() - 2 * YESTERDAY)

    record = digest_send(saved_search_id=watched.pk)

    assert smtp_settings.messages == []
    assert (record.fact_count, record.emailed) == (0, False)


def test_a_repeated_run_of_the_same_period_sends_no_second_mail(smtp_settings, watched):
    new_licence("Acme Bio", "Beta Pharma", "Acme Bio granted Beta Pharma a licence.")
    assert digest_send(saved_search_id=watched.pk) is not None
    new_licence("Gamma Tx", "Delta Labs", "Gamma Tx licensed its antibody to Delta Labs.")
    assert digest_send(saved_search_id=watched.pk) is None
    tasks.send_due_digests.apply()  # beat's run: nothing is due this period any more
    assert len(smtp_settings.messages) == 1
    assert DigestSent.objects.count() == 1


def test_the_next_period_covers_what_appeared_since_the_last_digest(smtp_settings, watched):
    new_licence("Acme Bio", "Beta Pharma", "Acme Bio granted Beta Pharma a licence.")
    today = timezone.now()
    digest_send(saved_search_id=watched.pk, now=today)
    new_licence("Gamma Tx", "Delta Labs", "Gamma Tx licensed its antibody to Delta Labs.")
    Deal.objects.filter(parties__company__name="Gamma Tx").update(created_at=today)

    tomorrow = digest_send(saved_search_id=watched.pk, now=today + YESTERDAY)

    assert tomorrow.period == (today + YESTERDAY).date().isoformat()
    assert len(smtp_settings.messages) == 2
    second = smtp_settings.messages[1].get_content()
    assert "Gamma Tx licensed" in second and "Acme Bio granted" not in second


def test_a_failed_send_records_nothing_so_the_retry_sends(smtp_settings, watched, settings):
    new_licence("Acme Bio", "Beta Pharma", "Acme Bio granted Beta Pharma a licence.")
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens: the send raises
    with pytest.raises(OSError):
        digest_send(saved_search_id=watched.pk)
    assert not DigestSent.objects.exists()

    settings.EMAIL_PORT = working_port
    assert digest_send(saved_search_id=watched.pk).emailed is True
    assert len(smtp_settings.messages) == 1


def test_beat_queues_only_searches_with_a_digest_due_and_an_address(analyst, watched):
    SavedSearch.objects.create(user=analyst, name="Off", list_key="deals", query="")
    weekly = SavedSearch.objects.create(
        user=analyst, name="Weekly", list_key="deals", query="", digest="weekly"
    )
    now = timezone.now()
    assert due_digest_ids(now) == [watched.pk, weekly.pk]
    DigestSent.objects.create(
        saved_search=weekly, period=digest_period("weekly", now), since=now, through=now
    )
    assert due_digest_ids(now) == [watched.pk]
    analyst.email = ""
    analyst.save()
    assert due_digest_ids(now) == []


def test_periods_are_the_day_and_the_iso_week():
    monday = dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)
    assert digest_period("daily", monday) == "2026-11-30"
    assert digest_period("weekly", monday) == "2026-W49"
    assert digest_period("weekly", monday + dt.timedelta(days=6)) == "2026-W49"
    assert digest_period("weekly", monday + dt.timedelta(days=7)) == "2026-W50"


def test_a_run_that_loses_the_race_for_its_period_sends_nothing(
    smtp_settings, watched, monkeypatch
):
    from apps.alerts import services

    new_licence("Acme Bio", "Beta Pharma", "Acme Bio granted Beta Pharma a licence.")
    real_collect = services.digest_collect

    def collect_while_another_run_records_the_period(search, since, through):
        digest = real_collect(search, since, through)
        period = digest_period("daily", timezone.now())
        DigestSent.objects.create(saved_search=search, period=period, since=since, through=through)
        return digest

    monkeypatch.setattr(services, "digest_collect", collect_while_another_run_records_the_period)
    assert digest_send(saved_search_id=watched.pk) is None
    assert smtp_settings.messages == []
    assert DigestSent.objects.count() == 1


def test_a_timeline_digest_lists_the_companys_new_facts_with_links(
    settings, analyst, company, drug
):
    from apps.alerts.selectors import digest_collect
    from tests.factories import make_designation

    settings.SITE_URL = "https://deals.example.org"
    search = SavedSearch.objects.create(
        user=analyst, name="Acme", list_key="timeline", slug=company.slug, query="kind=designation"
    )
    since = timezone.now() - YESTERDAY
    designation = make_designation(drug=drug)
    make_deal(parties=[company, make_company()])  # a deal: not the kind asked for

    digest = digest_collect(search, since, timezone.now())

    assert int(digest.count) == 1
    assert [entry.url for entry in digest.entries] == [
        f"https://deals.example.org{designation.get_absolute_url()}"
    ]
    assert drug.name in digest.entries[0].title
