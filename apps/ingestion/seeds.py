"""The seed documents and their curated extractions, shipped in fixtures/."""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.ingestion.curating import LoadSummary
from apps.ingestion.loader import facts_sync
from apps.sources.models import Document, content_hash

FIXTURES_DIR = Path(settings.BASE_DIR) / "fixtures"
CURATED_VERSION = "curated"


def seed_pairs(fixtures_dir: Path = FIXTURES_DIR) -> list[tuple[Path, Path]]:
    """Each seed text with its curated extraction, matched by file stem."""
    pairs = []
    for text_path in sorted((fixtures_dir / "seeds").glob("*.txt")):
        extraction_path = fixtures_dir / "extractions" / f"{text_path.stem}.json"
        if not extraction_path.exists():
            raise FileNotFoundError(f"no curated extraction for {text_path.name}")
        pairs.append((text_path, extraction_path))
    return pairs


def seed_load(*, text_path: Path, extraction_path: Path) -> tuple[Document, LoadSummary]:
    """Store one seed document and load its curated extraction; safe to repeat."""
    text = text_path.read_text(encoding="utf-8")
    extraction = json.loads(extraction_path.read_text(encoding="utf-8"))
    with transaction.atomic():
        document, _ = Document.objects.get_or_create(
            content_hash=content_hash(text),
            defaults={"text": text, "file_name": text_path.name, "media_type": "text/plain"},
        )
        summary = facts_sync(document=document, extraction=extraction)
        document.extraction = extraction
        document.extractor_version = CURATED_VERSION
        document.ingested_hash = document.content_hash
        document.status = Document.Status.DONE
        document.error = ""
        document.ingested_at = document.ingested_at or timezone.now()
        document.save()
    return document, summary
