"""Every model is in the admin, findable by any of its names, with the quotes it came from."""

import pytest
from django.contrib import admin
from django.urls import reverse

from apps.companies.models import Company, CompanyAlias
from apps.deals.models import Deal
from apps.drugs.models import Drug
from tests.factories import cite, make_company, make_deal, make_document, make_drug

pytestmark = pytest.mark.django_db

DOMAIN_APPS = {"companies", "drugs", "deals", "regulatory", "sources", "ingestion"}


def test_every_model_of_the_domain_apps_is_registered_in_the_admin():
    from django.apps import apps

    models = [
        m
        for label in DOMAIN_APPS
        for m in apps.get_app_config(label).get_models()
        if not m.__name__.startswith("Historical")  # simple-history's own tables
    ]
    missing = [m._meta.label for m in models if not admin.site.is_registered(m)]
    assert models and missing == []


def test_every_changelist_change_and_add_page_renders_for_a_superuser(superuser_client, seeded):
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if opts.app_label not in DOMAIN_APPS:
            continue
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert superuser_client.get(changelist).status_code == 200, opts.label
        obj = model.objects.first()
        if obj is not None:
            change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert superuser_client.get(change).status_code == 200, opts.label
        if model_admin.has_add_permission(_request_for(superuser_client)):
            add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
            assert superuser_client.get(add).status_code == 200, opts.label


def _request_for(client):
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = get_user_model().objects.get(username="admin")
    return request


def test_a_company_is_found_in_the_admin_by_its_chinese_alias(superuser_client):
    ascentage = make_company("Ascentage Pharma Group International")
    CompanyAlias.objects.create(company=ascentage, name="亞盛醫藥集團")
    make_company("Akeso, Inc.")
    url = reverse("admin:companies_company_changelist")
    page = superuser_client.get(url, {"q": "亞盛醫藥"})
    assert list(page.context["cl"].result_list) == [ascentage]


def test_a_drug_is_found_by_its_code_name_and_a_deal_by_a_partys_alias(superuser_client):
    drug = make_drug("olverembatinib")
    drug.aliases.create(name="HQP1351")
    make_drug("examplimab")
    page = superuser_client.get(reverse("admin:drugs_drug_changelist"), {"q": "hqp1351"})
    assert list(page.context["cl"].result_list) == [drug]

    ascentage = make_company("Ascentage Pharma Group International")
    CompanyAlias.objects.create(company=ascentage, name="亞盛醫藥集團")
    deal = make_deal(parties=[ascentage, make_company()])
    make_deal()
    page = superuser_client.get(reverse("admin:deals_deal_changelist"), {"q": "亞盛"})
    assert list(page.context["cl"].result_list) == [deal]


def test_a_facts_change_page_shows_its_quote_and_links_its_document(superuser_client):
    document = make_document("Acme and Beta signed an exclusive license for examplimab.")
    deal = make_deal()
    cite(deal, document, "an exclusive license for examplimab")
    page = superuser_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    html = page.content.decode()
    assert "an exclusive license for examplimab" in html
    assert reverse("admin:sources_document_change", args=[document.pk]) in html


def test_foreign_keys_use_autocomplete(superuser_client):
    company = make_company()
    page = superuser_client.get(reverse("admin:companies_company_change", args=[company.pk]))
    assert 'data-field-name="parent"' in page.content.decode()
    drug = make_drug(owner=company)
    page = superuser_client.get(reverse("admin:drugs_drug_change", args=[drug.pk]))
    assert 'data-field-name="owner"' in page.content.decode()
    assert 'class="admin-autocomplete"' in page.content.decode()


@pytest.mark.parametrize("model", [Company, Drug, Deal])
def test_an_empty_changelist_renders(superuser_client, model):
    opts = model._meta
    page = superuser_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert page.status_code == 200
