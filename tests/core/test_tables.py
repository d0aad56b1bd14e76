"""A list's HTML table reads its definition beside the export columns (apps.core.tables)."""

import dataclasses
import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from apps.companies.exports import COMPANY_COLUMNS
from apps.core.formats import Column
from apps.core.tables import TableColumn, table
from apps.deals.exports import DEAL_COLUMNS
from apps.drugs.exports import DRUG_COLUMNS
from apps.regulatory.exports import DESIGNATION_COLUMNS
from apps.timeline.exports import DOCUMENT_COLUMNS
from tests.factories import make_company, make_deal, make_designation, make_document, make_drug

TABLES = [  # the table's dotted path, its export columns, its list page
    ("apps.deals.exports.DEAL_TABLE", DEAL_COLUMNS, "/deals/"),
    ("apps.regulatory.exports.DESIGNATION_TABLE", DESIGNATION_COLUMNS, "/designations/"),
    ("apps.companies.exports.COMPANY_TABLE", COMPANY_COLUMNS, "/companies/"),
    ("apps.drugs.exports.DRUG_TABLE", DRUG_COLUMNS, "/drugs/"),
    ("apps.timeline.exports.DOCUMENT_TABLE", DOCUMENT_COLUMNS, "/documents/"),
]


def test_a_table_column_must_name_export_columns_and_every_export_column_is_accounted_for():
    columns = [Column("id", id), Column("name", str)]
    cell = "deals/cells/type.html"
    assert len(table(columns, TableColumn("Name", cell, ("name",)), export_only=("id",))) == 1
    with pytest.raises(ImproperlyConfigured, match="no export column named"):
        table(columns, TableColumn("Name", cell, ("nmae",)), export_only=("id",))
    with pytest.raises(ImproperlyConfigured, match="neither shown nor export_only"):
        table(columns, TableColumn("Name", cell, ("name",)))


@pytest.mark.parametrize(("dotted", "columns", "path"), TABLES)
def test_every_export_column_is_shown_in_the_table_or_export_only(dotted, columns, path):
    list_table = import_string(dotted)
    shown = {name for column in list_table for name in column.shows}
    assert shown | set(list_table.export_only) == {column.name for column in columns}


@pytest.mark.django_db
@pytest.mark.parametrize(("dotted", "columns", "path"), TABLES)
def test_the_page_headers_and_cells_come_from_the_table(client, monkeypatch, dotted, columns, path):
    list_table = import_string(dotted)
    owner = make_company("Hazel Bio")
    drug = make_drug("hazelimab", owner=owner)
    make_deal(parties=[owner, make_company()], drugs=[drug])
    make_designation(drug=drug)
    make_document("Hazel Bio licensed hazelimab.")
    html = client.get(path).content.decode()
    headers = re.findall(r'<th scope="col">([^<]*)</th>', html)
    assert headers == [column.label for column in list_table]
    first_row = html.split("<tbody>")[1].split("</tr>")[0]
    labels = re.findall(r'<td[^>]*data-label="([^"]*)"', first_row)
    assert labels == [column.label for column in list_table]
    # A renamed header in the definition is the page's header: nothing else holds it.
    renamed = dataclasses.replace(list_table.columns[0], label="Renamed here")
    changed = dataclasses.replace(list_table, columns=(renamed, *list_table.columns[1:]))
    monkeypatch.setattr(dotted, changed)
    assert '<th scope="col">Renamed here</th>' in client.get(path).content.decode()
