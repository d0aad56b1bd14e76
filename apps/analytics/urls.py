from django.urls import path

from . import views

app_name = "analytics"
urlpatterns = [
    path("", views.analytics, name="analytics"),
    path("csv/<slug:key>/", views.chart_csv, name="chart_csv"),
]
