"""A Celery app for the killed-worker test: the normal app, with loads that stall.

`celery -A tests.ingestion.slow_worker worker` runs the project's tasks, except that each
load, once it has written its facts and before its transaction commits, touches the file
named by SLOW_WORKER_LOADED_FILE and then sleeps. The test kills the worker there. Only
this test module's worker imports it; the project's own code has no such hook.
"""

import os
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
django.setup()

from apps.ingestion import services  # noqa: E402 - needs django.setup()
from dealtracker.celery import app  # noqa: E402

__all__ = ["app"]

_real_facts_sync = services.facts_sync


def _facts_sync_then_stall(**kwargs):
    summary = _real_facts_sync(**kwargs)
    Path(os.environ["SLOW_WORKER_LOADED_FILE"]).touch()  # written, not committed
    time.sleep(300)
    return summary


services.facts_sync = _facts_sync_then_stall
