from django.urls import path

from . import views
from .exports import DesignationFeed

app_name = "regulatory"
urlpatterns = [
    path("", views.designation_list, name="designation_list"),
    path("feed/", DesignationFeed(), name="designation_feed"),
]
