"""Writes shared by the fact apps: a company or drug found by any of its names, or made
under a free slug."""

from collections.abc import Callable, Sequence

from django.db import IntegrityError, models, transaction
from django.utils.text import slugify

SLUG_ATTEMPTS = 5


def always() -> bool:
    """The upserts' default `may_create`: nothing forbids a new row."""
    return True


def unique_slug(model: type[models.Model], name: str) -> str:
    """A slug for `name` that no stored row of `model` has yet: "acme", else "acme-2"..."""
    base = slugify(name)[:280] or model._meta.model_name
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def named_create(model: type[models.Model], *, name: str) -> models.Model:
    """A new company or drug under a free slug.

    Two names with different keys can still slug alike ("Quorn+Bel", "QuornBel"); when a
    concurrent load takes the slug between our check and our insert, the next one is tried.
    Raises IntegrityError when the slug is taken SLUG_ATTEMPTS times, or for another reason.
    """
    for attempt in range(1, SLUG_ATTEMPTS + 1):
        slug = unique_slug(model, name)
        try:
            with transaction.atomic():  # a savepoint: the caller's transaction goes on
                return model.objects.create(name=name, slug=slug)
        except IntegrityError:
            if attempt == SLUG_ATTEMPTS or not model.objects.filter(slug=slug).exists():
                raise  # not a slug taken meanwhile, or taken every time
    raise AssertionError("unreachable")


def named_upsert(
    model: type[models.Model],
    *,
    name: str,
    aliases: Sequence[str],
    record_names: bool,
    may_create: Callable[[], bool],
) -> tuple[models.Model | None, bool]:
    """company_upsert and drug_upsert: the row of `model` (Company or Drug, with an `aliases`
    relation and a `by_name` queryset) known by `name` or any alias, else a new one named
    `name`; (row, created), or (None, False) when nothing is found and may_create() says no.

    A new row gets every given name as an alias; a found one the names it lacks when
    `record_names`.
    """
    names = [name, *aliases]
    row = None
    for each in names:
        row = model.objects.by_name(each).order_by("pk").first()
        if row is not None:
            break
    created = row is None
    if created:
        if not may_create():
            return None, False
        row = named_create(model, name=name)
    if created or record_names:
        existing = set() if created else set(row.aliases.values_list("name", flat=True))
        for each in names:
            if each not in existing:
                row.aliases.create(name=each)
                existing.add(each)
    return row, created
