from django.contrib import admin
from django.urls import include, path

from apps.companies import urls as companies_urls
from apps.drugs import urls as drugs_urls
from apps.sources import urls as sources_urls
from apps.timeline import urls as timeline_urls


def app_pages(app_urls, *cross_app_pages):
    """An app's URLs under its own namespace, followed by the pages timeline serves for it
    (pages that read other apps, which the app itself may not import)."""
    return include(([*app_urls.urlpatterns, *cross_app_pages], app_urls.app_name))


urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("apps.api.urls")),
    path("deals/", include("apps.deals.urls")),
    path("companies/", app_pages(companies_urls, *timeline_urls.COMPANY_PAGES)),
    path("drugs/", app_pages(drugs_urls, *timeline_urls.DRUG_PAGES)),
    path("designations/", include("apps.regulatory.urls")),
    path("documents/", app_pages(sources_urls, *timeline_urls.DOCUMENT_PAGES)),
    path("analytics/", include("apps.analytics.urls")),
    path("", include("apps.alerts.urls")),
    path("", include("apps.timeline.urls")),
]
