"""The Celery app. Workers: `celery -A dealtracker worker -l info`."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")

app = Celery("dealtracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
