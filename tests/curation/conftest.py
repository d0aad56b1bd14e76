"""Curators and viewers: staff users in the groups the roles migration creates."""

import pytest

from tests.factories import make_staff


@pytest.fixture
def curator(db):
    return make_staff("curator", "Curator")


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def viewer(db):
    return make_staff("viewer", "Viewer")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client
