"""Timeline's own pages, and the cross-app pages it serves under other apps' URL names.

dealtracker/urls.py mounts COMPANY_PAGES under companies:, DRUG_PAGES under drugs: and
DOCUMENT_PAGES under sources:, so the fact apps never import timeline (see the import
contract in pyproject.toml) and every URL name stays what it was.
"""

from django.urls import path

from . import views

app_name = "timeline"
urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
]

COMPANY_PAGES = [
    path("<slug:slug>/", views.company_detail, name="company_detail"),
    path("<slug:slug>/feed/", views.CompanyTimelineFeed(), name="company_feed"),
]
DRUG_PAGES = [path("<slug:slug>/", views.drug_detail, name="drug_detail")]
DOCUMENT_PAGES = [
    path("", views.document_list, name="document_list"),
    path("<int:pk>/", views.document_detail, name="document_detail"),
]
