from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "apps.analytics"
    label = "analytics"

    def ready(self):
        from django.db.backends.signals import connection_created

        from .aggregates import register_sqlite_median

        # SQLite has no percentile_cont; each new connection gets our MEDIAN aggregate.
        connection_created.connect(register_sqlite_median, dispatch_uid="analytics_median")
