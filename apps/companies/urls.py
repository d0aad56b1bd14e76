from django.urls import path

from apps.timeline import views as timeline_views

from . import views

app_name = "companies"
# A company's page is its timeline, a cross-app view that lives in apps/timeline.
urlpatterns = [
    path("", views.company_list, name="company_list"),
    # "_suggest" is never a slug: slugify() strips leading underscores.
    path("_suggest/", views.company_suggest, name="company_suggest"),
    path("<slug:slug>/", timeline_views.company_detail, name="company_detail"),
    path("<slug:slug>/feed/", timeline_views.CompanyTimelineFeed(), name="company_feed"),
]
