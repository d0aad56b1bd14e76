from django.urls import path

from . import views

app_name = "companies"
# A company's page and feed are its timeline, a cross-app view: apps/timeline serves them
# under this namespace (timeline.urls.COMPANY_PAGES, mounted in dealtracker/urls.py).
urlpatterns = [
    path("", views.company_list, name="company_list"),
    # "_suggest" is never a slug: slugify() strips leading underscores.
    path("_suggest/", views.company_suggest, name="company_suggest"),
]
