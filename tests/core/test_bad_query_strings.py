"""No query string, however odd, makes a browsing page answer 500."""

import pytest

ODD_VALUES = [
    "abc",
    "-1",
    "1.5",
    "99999",
    "0000",
    "2020-02-30",
    "%",
    "'\"<b>",
    "亞盛",
    "!-",
    "a" * 300,
    "\x00",
]
PARAMETERS = {
    "/deals/": [
        "q",
        "company",
        "role",
        "type",
        "drug",
        "indication",
        "territory",
        "exclusive",
        "date_after",
        "date_before",
        "money_term",
        "min_millions",
        "currency",
        "sort",
        "page",
        "format",
        "subsidiaries",
    ],
    "/designations/": [
        "agency",
        "type",
        "status",
        "drug",
        "company",
        "date_after",
        "page",
        "format",
    ],
    "/companies/": ["q", "page", "format"],
    "/drugs/": ["q", "company", "modality", "page"],
    "/search/": ["q"],
    "/deals/feed/": ["type", "date_before", "company"],
}


@pytest.mark.parametrize("path", list(PARAMETERS))
def test_odd_filter_values_never_give_a_500(client, seeded, path):
    for name in PARAMETERS[path]:
        for value in ODD_VALUES:
            response = client.get(path, {name: value})
            assert response.status_code in (200, 400), (path, name, value, response.status_code)


def test_odd_timeline_values_never_give_a_500(client, seeded):
    path = "/companies/ascentage-pharma-group-international/"
    for name in [
        "kind",
        "deal_type",
        "agency",
        "designation_type",
        "event_type",
        "date_after",
        "date_before",
        "subsidiaries",
        "page",
        "format",
    ]:
        for value in ODD_VALUES:
            response = client.get(path, {name: value})
            assert response.status_code in (200, 400), (name, value, response.status_code)
