import datetime as dt
from decimal import Decimal

import pytest
from django.http import QueryDict

from apps.core.dates import DatePrecision
from apps.deals.filters import DealFilter
from apps.deals.models import Deal
from apps.deals.selectors import deals_for_listing
from tests.factories import make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db


def query(**params) -> QueryDict:
    """As a request sends them: a list gives the parameter several times."""
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return data


def deals(**params):
    deal_filter = DealFilter(query(**params), queryset=deals_for_listing())
    assert deal_filter.is_valid(), deal_filter.errors
    return list(deal_filter.qs)


def test_company_filter_keeps_only_that_companys_deals(company):
    theirs = make_deal(parties=[company, make_company()])
    make_deal()
    assert deals(company=company.slug) == [theirs]


def test_company_filter_with_a_role_keeps_deals_where_the_company_plays_it(company):
    as_licensor = make_deal(parties=[company, make_company()], roles=["licensor", "licensee"])
    make_deal(parties=[make_company(), company], roles=["licensor", "licensee"])
    assert deals(company=company.slug, role="licensor") == [as_licensor]


def test_a_company_includes_its_subsidiaries_deals_unless_switched_off(company):
    child = make_company("Acme China", parent=company)
    grandchild = make_company("Acme Suzhou", parent=child)
    childs_deal = make_deal(parties=[child, make_company()], announced_on=dt.date(2021, 1, 1))
    grandchilds_deal = make_deal(parties=[grandchild, make_company()])
    assert deals(company=company.slug) == [childs_deal, grandchilds_deal]
    assert deals(company=company.slug, subsidiaries="on") == [childs_deal, grandchilds_deal]
    assert deals(company=company.slug, subsidiaries="off") == []
    assert deals(company=child.slug, subsidiaries="off") == [childs_deal]


def test_type_filter_accepts_several_types():
    license_deal = make_deal(type=Deal.Type.LICENSE, announced_on=dt.date(2021, 1, 1))
    option = make_deal(type=Deal.Type.OPTION, announced_on=dt.date(2022, 1, 1))
    make_deal(type=Deal.Type.ACQUISITION)
    assert deals(type=["license", "option"]) == [option, license_deal]


def test_filters_combine_company_type_and_drug(company, drug):
    wanted = make_deal(parties=[company, make_company()], type=Deal.Type.LICENSE, drugs=[drug])
    make_deal(parties=[company, make_company()], type=Deal.Type.LICENSE)
    make_deal(parties=[company, make_company()], type=Deal.Type.OPTION, drugs=[drug])
    make_deal(type=Deal.Type.LICENSE, drugs=[drug])
    assert deals(company=company.slug, type="license", drug=drug.slug) == [wanted]


def test_announced_range_reads_partial_dates_as_whole_periods():
    may = make_deal(announced_on=dt.date(2020, 5, 1), announced_precision=DatePrecision.MONTH)
    late_2020 = make_deal(announced_on=dt.date(2020, 12, 31))
    make_deal(announced_on=dt.date(2021, 1, 1))
    make_deal(announced_on=dt.date(2019, 12, 31))
    assert deals(date_after="2020", date_before="2020") == [late_2020, may]
    assert deals(date_after="2020-05", date_before="2020-05-31") == [may]


def test_money_filter_keeps_disclosed_amounts_at_least_so_much_in_that_currency():
    big = make_deal(upfront_amount=Decimal("200000000"), upfront_currency="USD", has_terms=True)
    make_deal(upfront_amount=Decimal("50000000"), upfront_currency="USD", has_terms=True)
    make_deal(upfront_amount=Decimal("900000000"), upfront_currency="CNY", has_terms=True)
    make_deal(has_terms=True, upfront_disclosed=False)
    assert deals(money_term="upfront", min_millions="100", currency="USD") == [big]


def test_total_value_is_the_default_money_term():
    big = make_deal(total_value_amount=Decimal("1.2e9"), total_value_currency="USD")
    make_deal(upfront_amount=Decimal("2e9"), upfront_currency="USD")
    assert deals(min_millions="1000", currency="USD") == [big]


def test_sort_by_value_puts_the_largest_first_and_undisclosed_last():
    small = make_deal(total_value_amount=Decimal("1e6"), total_value_currency="USD")
    undisclosed = make_deal()
    large = make_deal(total_value_amount=Decimal("5e8"), total_value_currency="USD")
    assert deals(sort="value") == [large, small, undisclosed]


def test_text_filter_finds_deals_by_party_alias_and_drug_code_name():
    company = make_company("Ascentage Pharma Group International")
    company.aliases.create(name="亞盛醫藥集團")
    by_party = make_deal(parties=[company, make_company()])
    drug = make_drug("olverembatinib")
    drug.aliases.create(name="HQP1351")
    by_drug = make_deal(drugs=[drug])
    make_deal()
    assert deals(q="亞盛醫藥") == [by_party]
    assert deals(q="hqp1351") == [by_drug]


