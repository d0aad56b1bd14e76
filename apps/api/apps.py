from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "apps.api"
    label = "api"
    verbose_name = "API"

    def ready(self):
        # Registers the OpenAPI filter extension (drf-spectacular finds extensions by import).
        from . import schema  # noqa: F401
