from django.apps import AppConfig


class RegulatoryConfig(AppConfig):
    name = "apps.regulatory"
    label = "regulatory"
    verbose_name = "Regulatory designations"
