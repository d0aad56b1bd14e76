from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("apps.api.urls")),
    path("deals/", include("apps.deals.urls")),
    path("companies/", include("apps.companies.urls")),
    path("drugs/", include("apps.drugs.urls")),
    path("designations/", include("apps.regulatory.urls")),
    path("documents/", include("apps.sources.urls")),
    path("", include("apps.timeline.urls")),
]
