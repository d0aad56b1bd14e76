from pathlib import Path

from django.core.management.base import BaseCommand

from apps.ingestion.management.commands._each import run_each
from apps.ingestion.services import document_create, document_enqueue, document_sync


class Command(BaseCommand):
    help = (
        "Ingest press releases (text, HTML or PDF files, or folders of them): store each, "
        "extract its facts and load them. One summary line per document; exits non-zero "
        "if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="store the documents and leave extraction to the Celery workers",
        )

    def handle(self, *args, paths: list[Path], enqueue: bool, **options):
        def step(path: Path) -> str:
            document = document_create(data=path.read_bytes(), file_name=path.name)
            if enqueue:
                document_enqueue(document)
                return f"document {document.pk}, queued"
            summary = document_sync(document_id=document.pk)
            return f"document {document.pk}, {summary or 'already up to date'}"

        run_each(self, files_under(paths), label=str, step=step)


def files_under(paths: list[Path]) -> list[Path]:
    """The files named, and every file in the folders named, hidden files left out."""
    files = []
    for path in paths:
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
