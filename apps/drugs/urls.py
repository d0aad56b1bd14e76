from django.urls import path

from . import views

app_name = "drugs"
# A drug's page shows its deals and designations: apps/timeline serves it under this
# namespace (timeline.urls.DRUG_PAGES, mounted in dealtracker/urls.py).
urlpatterns = [
    path("", views.drug_list, name="drug_list"),
    # "_suggest" is never a slug: slugify() strips leading underscores.
    path("_suggest/", views.drug_suggest, name="drug_suggest"),
    path("_suggest/indications/", views.indication_suggest, name="indication_suggest"),
]
