"""Fixtures for saved searches: a non-staff analyst and a real SMTP server on loopback."""

import email
import email.policy
import socket
import threading

import pytest
from django.contrib.auth import get_user_model

PASSWORD = "an-analysts-long-passphrase"


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def analyst(db):
    """A plain user: not staff, no group."""
    return get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD, is_staff=False)


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


class Inbox:
    """What the SMTP server received, parsed (email.message.EmailMessage per mail)."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    """An aiosmtpd server on a loopback port, in a thread; yields (port, inbox)."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, inbox
    controller.stop()


@pytest.fixture
def smtp_settings(settings, smtp_server):
    """Django's real SMTP backend pointed at the test server; returns its inbox."""
    port, inbox = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.SITE_URL = "https://deals.example.org"
    return inbox
