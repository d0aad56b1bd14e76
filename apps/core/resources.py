"""django-import-export base for curated models: all rows or none, imports count as curation."""

from import_export import resources

from apps.core.curated import curated_fields_merge
from apps.core.services import unique_slug

# Bookkeeping a spreadsheet must not set: review goes through the review actions.
REVIEW_COLUMNS = ("review_state", "reviewed_at")


class CuratedResource(resources.ModelResource):
    """A curator's spreadsheet: validated row by row, written only when every row is valid.

    Values an import changes on an existing fact are marked curated, like an admin edit,
    so a re-ingest does not undo them.
    """

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True  # one bad row: nothing written
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        if instance.pk is None:
            return
        names = [
            field.attribute
            for field in self.get_import_fields()
            if field.attribute and field.attribute not in REVIEW_COLUMNS
        ]
        concrete = {f.name: f.attname for f in instance._meta.concrete_fields}
        columns = [concrete[name] for name in names if name in concrete]
        stored = type(instance).objects.filter(pk=instance.pk).values(*columns).first() or {}
        changed = [
            name
            for name, column in zip([n for n in names if n in concrete], columns, strict=True)
            if column in stored and stored[column] != getattr(instance, column)
        ]
        instance.curated_fields = curated_fields_merge(
            current=instance.curated_fields, changed=changed
        )


def slug_fill(row: dict, model, *, source: str = "name") -> None:
    """Give a new row without a slug one made from its name, unique among stored rows."""
    if row.get("slug") or not row.get(source):
        return
    row["slug"] = unique_slug(model, row[source])
