"""Keyset (cursor) pages: the rows after (or before) a row's position in the list's order.

A page past the first reads `WHERE (announced_on, id) < (:date, :id) ORDER BY ... LIMIT 51`
from the index in the list's order, so page 2000 costs what page 2 costs; OFFSET walked
every row before it. The position travels in the `next`/`previous` links as a cursor: the
sort key values of the last (first) row shown, JSON in URL-safe base64. A cursor is not
signed: a hand-made one only moves to another position of the same list, and one that does
not decode into the list's key values is a BadCursor (400), never a 500.

NULLs: a list orders a nullable key with NULLS LAST (or FIRST) stated, as PostgreSQL and
SQLite would otherwise put them at opposite ends. A row comparison never matches NULL, so the
rows after a position are read as a few ordered segments, one query each, and only until the
page is full: `(date, id) < (:date, :id)` then `date IS NULL`.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import F, Field, Func, OrderBy, Q, QuerySet, Value
from django.db.models.lookups import GreaterThan, LessThan

# A cursor longer than this is no cursor of ours (a few dates, numbers and a name).
CURSOR_MAX_LENGTH = 2000


class BadCursor(ValueError):
    """A cursor that is not a position in this list (tampered, cut or from another list)."""


@dataclass(frozen=True)
class Key:
    """One term of a list's order: a concrete field, its direction and where NULLs go."""

    field: Field
    descending: bool
    nulls_last: bool

    @property
    def name(self) -> str:
        return self.field.attname

    def order_by(self, *, reverse: bool = False) -> OrderBy:
        descending = self.descending != reverse
        nulls_last = self.nulls_last != reverse
        if not self.field.null:  # a NOT NULL column: say nothing, so plain indexes serve it
            return OrderBy(F(self.name), descending=descending)
        if nulls_last:
            return OrderBy(F(self.name), descending=descending, nulls_last=True)
        return OrderBy(F(self.name), descending=descending, nulls_first=True)


def order_keys(queryset: QuerySet) -> list[Key]:
    """The queryset's order as keys, ending on the primary key (added when missing).

    Accepts what the lists order by: field names ("-id", "name") and F(...).asc()/.desc().
    A nullable key with no stated NULLS place gets NULLS LAST. TypeError for anything else
    (an annotation, a related field): keyset pages need columns of the row itself.
    """
    meta = queryset.model._meta
    keys = []
    for term in queryset.query.order_by or meta.ordering:
        if isinstance(term, str):
            name, descending, nulls_last = term.lstrip("-"), term.startswith("-"), True
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            name, descending = term.expression.name, term.descending
            nulls_last = not term.nulls_first
        else:
            raise TypeError(f"keyset pages cannot follow the order term {term!r}")
        field = meta.pk if name == "pk" else meta.get_field(name)
        if not field.concrete or field.is_relation:
            raise TypeError(f"keyset pages need a column of the row itself, not {name!r}")
        keys.append(Key(field, descending, nulls_last))
        if field.primary_key:
            return keys
    last_descending = keys[-1].descending if keys else False
    return [*keys, Key(meta.pk, last_descending, True)]


def ordered(queryset: QuerySet, keys: list[Key]) -> QuerySet:
    """The queryset in exactly the keys' order (NULLS stated, the id last)."""
    return queryset.order_by(*(key.order_by() for key in keys))


