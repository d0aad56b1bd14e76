from django.core.management.base import BaseCommand, CommandError

from apps.ingestion.management.commands._each import run_each
from apps.ingestion.services import document_sync, reingestable_documents, stale_documents
from apps.ingestion.tasks import document_enqueue
from apps.sources.models import Document


class Command(BaseCommand):
    help = (
        "Re-extract stored documents and update their facts: --stale (extracted by an older "
        "extractor), --all (every document but the curated seeds) or the document IDs given."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ID", help="document ids")
        parser.add_argument(
            "--stale", action="store_true", help="documents from an older extractor version"
        )
        parser.add_argument(
            "--all", action="store_true", help="every document except curated seeds"
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="send the work to the Celery workers"
        )

    def handle(self, *args, ids: list[int], stale: bool, enqueue: bool, **options):
        if sum([bool(ids), stale, options["all"]]) != 1:
            raise CommandError("give exactly one of --stale, --all or document IDs")
        if stale:
            documents, force = list(stale_documents()), False
        elif options["all"]:
            documents, force = list(reingestable_documents()), True
        else:
            found = Document.objects.in_bulk(ids)
            missing = sorted(set(ids) - set(found))
            if missing:
                raise CommandError(f"no document with id {', '.join(map(str, missing))}")
            documents, force = [found[pk] for pk in ids], True
        if not documents:
            self.stdout.write("nothing to re-ingest")
            return

        def step(document: Document) -> str:
            if enqueue:
                document_enqueue(document, force=force)
                return "queued"
            summary = document_sync(document_id=document.pk, force=force)
            return str(summary or "already up to date")

        run_each(self, documents, label=document_label, step=step)


def document_label(document: Document) -> str:
    name = str(document)
    return f"document {document.pk} ({name[:60]}{'…' if len(name) > 60 else ''})"
