"""Drug and indication boxes: code names with or without hyphens, indications by words."""

import html

import pytest
from django.urls import reverse

from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from apps.drugs.models import DrugAlias, Indication
from tests.factories import make_deal, make_drug

pytestmark = pytest.mark.django_db
DEALS = reverse("deals:deal_list")


@pytest.fixture
def zentolib(db):
    drug = make_drug("zentolib")
    DrugAlias.objects.create(drug=drug, name="ZNT-4471")
    DrugAlias.objects.create(drug=drug, name="QRX88")
    return drug


@pytest.mark.parametrize("typed", ["znt-4471", "ZNT4471", "znt 4471", "qrx-88", "Zentolib"])
def test_the_drug_box_folds_hyphens_and_case_in_code_names(zentolib, typed):
    theirs = make_deal(drugs=[zentolib])
    make_deal()
    deals = DealFilter({"drug": typed}, queryset=Deal.objects.all())
    assert deals.is_valid(), deals.errors
    assert list(deals.qs) == [theirs]


@pytest.mark.parametrize("typed", ["znt4471", "QRX-88"])
def test_search_finds_a_code_name_written_with_or_without_its_hyphen(client, zentolib, typed):
    page = client.get(reverse("timeline:search"), {"q": typed}).content.decode()
    assert zentolib.get_absolute_url() in page


def test_an_unknown_drug_suggests_the_likeliest(client, zentolib):
    response = client.get(DEALS, {"drug": "zentoli"})
    assert response.status_code == 400
    assert "no drug matches 'zentoli' — did you mean: zentolib?" in html.unescape(
        response.content.decode()
    )


def test_indications_match_by_words_whatever_else_the_name_holds():
    long_name = Indication.objects.create(name="non-small cell lung cancer with KRAS G12C mutation")
    short_name = Indication.objects.create(name="small cell lung cancer")
    other = Indication.objects.create(name="lung fibrosis")
    with_long = make_deal()
    with_long.indications.add(long_name)
    with_short = make_deal()
    with_short.indications.add(short_name, long_name)  # listed once though both match
    make_deal().indications.add(other)
    deals = DealFilter({"indication": "lung cancer"}, queryset=Deal.objects.all())
    assert deals.is_valid(), deals.errors
    assert sorted(deal.pk for deal in deals.qs) == sorted([with_long.pk, with_short.pk])
    kras = DealFilter({"indication": "Lung  Cancer, KRAS"}, queryset=Deal.objects.all()).qs
    assert sorted(deal.pk for deal in kras) == sorted([with_long.pk, with_short.pk])
    only_short = make_deal()
    only_short.indications.add(short_name)
    small = DealFilter({"indication": "small cell"}, queryset=Deal.objects.all()).qs
    assert only_short in small and with_long in small  # "non-small" holds the word "small"


def test_an_indication_nobody_names_is_a_400_with_suggestions(client):
    Indication.objects.create(name="hepatocellular carcinoma")
    response = client.get(DEALS, {"indication": "hepatocelular"})
    assert response.status_code == 400
    assert "did you mean: hepatocellular carcinoma?" in html.unescape(response.content.decode())


def test_indication_suggestions_find_words_inside_long_names(client):
    Indication.objects.create(name="non-small cell lung cancer with EGFR exon 20 insertion")
    page = client.get(reverse("drugs:indication_suggest"), {"q": "lung canc"}).content.decode()
    assert "non-small cell lung cancer with EGFR exon 20 insertion" in page


def test_territory_suggestions_come_from_the_deals(client):
    make_deal(territory="Greater China")
    make_deal(territory="Worldwide excluding Greater China")
    page = client.get(reverse("deals:territory_suggest"), {"q": "great"}).content.decode()
    assert page.index("Greater China") < page.index("Worldwide excluding Greater China")


def test_the_drugs_export_lists_code_names_but_not_the_drugs_own_name(client):
    drug = make_drug("Velbrutinib")
    DrugAlias.objects.create(drug=drug, name="VELBRUTINIB")  # its name, cased another way
    DrugAlias.objects.create(drug=drug, name="VB-12")
    row = client.get(reverse("drugs:drug_list"), {"format": "json"}).json()["results"][0]
    assert row["code_names"] == ["VB-12"]


def test_suggestions_cost_a_fixed_number_of_queries_and_show_at_most_ten(
    client, django_assert_max_num_queries
):
    for number in range(30):
        drug = make_drug(f"kelvorimab-{number:02d}")
        DrugAlias.objects.create(drug=drug, name=f"KLV-{number:02d}")
    with django_assert_max_num_queries(3):
        page = client.get(reverse("drugs:drug_suggest"), {"q": "klv-0"}).content.decode()
    assert page.count('class="suggestion"') == 10
    assert "kelvorimab-00" in page
