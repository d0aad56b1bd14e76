from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "apps.analytics"
    label = "analytics"

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from .aggregates import register_sqlite_median
        from .freshness import install_triggers_after_migrate

        # SQLite has no percentile_cont; each new connection gets our MEDIAN aggregate.
        connection_created.connect(register_sqlite_median, dispatch_uid="analytics_median")
        # The fact tables' change triggers (freshness.py), after any migration that may have
        # added or remade a table.
        post_migrate.connect(
            install_triggers_after_migrate, sender=self, dispatch_uid="analytics_triggers"
        )
