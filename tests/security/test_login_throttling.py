"""Admin login throttling (django-axes): wrong passwords lock the user name out, per address."""

import pytest
from django.urls import reverse

from tests.factories import make_staff

pytestmark = pytest.mark.django_db
LOGIN = reverse("admin:login")
PASSWORD = "a-curators-long-passphrase"


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    """Each attempt hashes a password; the throttling, not PBKDF2's cost, is under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def attempt(client, password: str, address: str = "203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": "ana", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_the_right_password_logs_in_after_fewer_wrong_ones_than_the_limit(client, settings):
    make_staff("ana", "Curator", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    response = attempt(client, PASSWORD)
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_after_the_limit_of_wrong_passwords_even_the_right_one_is_refused(client, settings):
    make_staff("ana", "Curator", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong")
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still not logged in: back to the login


def test_a_lockout_holds_one_user_name_from_one_address_only(client, settings):
    make_staff("ana", "Curator", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong")
    assert attempt(client, PASSWORD, address="198.51.100.20").status_code == 302


def test_a_forwarded_for_header_does_not_dodge_the_lockout_without_a_trusted_proxy(
    client, settings
):
    assert settings.BEHIND_TLS_PROXY is False
    make_staff("ana", "Curator", password=PASSWORD)
    for number in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN,
            {"username": "ana", "password": "wrong"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    assert attempt(client, PASSWORD).status_code == 429
