from django.urls import path

from . import views

app_name = "regulatory"
urlpatterns = [
    path("", views.designation_list, name="designation_list"),
]
