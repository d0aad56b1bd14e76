"""Who may read: anonymous clients per API_ANONYMOUS_READ, tokens, sessions; and how often."""

import pytest
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token

from apps.deals.models import Deal
from tests.api.conftest import ids


@pytest.fixture
def analyst(db):
    return get_user_model().objects.create_user("analyst", password="pw-for-tests-only")


@pytest.fixture
def token(analyst):
    return Token.objects.create(user=analyst)


def _auth(token) -> dict:
    return {"HTTP_AUTHORIZATION": f"Token {token.key}"}


def test_anonymous_clients_read_by_default(client, api_data):
    assert ids(client.get("/api/v1/deals/")) == [api_data.option.pk, api_data.license.pk]


def test_with_anonymous_reads_off_a_client_needs_a_token_or_a_session(
    client, api_data, settings, token, analyst
):
    settings.API_ANONYMOUS_READ = False

    refused = client.get("/api/v1/deals/")
    assert refused.status_code == 401
    assert refused["WWW-Authenticate"] == "Token"
    assert "results" not in refused.json()
    assert client.get(f"/api/v1/deals/{api_data.license.pk}/").status_code == 401

    assert ids(client.get("/api/v1/deals/", **_auth(token))) == [
        api_data.option.pk,
        api_data.license.pk,
    ]
    client.force_login(analyst)
    assert client.get("/api/v1/deals/").status_code == 200


def test_a_revoked_or_made_up_token_is_refused_even_with_anonymous_reads_on(
    client, api_data, token
):
    assert client.get("/api/v1/deals/", **_auth(token)).status_code == 200
    key = token.key
    token.delete()  # what "delete" in the admin does

    assert client.get("/api/v1/deals/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401
    assert client.get("/api/v1/deals/", HTTP_AUTHORIZATION="Token made-up").status_code == 401


def test_the_api_writes_nothing(client, api_data, token):
    count = Deal.objects.count()
    for method in (client.post, client.put, client.patch, client.delete):
        response = method(f"/api/v1/deals/{api_data.license.pk}/", **_auth(token))
        assert response.status_code in (403, 405)
    assert client.post("/api/v1/deals/", {"type": "license"}, **_auth(token)).status_code == 403
    assert Deal.objects.count() == count


def test_staff_create_a_token_in_the_admin_that_then_reads(
    superuser_client, client, analyst, settings
):
    settings.API_ANONYMOUS_READ = False
    page = superuser_client.get("/admin/authtoken/tokenproxy/add/")
    assert page.status_code == 200

    superuser_client.post("/admin/authtoken/tokenproxy/add/", {"user": analyst.pk})

    token = Token.objects.get(user=analyst)
    assert client.get("/api/v1/deals/", **_auth(token)).status_code == 200


def test_anonymous_clients_are_throttled_per_address_whatever_they_claim(
    client, api_data, settings
):
    settings.API_THROTTLE_ANON_RATE = "3/minute"
    for number in range(3):
        forwarded = {"HTTP_X_FORWARDED_FOR": f"203.0.113.{number}"}
        assert client.get("/api/v1/deals/", **forwarded).status_code == 200

    throttled = client.get("/api/v1/deals/", HTTP_X_FORWARDED_FOR="203.0.113.99")

    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0
    assert "throttled" in throttled.json()["detail"].lower()
    other_address = client.get("/api/v1/deals/", REMOTE_ADDR="198.51.100.7")
    assert other_address.status_code == 200


def test_each_token_has_its_own_budget(client, api_data, settings, token):
    settings.API_THROTTLE_TOKEN_RATE = "2/minute"
    settings.API_THROTTLE_ANON_RATE = "1/minute"
    other = Token.objects.create(user=get_user_model().objects.create_user("other"))
    assert client.get("/api/v1/deals/", **_auth(token)).status_code == 200
    assert client.get("/api/v1/deals/", **_auth(token)).status_code == 200

    assert client.get("/api/v1/deals/", **_auth(token)).status_code == 429
    assert client.get("/api/v1/deals/", **_auth(other)).status_code == 200
    assert client.get("/api/v1/deals/").status_code == 200  # anonymous: its own budget


def test_an_empty_rate_turns_the_throttle_off(client, api_data, settings):
    settings.API_THROTTLE_ANON_RATE = ""
    for _ in range(5):
        assert client.get("/api/v1/deals/").status_code == 200
