"""The companies CSV reads the parent through the listing's visible() prefetch, as the page
does: a rejected parent is no parent, never its slug."""

import csv
import io

from django.urls import reverse

from tests.factories import make_company


def test_companies_csv_never_names_a_rejected_parent(client, db):
    shown = make_company("Shown Parent Ltd.")
    rejected = make_company("Rejected Parent Ltd.", review_state="rejected")
    make_company("Child One Ltd.", parent=rejected)
    make_company("Child Two Ltd.", parent=shown)
    response = client.get(reverse("companies:company_list"), {"format": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    parents = {row["name"]: row["parent"] for row in csv.DictReader(io.StringIO(body))}
    assert parents["Child One Ltd."] == "" and parents["Child Two Ltd."] == shown.slug
    assert rejected.slug not in body
