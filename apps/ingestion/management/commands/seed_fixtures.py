import json

from django.core.management.base import BaseCommand, CommandError

from apps.ingestion.corrections import (
    CorrectionMismatch,
    corrections_path,
    extraction_differences,
    seed_corrections_record,
    seed_rebuild,
)
from apps.ingestion.seeds import FIXTURES_DIR, seed_pairs


class Command(BaseCommand):
    help = (
        "Rebuild the seed fixtures from the pipeline plus the curator corrections in "
        "fixtures/corrections/. --check: the rebuild equals fixtures/extractions/ (list order "
        "ignored); --record: derive the corrections again from the current extractor; "
        "--write: overwrite fixtures/extractions/ with the rebuild."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group(required=True)
        mode.add_argument("--check", action="store_true")
        mode.add_argument("--record", action="store_true")
        mode.add_argument("--write", action="store_true")

    def handle(self, *args, check: bool, record: bool, write: bool, **options):
        failed = 0
        for text_path, extraction_path in seed_pairs(FIXTURES_DIR):
            if record:
                corrections = seed_corrections_record(
                    text_path=text_path, extraction_path=extraction_path
                )
                counts = _correction_counts(corrections)
                self.stdout.write(f"{corrections_path(text_path)}: {counts}")
                continue
            try:
                rebuilt = seed_rebuild(text_path)
            except CorrectionMismatch as error:
                failed += 1
                self.stdout.write(self.style.ERROR(f"{text_path.name}: {error}"))
                continue
            if write:
                extraction_path.write_text(
                    json.dumps(rebuilt, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
                self.stdout.write(f"{extraction_path}: rebuilt")
                continue
            curated = json.loads(extraction_path.read_text(encoding="utf-8"))
            differences = extraction_differences(rebuilt, curated)
            if differences:
                failed += 1
                self.stdout.write(self.style.ERROR(f"{text_path.name}: differs from curated"))
                for line in differences:
                    self.stdout.write(f"  {line}")
            else:
                self.stdout.write(self.style.SUCCESS(f"{text_path.name}: rebuild = curated"))
        if failed:
            raise CommandError(
                f"{failed} seed(s) do not rebuild; if the extractor changed on purpose, "
                "run `manage.py seed_fixtures --record`"
            )


def _correction_counts(corrections: dict) -> str:
    parts = []
    for kind, section in corrections.items():
        if isinstance(section, dict) and kind != "document":
            for action in ("remove", "set", "add"):
                if section.get(action):
                    parts.append(f"{kind} {action} {len(section[action])}")
    if corrections.get("document"):
        parts.append("document fields set")
    return ", ".join(parts) or "no corrections"
