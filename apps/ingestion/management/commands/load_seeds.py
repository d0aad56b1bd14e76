from django.core.management.base import BaseCommand

from apps.ingestion.seeds import FIXTURES_DIR, seed_load, seed_pairs


class Command(BaseCommand):
    help = "Load the seed press releases in fixtures/ with their curated extractions (idempotent)."

    def handle(self, *args, **options):
        for text_path, extraction_path in seed_pairs(FIXTURES_DIR):
            document, summary = seed_load(text_path=text_path, extraction_path=extraction_path)
            self.stdout.write(f"{text_path.name}: document {document.pk}, {summary}")
