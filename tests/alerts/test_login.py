"""The plain login page for non-staff users: Django's auth views, CSRF on, axes lockouts."""

from django.test import Client
from django.urls import reverse

from tests.alerts.conftest import PASSWORD

LOGIN = reverse("alerts:login")


def attempt(client, password, address="203.0.113.9", next_url="/searches/"):
    return client.post(
        LOGIN, {"username": "ana", "password": password, "next": next_url}, REMOTE_ADDR=address
    )


def test_a_plain_user_logs_in_and_lands_on_my_searches(client, analyst):
    response = attempt(client, PASSWORD)
    assert response.status_code == 302 and response.url == "/searches/"
    assert client.get("/searches/").status_code == 200
    assert client.get("/admin/").status_code == 302  # not staff: the admin stays shut


def test_my_searches_sends_a_visitor_to_the_login_page(client, db):
    response = client.get("/searches/")
    assert response.status_code == 302 and response.url == f"{LOGIN}?next=/searches/"


def test_an_outside_next_address_is_not_followed(client, analyst):
    response = attempt(client, PASSWORD, next_url="https://evil.example/")
    assert response.status_code == 302 and response.url == "/searches/"


def test_wrong_passwords_lock_the_user_name_out_of_this_login_too(client, analyst, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200  # the form again, with its error
    assert attempt(client, "wrong").status_code == 429  # the limit reached: locked out
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert client.get("/searches/").status_code == 302  # still logged out


def test_logging_in_needs_the_csrf_token(analyst):
    strict = Client(enforce_csrf_checks=True)
    assert attempt(strict, PASSWORD).status_code == 403


def test_logging_out_is_a_post(analyst_client):
    assert analyst_client.get("/searches/").status_code == 200
    assert analyst_client.post(reverse("alerts:logout")).status_code == 302
    assert analyst_client.get("/searches/").status_code == 302
