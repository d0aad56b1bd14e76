from pathlib import Path

from django.core.management.base import BaseCommand

from apps.ingestion.management.commands._each import run_each
from apps.ingestion.services import document_create, document_fetch, document_sync
from apps.ingestion.tasks import document_enqueue


class Command(BaseCommand):
    help = (
        "Ingest press releases (text, HTML or PDF files, folders of them, or http(s) URLs): "
        "store each, "
        "extract its facts and load them. One summary line per document; exits non-zero "
        "if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders or http(s) URLs")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="store the documents and leave extraction to the Celery workers",
        )

    def handle(self, *args, paths: list[str], enqueue: bool, **options):
        def step(source: Path | str) -> str:
            if isinstance(source, str):
                document = document_fetch(url=source)
            else:
                document = document_create(data=source.read_bytes(), file_name=source.name)
            if enqueue:
                document_enqueue(document)
                return f"document {document.pk}, queued"
            summary = document_sync(document_id=document.pk)
            return f"document {document.pk}, {summary or 'already up to date'}"

        run_each(self, files_under(paths), label=str, step=step)


def files_under(paths: list[str]) -> list[Path | str]:
    """The URLs and files named, and every file in the folders named, hidden files left out."""
    files: list[Path | str] = []
    for name in paths:
        if name.startswith(("http://", "https://")):
            files.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)  # a missing file is reported by its own failure line
    return files
