from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from . import views

app_name = "api"

router = SimpleRouter()
router.register("deals", views.DealViewSet, basename="deal")
router.register("companies", views.CompanyViewSet, basename="company")
router.register("drugs", views.DrugViewSet, basename="drug")
router.register("designations", views.DesignationViewSet, basename="designation")
router.register("events", views.EventViewSet, basename="event")
router.register("documents", views.DocumentViewSet, basename="document")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", views.SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]
