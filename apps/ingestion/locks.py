"""Advisory locks that make parallel loads naming the same company or drug take turns."""

import hashlib

from django.db import connection

from apps.core.names import name_key


def names_lock(extraction: dict) -> None:
    """Make loads that name the same company or drug take turns (PostgreSQL advisory locks).

    A name is resolved by its folded key (`name_key`), and a load that finds no company for
    a key creates one. Two loads doing that at once would both miss the other's uncommitted
    company and create two. So, inside the document's transaction and before any lookup,
    each load takes one transaction-scoped lock per company and drug key it names, in sorted
    order (no deadlock between two loads); the second load waits for the first to commit
    and then finds its rows. Loads naming nothing in common still run side by side.
    SQLite needs none: it lets one writer at a time into the database.
    """
    if connection.vendor != "postgresql":
        return
    lock_ids = sorted({_lock_id(kind, name) for kind, name in _names_in(extraction)})
    if not lock_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(id)"
            " FROM (SELECT id FROM unnest(%s::bigint[]) AS id ORDER BY id) AS ids",
            [lock_ids],
        )


def _lock_id(kind: str, name: str) -> int:
    """A signed 64-bit advisory lock id for one folded name (a collision only waits)."""
    digest = hashlib.blake2b(f"{kind}:{name_key(name)}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _names_in(extraction: dict):
    """(kind, name) for every company and drug name the extraction resolves."""
    for item in extraction["companies"]:
        for name in [item["name"], *item.get("aliases", []), item.get("parent")]:
            if name:
                yield "company", name
    for item in extraction["drugs"]:
        for name in [item["name"], *item.get("aliases", [])]:
            yield "drug", name
        if item.get("owner"):
            yield "company", item["owner"]
    for item in extraction["deals"]:
        for party in item["parties"]:
            yield "company", party["company"]
        for name in item.get("drugs", []):
            yield "drug", name
    for item in extraction["designations"]:
        yield "drug", item["drug"]
    for item in extraction["events"]:
        yield "company", item["company"]