def test_exclusive_filter_reads_true_and_false():
    exclusive = make_deal(exclusive=True)
    non_exclusive = make_deal(exclusive=False)
    make_deal(exclusive=None)
    assert deals(exclusive="true") == [exclusive]
    assert deals(exclusive="false") == [non_exclusive]


@pytest.mark.parametrize(
    "params",
    [
        {"date_after": "2020-13"},
        {"date_before": "yesterday"},
        {"type": "merger-of-equals"},
        {"company": "no-such-company"},
        {"role": "landlord"},
        {"min_millions": "lots"},
        {"currency": "XXX"},
        {"sort": "random"},
    ],
)
def test_bad_filter_values_make_the_filter_invalid_with_a_message(params):
    deal_filter = DealFilter(query(**params), queryset=deals_for_listing())
    assert not deal_filter.is_valid()
    assert all(messages for messages in deal_filter.errors.values())


def test_company_filter_also_takes_a_name_or_alias_as_typed_in_the_box(company):
    company.aliases.create(name="亞盛醫藥集團")
    theirs = make_deal(parties=[company, make_company()])
    make_deal()
    assert deals(company="acme biotherapeutics") == [theirs]
    assert deals(company="亞盛醫藥集團") == [theirs]


def test_a_name_two_companies_share_is_refused_so_the_slug_must_choose():
    make_company("Twin Bio", slug="twin-bio-us")
    make_company("Twin Bio Inc.", slug="twin-bio-cn")
    deal_filter = DealFilter(query(company="Twin Bio"), queryset=deals_for_listing())
    assert not deal_filter.is_valid()
    assert "company" in deal_filter.errors


def test_drug_filter_takes_a_slug_or_a_code_name(drug):
    drug.aliases.create(name="HQP-1351")
    theirs = make_deal(drugs=[drug])
    make_deal(drugs=[make_drug()])
    assert deals(drug=drug.slug) == [theirs]
    assert deals(drug="hqp 1351") == [theirs]


def test_a_deal_with_several_drugs_parties_and_indications_is_listed_once_under_every_filter():
    from apps.drugs.models import Indication

    first, second = make_drug("twinumab"), make_drug("twinotinib")
    lymphoma, leukaemia = (
        Indication.objects.create(name="lymphoma"),
        Indication.objects.create(name="leukaemia"),
    )
    licensor = make_company("Twin Licensor")
    deal = make_deal(parties=[licensor, make_company("Twin Licensee")], drugs=[first, second])
    deal.indications.add(lymphoma, leukaemia)
    everything = {
        "q": "twin",
        "drug": first.slug,
        "indication": str(lymphoma.pk),
        "company": licensor.slug,
        "type": "license",
    }
    assert deals(**everything) == [deal]
    assert deals(q="twin") == [deal]
    assert DealFilter(query(q="twin"), queryset=deals_for_listing()).qs.count() == 1


def test_indication_filter_takes_the_id_of_old_links_or_the_name_as_typed():
    from apps.drugs.models import Indication

    nsclc = Indication.objects.create(name="Non-small cell lung cancer")
    theirs = make_deal()
    theirs.indications.add(nsclc)
    make_deal().indications.add(Indication.objects.create(name="Lymphoma"))
    assert deals(indication=str(nsclc.pk)) == [theirs]
    assert deals(indication="non small cell lung cancer") == [theirs]
    for unknown in ("glioma", "99999999999999999999"):
        assert not DealFilter(query(indication=unknown), queryset=deals_for_listing()).is_valid()


def test_money_filter_keeps_a_deal_priced_exactly_at_the_minimum():
    exact = make_deal(total_value_amount=Decimal("250000000"), total_value_currency="USD")
    make_deal(total_value_amount=Decimal("249990000"), total_value_currency="USD")
    assert deals(min_millions="250", currency="USD") == [exact]


def test_territory_filter_finds_the_words_anywhere_in_any_case():
    greater_china = make_deal(territory="Greater China, including Hong Kong and Macau")
    make_deal(territory="United States")
    make_deal(territory="")
    assert deals(territory="hong kong") == [greater_china]
    assert deals(territory="GREATER CHINA") == [greater_china]


def test_a_minimum_without_a_currency_keeps_amounts_at_least_so_much_in_any_currency():
    dollars = make_deal(total_value_amount=Decimal("3e8"), total_value_currency="USD")
    yuan = make_deal(total_value_amount=Decimal("9e8"), total_value_currency="CNY")
    make_deal(total_value_amount=Decimal("1e8"), total_value_currency="EUR")
    make_deal()  # no price
    assert set(deals(min_millions="200")) == {dollars, yuan}


def test_a_currency_without_a_minimum_keeps_the_terms_priced_in_it():
    euros = make_deal(upfront_amount=Decimal("5e6"), upfront_currency="EUR")
    make_deal(upfront_amount=Decimal("5e6"), upfront_currency="USD")
    make_deal(total_value_amount=Decimal("5e8"), total_value_currency="EUR")  # not the upfront
    assert deals(money_term="upfront", currency="EUR") == [euros]
