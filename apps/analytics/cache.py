"""The analytics aggregates, cached by filter string and facts version.

Each chart's aggregate rows are stored under
`analytics:<SCHEMA>:<database>:<facts version>:<visibility settings>:<chart>:<query digest>`.
The facts version (freshness.py) changes with every committed write to a table the figures
read, so an entry is never served once a fact, a party, a review state or a confidence has
changed: what is cached is exactly what the aggregates would answer now. The visibility
settings (SHOW_UNREVIEWED_FACTS, PUBLIC_MIN_CONFIDENCE) are part of the key for the same
reason. The query digest is of the query string with its parameters sorted, less those that
choose no rows (page, format, chart): the same filters in another order share an entry.

Only a reader outside any transaction uses the cache. Inside one, its own uncommitted writes
would count in figures stored under a version other sessions share, and on PostgreSQL a
transaction's later writes do not change the version it already raised. Pages are served in
autocommit (no ATOMIC_REQUESTS), so they are cached; a test inside its rollback transaction
computes every figure (tests/analytics/test_analytics_cache.py uses transactional_db).

Entries of an older version are never read again and expire after CACHE_SECONDS.
"""

import hashlib
from collections.abc import Callable, Iterable
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict

from .freshness import facts_version
from .links import NOT_FILTERS

# Bump when a cached shape changes (a selector's columns, LEAGUE_SIZE...), so a deploy never
# reads the rows an older release stored.
SCHEMA = 1
CACHE_SECONDS = 24 * 60 * 60


def filter_digest(params: QueryDict) -> str:
    """sha256 of the query's parameters, sorted by name, less NOT_FILTERS (hex)."""
    pairs = sorted((name, values) for name, values in params.lists() if name not in NOT_FILTERS)
    return hashlib.sha256(urlencode(pairs, doseq=True).encode()).hexdigest()


def cache_keys(params: QueryDict, charts: Iterable[str]) -> dict[str, str]:
    """{chart key: its cache key} for these filters: 1 query (the facts version)."""
    visibility = f"{int(settings.SHOW_UNREVIEWED_FACTS)}-{settings.PUBLIC_MIN_CONFIDENCE!r}"
    database = connection.settings_dict["NAME"]
    head = f"analytics:{SCHEMA}:{database}:{facts_version()}:{visibility}"
    digest = filter_digest(params)
    return {chart: f"{head}:{chart}:{digest}" for chart in charts}


def cached_rows(
    params: QueryDict,
    keys: Iterable[str],
    compute: Callable[[list[str]], dict[str, list]],
) -> dict[str, list]:
    """{chart key: rows} for these filters: from the cache, and `compute(missing keys)` for
    the charts it lacks (then stored). 1 query when every chart is cached; inside a
    transaction no query, and `compute` for every chart."""
    if connection.in_atomic_block:
        return compute(list(keys))
    names = cache_keys(params, keys)
    found = cache.get_many(list(names.values()))
    rows = {key: found[name] for key, name in names.items() if name in found}
    missing = [key for key in names if key not in rows]
    if missing:
        fresh = compute(missing)
        cache.set_many({names[key]: fresh[key] for key in missing}, timeout=CACHE_SECONDS)
        rows.update(fresh)
    return rows
