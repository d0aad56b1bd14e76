from django.apps import AppConfig


class DrugsConfig(AppConfig):
    name = "apps.drugs"
    label = "drugs"
