import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.ingestion.readers import DocumentError, read_document


class Command(BaseCommand):
    help = (
        "Print the facts extracted from one press release file (text, HTML or PDF). "
        "The database is not touched."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="a .txt, .html or .pdf press release")
        parser.add_argument(
            "--json", action="store_true", help="print the extraction in the contract's JSON shape"
        )

    def handle(self, *args, file: Path, **options):
        from apps.ingestion import extraction as extractor

        try:
            read = read_document(file.read_bytes(), file_name=file.name)
        except (OSError, DocumentError) as error:
            raise CommandError(f"{file}: {error}") from error
        try:
            extraction = extractor.extract(read.text, title=read.title or None)
        except extractor.ExtractionInputTooLarge as error:
            # a text over the extractor's limit: the one clear error, as `ingest` gives it
            raise CommandError(f"{file}: {error}") from error
        if options["json"]:
            self.stdout.write(json.dumps(extraction, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{file} ({read.media_type}, extractor {extractor.EXTRACTOR_VERSION})")
        for kind in ("companies", "drugs", "deals", "designations", "events"):
            self.stdout.write(f"  {len(extraction[kind])} {kind}")
            for item in extraction[kind]:
                self.stdout.write(f"    - {_fact_label(kind, item)}")


def _fact_label(kind: str, item: dict) -> str:
    if kind in ("companies", "drugs"):
        return item["name"]
    if kind == "deals":
        parties = ", ".join(f"{p['company']} ({p['role']})" for p in item["parties"])
        return f"{item['type']}: {parties}"
    if kind == "designations":
        return f"{item['drug']}: {item['agency']} {item['type']} {item['status']}"
    return f"{item['company']}: {item['type']} {item.get('summary') or ''}".strip()