def cursor_of(row: Any, keys: list[Key]) -> str:
    """The cursor of a row (a model instance or a values() dict): its key values."""
    values = [row[key.name] if isinstance(row, dict) else getattr(row, key.name) for key in keys]
    text = json.dumps([_plain(value) for value in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)  # dates in ISO, decimals as written: to_python reads them back


def cursor_values(cursor: str, keys: list[Key]) -> list[Any]:
    """The key values a cursor holds, each read by its field; BadCursor says why not."""
    bad = BadCursor(
        f"“{cursor[:40]}” is not a position in this list: follow the Next and Previous links."
    )
    if not cursor or len(cursor) > CURSOR_MAX_LENGTH:
        raise bad
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        raw = json.loads(text)
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        # RecursionError: "[[[[..." nested past the parser's depth fits in the length limit.
        raise bad from None
    if not isinstance(raw, list) or len(raw) != len(keys):
        raise bad
    values = []
    for key, value in zip(keys, raw, strict=True):
        if value is None:
            if not key.field.null:
                raise bad
            values.append(None)
            continue
        if not isinstance(value, int | str) or isinstance(value, bool):
            raise bad
        try:
            if isinstance(value, str):
                # What no text column holds: PostgreSQL refuses NUL, UTF-8 a lone surrogate.
                if "\x00" in value:
                    raise ValueError("NUL")
                value.encode()  # UnicodeEncodeError (a ValueError) for "\ud800"
            value = key.field.to_python(value)
            key.field.run_validators(value)  # in the column's range: 10**30 is no id
            values.append(value)
        except (ValidationError, TypeError, ValueError, OverflowError):
            raise bad from None
    return values


def _row(*expressions) -> Func:
    # "(a, b)": a row value; PostgreSQL compares it with an index range, SQLite >= 3.15 too.
    return Func(*expressions, function="", template="(%(expressions)s)", output_field=Field())


def _beyond(keys: list[Key], values: list[Any]) -> Q:
    """Rows whose (non-NULL) keys come after these values, the keys all one direction."""
    if len(keys) == 1:
        lookup = "lt" if keys[0].descending else "gt"
        return Q(**{f"{keys[0].name}__{lookup}": values[0]})
    compare = LessThan if keys[0].descending else GreaterThan
    lhs = _row(*(F(key.name) for key in keys))
    pairs = zip(keys, values, strict=True)
    rhs = _row(*(Value(value, output_field=key.field) for key, value in pairs))
    return Q(compare(lhs, rhs))


def _equal(key: Key, value: Any) -> Q:
    return Q(**{f"{key.name}__isnull": True}) if value is None else Q(**{key.name: value})


def segments_after(keys: list[Key], values: list[Any]) -> list[Q]:
    """Disjoint conditions whose rows, each segment in the keys' order and one segment after
    the other, are exactly the rows after the position `values`.

    Built from the last key back: for key k, first the rows equal on keys[:k+1] and after on
    the rest, then the rows beyond values[k] on key k, then (NULLS LAST) its NULLs. Where the
    later keys are one row comparison in the same direction, the first two merge into one,
    `(date, id) < (:date, :id)`, which one index range serves (a NULL it meets on an equal
    prefix makes it false: those rows sit in a NULLs segment of their own, or before).
    """
    # Each tail: (condition on keys[k:], the keys a row comparison of it covers, or None).
    tails: list[tuple[Q, list[Key] | None]] = []
    for k in reversed(range(len(keys))):
        key, value = keys[k], values[k]
        merged = (
            value is not None
            and len(tails) == 1
            and tails[0][1] is not None
            and all(later.descending == key.descending for later in tails[0][1])
        )
        if merged:
            covered = [key, *tails[0][1]]
            heads = [(_beyond(covered, values[k : k + len(covered)]), covered)]
        else:
            heads = [(_equal(key, value) & tail, None) for tail, _covered in tails]
            if value is not None:
                heads.append((_beyond([key], [value]), [key]))
        if key.field.null and value is not None and key.nulls_last:
            heads.append((Q(**{f"{key.name}__isnull": True}), None))
        elif key.field.null and value is None and not key.nulls_last:
            heads.append((Q(**{f"{key.name}__isnull": False}), None))
        tails = heads
    return [condition for condition, _covered in tails]


def reversed_keys(keys: list[Key]) -> list[Key]:
    """The same order read backwards (NULLS LAST becomes NULLS FIRST)."""
    return [Key(key.field, not key.descending, not key.nulls_last) for key in keys]


def rows_after(queryset: QuerySet, keys: list[Key], values: list[Any], limit: int) -> list:
    """Up to `limit` rows of the queryset after the position, in the keys' order: one query
    per segment, stopping as soon as the rows are enough."""
    found: list = []
    for condition in segments_after(keys, values):
        part = ordered(queryset.filter(condition), keys)[: limit - len(found)]
        found.extend(part)
        if len(found) >= limit:
            break
    return found
