"""Curators and viewers: staff users in the groups the roles migration creates."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def staff_in_group(username: str, group: str):
    user = get_user_model().objects.create_user(username, password="pw-for-tests-only")
    user.is_staff = True  # the admin needs staff; the group says what they may do there
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def curator(db):
    return staff_in_group("curator", "Curator")


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def viewer(db):
    return staff_in_group("viewer", "Viewer")


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client
