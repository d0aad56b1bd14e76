"""Run one step per item with a progress bar and one summary line each; count failures."""

import sys
from collections.abc import Callable, Iterable

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

# Fewer items than this finish before a progress bar would tell anything.
PROGRESS_MIN_ITEMS = 3


def run_each(
    command: BaseCommand, items: Iterable, *, label: Callable, step: Callable[..., str]
) -> None:
    """Call step(item) for every item; a failing item is reported and the others still run.

    Raises CommandError (non-zero exit) naming how many failed.
    """
    items = list(items)
    failed = 0
    with tqdm(
        total=len(items),
        unit="doc",
        file=sys.stderr,
        disable=len(items) < PROGRESS_MIN_ITEMS,
        dynamic_ncols=True,
    ) as bar:
        for item in items:
            try:
                line = f"{label(item)}: {step(item)}"
            except Exception as error:  # noqa: BLE001 - one bad document must not stop the rest
                failed += 1
                line = f"{label(item)}: FAILED: {error_text(error)}"
                style = command.style.ERROR
            else:
                style = command.style.SUCCESS
            with tqdm.external_write_mode():
                command.stdout.write(style(line))
            bar.update(1)
    if failed:
        raise CommandError(f"{failed} of {len(items)} failed")


def error_text(error: Exception) -> str:
    from apps.ingestion.contract import ExtractionError
    from apps.ingestion.readers import DocumentError

    if isinstance(error, DocumentError | ExtractionError | OSError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error}"
