"""What people see of sources: health in the admin list, items on a source's page, and the
home page's count of new releases."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.intake.models import Source, SourceItem
from apps.sources.models import Document
from tests.factories import make_document, make_staff
from tests.intake.conftest import make_source

State = SourceItem.State
SOURCES = reverse("admin:intake_source_changelist")


def test_the_source_list_shows_health_at_a_glance(superuser_client):
    now = timezone.now()
    make_source(name="Healthy feed", url="https://example.com/a.xml", last_success_at=now)
    make_source(
        name="Flaky feed",
        url="https://example.com/b.xml",
        consecutive_failures=2,
        last_error="could not fetch https://example.com/b.xml: the server answered HTTP 503",
    )
    make_source(
        name="Dead feed",
        url="https://example.com/c.xml",
        enabled=False,
        consecutive_failures=5,
        last_error="disabled after 5 failed polls in a row: HTTP 404",
    )
    make_source(name="Paused feed", url="https://example.com/d.xml", enabled=False)

    page = superuser_client.get(SOURCES).content.decode()

    assert '<span class="intake-badge intake-ok">ok</span>' in page
    assert '<span class="intake-badge intake-failing">failing (2 in a row)</span>' in page
    assert '<span class="intake-badge intake-dead">disabled after 5 failures</span>' in page
    assert '<span class="intake-badge intake-off">disabled</span>' in page
    assert "the server answered HTTP 503" in page
    assert "intake/admin.css" in page


def test_a_sources_page_lists_its_recent_items_with_their_state(superuser_client):
    source = make_source(url="https://example.com/feed.xml")
    document = make_document("Quillon Bio licenses zentorimab.", title="Quillon license")
    SourceItem.objects.create(
        source=source,
        key="https://example.com/pr/1",
        title="Quillon license",
        state=State.INGESTED,
        document=document,
    )
    SourceItem.objects.create(
        source=source,
        key="https://example.com/pr/2",
        title="Broken link",
        state=State.FAILED,
        error="could not fetch https://example.com/pr/2: the server answered HTTP 500",
    )
    SourceItem.objects.create(
        source=source, key="https://example.com/pr/3", title="Copy", state=State.DUPLICATE
    )
    other = make_source(name="Other", url="https://example.com/other.xml")
    SourceItem.objects.create(source=other, key="https://example.com/x", title="Not this one")

    page = superuser_client.get(reverse("admin:intake_source_change", args=[source.pk]))

    html = page.content.decode()
    assert page.status_code == 200
    assert '<td class="intake-state-ingested">Ingested</td>' in html
    assert '<td class="intake-state-failed">Failed</td>' in html
    assert "the server answered HTTP 500" in html
    assert '<td class="intake-state-duplicate">Skipped: duplicate</td>' in html
    assert reverse("admin:sources_document_change", args=[document.pk]) in html
    assert "Not this one" not in html


def test_curators_manage_sources_and_viewers_only_look(client, db):
    make_source(url="https://example.com/feed.xml")
    client.force_login(make_staff("viewer", "Viewer"))
    assert client.get(SOURCES).status_code == 200
    assert client.get(reverse("admin:intake_source_add")).status_code == 403

    client.force_login(make_staff("curator", "Curator"))
    response = client.post(
        reverse("admin:intake_source_add"),
        {
            "name": "Invented wire biotech",
            "kind": Source.Kind.FEED,
            "url": "https://wire.example/biotech.rss",
            "enabled": "on",
            "poll_interval_minutes": 30,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Source.objects.filter(name="Invented wire biotech", poll_interval_minutes=30).exists()


def test_a_feed_source_without_a_url_is_refused_by_the_form(superuser_client):
    response = superuser_client.post(
        reverse("admin:intake_source_add"),
        {"name": "No URL", "kind": Source.Kind.FEED, "poll_interval_minutes": 30},
    )

    assert response.status_code == 200
    assert "A RSS/Atom feed source needs this." in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_the_home_page_counts_the_releases_of_the_last_seven_days(client):
    for number in range(3):
        make_document(f"Invented release number {number}.")
    old = make_document("An invented release from last month.")
    Document.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))

    page = client.get(reverse("timeline:home")).content.decode()

    assert (
        f'<a href="{reverse("sources:document_list")}"><strong>3</strong> new releases '
        "in the last 7 days</a>"
    ) in page
