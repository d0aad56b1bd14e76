"""Read-only API views: each a page's selector, its FilterSet and a serializer; no logic.

List: GET /api/v1/<kind>/?<the list page's filters>&page_size=&cursor=
Detail: GET /api/v1/<kind>/<id or slug>/ (404 for a hidden or unknown fact)
"""

from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication

from apps.sources.models import Document

# schema registers the OpenAPI filter extension (drf-spectacular finds extensions by import);
# every schema view and `manage.py spectacular` load these views first.
from . import filters, schema, selectors, serializers  # noqa: F401
from .access import AnonymousRateThrottle, ReadAccess, TokenRateThrottle
from .pagination import IdCursorPagination


class FactViewSet(viewsets.ReadOnlyModelViewSet):
    """List and detail of one kind of fact, as its list page filters and shows it."""

    # Token first: an anonymous client refused gets 401 with `WWW-Authenticate: Token`.
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [ReadAccess]
    throttle_classes = [TokenRateThrottle, AnonymousRateThrottle]
    pagination_class = IdCursorPagination
    filter_backends = [filters.PageFilterBackend]
    # Digits only, so a detail URL is this view's or Django's 404; an id past bigint matches
    # no row (Django drops out-of-range integer lookups) rather than failing in the database.
    lookup_value_regex = r"[0-9]+"


@extend_schema_view(
    list=extend_schema(summary="Deals", description="Deals with the deal list's filters."),
    retrieve=extend_schema(summary="One deal"),
)
class DealViewSet(FactViewSet):
    serializer_class = serializers.DealSerializer
    filterset_class = filters.DealApiFilter

    def get_queryset(self):
        return selectors.api_deals()  # settings (visibility) are read per request


@extend_schema_view(
    list=extend_schema(summary="Companies", description="Companies, filtered by `q`."),
    retrieve=extend_schema(summary="One company, by slug"),
)
class CompanyViewSet(FactViewSet):
    serializer_class = serializers.CompanySerializer
    filterset_class = filters.CompanyFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def get_queryset(self):
        return selectors.api_companies()


@extend_schema_view(
    list=extend_schema(summary="Drugs", description="Drugs with the drug list's filters."),
    retrieve=extend_schema(summary="One drug, by slug"),
)
class DrugViewSet(FactViewSet):
    serializer_class = serializers.DrugSerializer
    filterset_class = filters.DrugFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def get_queryset(self):
        return selectors.api_drugs()


@extend_schema_view(
    list=extend_schema(
        summary="Regulatory designations",
        description="Designations with the designation list's filters.",
    ),
    retrieve=extend_schema(summary="One designation"),
)
class DesignationViewSet(FactViewSet):
    serializer_class = serializers.DesignationSerializer
    filterset_class = filters.DesignationFilter

    def get_queryset(self):
        return selectors.api_designations()


@extend_schema_view(
    list=extend_schema(summary="Company events", description="Facilities, financings, ..."),
    retrieve=extend_schema(summary="One company event"),
)
class EventViewSet(FactViewSet):
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter

    def get_queryset(self):
        return selectors.api_events()


@extend_schema_view(
    list=extend_schema(summary="Source documents", description="Press releases, no text."),
    retrieve=extend_schema(
        summary="One source document",
        description="With its text and the quotes of the facts the pages show.",
    ),
)
class DocumentViewSet(FactViewSet):
    filterset_class = filters.DocumentFilter

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            # Schema generation (also `check --deploy`, maybe before migrate) needs the model
            # only; the listing selector reads ContentType rows.
            return Document.objects.none()
        if self.action == "retrieve":
            return selectors.api_document_detail()
        return selectors.api_documents()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.DocumentDetailSerializer
        return serializers.DocumentSerializer

    def get_object(self):
        return selectors.document_quotes_attach(super().get_object())


class SwaggerView(SpectacularSwaggerSplitView):
    """Swagger UI from our static files (drf-spectacular-sidecar), under the site's CSP: its
    set-up script is a file (the split view's `?script`), its styles a stylesheet, nothing
    inline. A logged-in user's "Try it out" reads with the session."""

    template_name = "api/swagger_ui.html"
