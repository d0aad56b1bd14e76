"""Spreadsheets in and out of the admin: every row valid or nothing written."""

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from apps.companies.models import Company, CompanyAlias
from apps.companies.resources import CompanyResource
from apps.deals.models import Deal
from apps.deals.resources import DealResource
from apps.drugs.models import Drug
from apps.drugs.resources import DrugResource
from tests.factories import make_company, make_deal, make_drug

pytestmark = pytest.mark.django_db

COMPANIES_CSV = (
    "id,name,slug,parent,country,website,aliases\n"
    ",Akeso Inc.,,,China,https://akeso.example,康方生物\n"
    ",Summit Therapeutics,,,USA,not a url,\n"
    ",,,,Japan,,\n"
)


def dataset(csv_text: str) -> tablib.Dataset:
    return tablib.Dataset().load(csv_text, format="csv")


def test_one_bad_row_means_nothing_is_written_and_each_bad_row_is_named():
    result = CompanyResource().import_data(dataset(COMPANIES_CSV), dry_run=False)
    assert result.has_validation_errors()
    assert [row.number for row in result.invalid_rows] == [2, 3]
    assert "website" in result.invalid_rows[0].field_specific_errors
    assert "name" in result.invalid_rows[1].field_specific_errors
    assert not Company.objects.exists()
    assert not CompanyAlias.objects.exists()


def test_a_clean_sheet_creates_companies_with_their_aliases():
    good = "\n".join(COMPANIES_CSV.splitlines()[:2]) + "\n"
    result = CompanyResource().import_data(dataset(good), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    akeso = Company.objects.get()
    assert akeso.slug == "akeso-inc"
    assert set(akeso.aliases.values_list("name", flat=True)) == {"Akeso Inc.", "康方生物"}
    assert Company.objects.by_name("康方生物").get() == akeso


def test_an_imported_row_without_a_slug_gets_the_next_free_one():
    make_company("Akeso Inc.", slug="akeso-inc")
    make_company("Akeso, Inc", slug="akeso-inc-2")
    sheet = "id,name,slug,country\n,Akeso Inc,,China\n"
    result = CompanyResource().import_data(dataset(sheet), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert Company.objects.get(name="Akeso Inc").slug == "akeso-inc-3"


def test_an_import_that_changes_a_field_marks_it_curated():
    company = make_company("Akeso Inc.", country="")
    sheet = f"id,name,slug,country\n{company.pk},Akeso Inc.,{company.slug},China\n"
    CompanyResource().import_data(dataset(sheet), dry_run=False)
    company.refresh_from_db()
    assert company.country == "China"
    assert company.curated_fields == ["country"]


def test_a_deal_row_naming_an_unknown_company_invalidates_the_whole_sheet():
    licensor, licensee = make_company(), make_company()
    drug = make_drug()
    sheet = (
        "id,type,parties,drugs,territory\n"
        f",license,{licensor.slug}:licensor; {licensee.slug}:licensee,{drug.slug},China\n"
        f",license,no-such-company:licensor,,China\n"
    )
    result = DealResource().import_data(dataset(sheet), dry_run=False)
    assert [row.number for row in result.invalid_rows] == [2]
    assert "no-such-company" in str(result.invalid_rows[0].error_dict)
    assert not Deal.objects.exists()


def test_a_deal_sheet_round_trips_parties_and_drugs():
    drug = make_drug()
    deal = make_deal(drugs=[drug], territory="China")
    parties = set(deal.parties.values_list("company_id", "role"))
    exported, old_pk = DealResource().export(), deal.pk
    deal.delete()
    sheet = exported.csv.replace(f"\r\n{old_pk},", "\r\n,")  # a new row, not an update
    assert f"\r\n{old_pk}," not in sheet
    result = DealResource().import_data(dataset(sheet), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    again = Deal.objects.get()
    assert list(again.drugs.all()) == [drug]
    assert set(again.parties.values_list("company_id", "role")) == parties
    assert again.territory == "China"


def test_a_drug_with_an_unknown_modality_is_a_row_error():
    sheet = "id,name,slug,modality\n,examplimab,,antibody\n,badimab,,telepathy\n"
    result = DrugResource().import_data(dataset(sheet), dry_run=False)
    assert [row.number for row in result.invalid_rows] == [2]
    assert not Drug.objects.exists()


def test_the_admin_import_shows_row_errors_and_offers_no_confirmation(curator_client):
    url = reverse("admin:companies_company_import")
    form = curator_client.get(url).context["form"]
    csv_choice = next(v for v, label in form.fields["format"].choices if "csv" in str(label))
    upload = SimpleUploadedFile("companies.csv", COMPANIES_CSV.encode(), "text/csv")
    page = curator_client.post(url, {"import_file": upload, "format": csv_choice})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Enter a valid URL." in html
    assert "This field cannot be blank." in html
    assert page.context.get("confirm_form") is None
    assert not Company.objects.exists()


def test_the_admin_import_writes_a_clean_sheet_after_confirmation(curator_client):
    url = reverse("admin:companies_company_import")
    form = curator_client.get(url).context["form"]
    csv_choice = next(v for v, label in form.fields["format"].choices if "csv" in str(label))
    sheet = "id,name,slug,country\n,Akeso Inc.,,China\n"
    upload = SimpleUploadedFile("companies.csv", sheet.encode(), "text/csv")
    preview = curator_client.post(url, {"import_file": upload, "format": csv_choice})
    assert not Company.objects.exists()  # the preview is a dry run
    confirm = preview.context["confirm_form"]
    data = {name: confirm[name].value() for name in confirm.fields}
    done = curator_client.post(reverse("admin:companies_company_process_import"), data)
    assert done.status_code == 302
    assert Company.objects.get().name == "Akeso Inc."


@pytest.mark.filterwarnings("error::DeprecationWarning")
def test_the_admin_exports_companies_with_their_chinese_aliases(curator_client):
    company = make_company("Ascentage Pharma Group International")
    make_company("Unselected Biologics Corp.")
    CompanyAlias.objects.create(company=company, name="亞盛醫藥集團")
    url = reverse("admin:companies_company_export")
    form = curator_client.get(url).context["form"]
    csv_choice = next(v for v, label in form.fields["format"].choices if "csv" in str(label))
    data = {"format": csv_choice, "export_items": [company.pk]}
    for name in form.fields:
        if name.startswith("companyresource_"):
            data[name] = "on"
    response = curator_client.post(url, data)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert "亞盛醫藥集團" in body.decode("utf-8-sig")
    # only the selected row: the action's export names the rows it exports
    assert "Unselected Biologics" not in body.decode("utf-8-sig")
