from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "apps.api"
    label = "api"
    verbose_name = "API"
    # The OpenAPI filter extension in schema.py registers itself when views.py imports it, not
    # in ready(): drf-spectacular costs every `manage.py` start a tenth of a second otherwise.
