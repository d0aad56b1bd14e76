"""What a drug row holds in CSV, JSON and XLSX (documented in docs/exports.md)."""

from apps.core.exports import Column

DRUG_COLUMNS = [
    Column("id", lambda drug: drug.pk),
    Column("url", lambda drug: drug.get_absolute_url()),
    Column("name", lambda drug: drug.name),
    Column("slug", lambda drug: drug.slug),
    Column("code_names", lambda drug: drug.code_names),
    Column("owner", lambda drug: drug.owner.slug if drug.owner else None),
    Column("modality", lambda drug: drug.modality),
    Column("targets", lambda drug: [target.name for target in drug.targets.all()]),
    Column("indications", lambda drug: [item.name for item in drug.indications.all()]),
    Column("review_state", lambda drug: drug.review_state),
]
