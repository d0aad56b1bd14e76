from django.urls import path

from . import views
from .exports import DealFeed

app_name = "deals"
urlpatterns = [
    path("", views.deal_list, name="deal_list"),
    path("feed/", DealFeed(), name="deal_feed"),
    path("_suggest/territories/", views.territory_suggest, name="territory_suggest"),
    path("<int:pk>/", views.deal_detail, name="deal_detail"),
]
