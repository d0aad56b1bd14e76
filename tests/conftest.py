"""Shared fixtures. Per-app fixtures live in each folder's own conftest.py."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests.factories import make_company, make_document, make_drug


@pytest.fixture(autouse=True)
def _clean_cache():
    """Each test starts with an empty cache: pages keep counts and fragments there."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def seeded(db):
    """The five seed releases loaded from fixtures/ with their curated extractions."""
    call_command("load_seeds", verbosity=0)


@pytest.fixture
def company(db):
    return make_company("Acme Biotherapeutics Co., Ltd.")


@pytest.fixture
def drug(db, company):
    return make_drug("examplimab", owner=company)


@pytest.fixture
def document(db):
    return make_document("Acme Biotherapeutics today announced a license agreement.")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "admin", "admin@example.com", "pw-for-tests-only"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client
