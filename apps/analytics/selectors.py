"""The analytics page's aggregates: one GROUP BY query each, over an already filtered queryset.

Every function takes the deal (or designation) queryset the list page's FilterSet produced, so
a figure counts exactly the rows its list shows. Shapes are plain lists of dicts, values in
USD where named `usd`. Nothing here loops over fact rows in Python.
"""

from django.db import connection
from django.db.models import Count, FilteredRelation, Min, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear, Lower

from apps.companies.models import Company
from apps.deals.models import Deal, DealParty
from apps.drugs.models import Target

from .aggregates import Median
from .scratch import deal_ids, subquery_sql

LEAGUE_SIZE = 20
TOP_SIZE = 20
LEAGUE_ROLES = ("licensor", "licensee", "acquirer", "target")


def _plain(queryset: QuerySet) -> QuerySet:
    return queryset.order_by()  # the list's ORDER BY would only slow a GROUP BY down


def deals_per_year(deals: QuerySet) -> list[dict]:
    """[{"year": 2023, "type": "license", "deals": 12}, ...]: dated deals only, by year, type."""
    rows = (
        _plain(deals)
        .filter(announced_on__isnull=False)
        .annotate(year=ExtractYear("announced_on"))
        .values("year", "type")
        .annotate(deals=Count("pk"))
        .order_by("year", "type")
    )
    return list(rows)


def value_per_year(deals: QuerySet) -> list[dict]:
    """[{"year", "deals", "disclosed", "sum_usd", "median_usd"}, ...] per announcement year.

    `disclosed` counts the deals with a USD headline value (Deal.value_usd, converted at the
    ECB rate of the announcement date); sum and median are over those (None when none).
    """
    rows = (
        _plain(deals)
        .filter(announced_on__isnull=False)
        .annotate(year=ExtractYear("announced_on"))
        .values("year")
        .annotate(
            deals=Count("pk"),
            disclosed=Count("value_usd"),
            sum_usd=Sum("value_usd"),
            median_usd=Median("value_usd"),
        )
        .order_by("year")
    )
    return list(rows)


# Each company's top parent: walk down from the roots (no parent), so every company below a
# root gets it. A company caught in a parent loop (a curator's mistake) is reached from no
# root and stands for itself (the COALESCE); UNION ALL over a tree always ends. A hidden
# parent reads as no parent, as on the company page: the walk never enters a hidden company,
# so a rejected holding company is never a group's name.
_LEAGUE_SQL = """
WITH RECURSIVE tops(id, top_id) AS (
    SELECT id, id FROM {company}
    WHERE (parent_id IS NULL OR parent_id IN ({hidden})) AND id NOT IN ({hidden})
    UNION ALL
    SELECT child.id, tops.top_id FROM {company} child JOIN tops ON child.parent_id = tops.id
    WHERE child.id NOT IN ({hidden})
),
shares AS (
    SELECT DISTINCT party.role AS role, COALESCE(tops.top_id, party.company_id) AS company_id,
           party.deal_id AS deal_id
    FROM {party} party LEFT JOIN tops ON tops.id = party.company_id
    WHERE party.role IN ({roles}) AND party.deal_id IN ({deals})
),
groups AS (
    SELECT shares.role, shares.company_id, COUNT(*) AS deals,
           COUNT(deal.value_usd) AS disclosed, SUM(deal.value_usd) AS sum_usd
    FROM shares JOIN {deal} deal ON deal.id = shares.deal_id
    GROUP BY shares.role, shares.company_id
),
ranked AS (
    SELECT groups.*,
        ROW_NUMBER() OVER (PARTITION BY role ORDER BY deals DESC, company_id) AS by_deals,
        ROW_NUMBER() OVER (
            PARTITION BY role ORDER BY COALESCE(sum_usd, -1) DESC, deals DESC, company_id
        ) AS by_value
    FROM groups
)
SELECT ranked.role, company.id, company.name, company.slug, ranked.deals, ranked.disclosed,
       ranked.sum_usd, ranked.by_deals, ranked.by_value
FROM ranked JOIN {company} company ON company.id = ranked.company_id
WHERE ranked.by_deals <= %s OR (ranked.by_value <= %s AND ranked.sum_usd IS NOT NULL)
ORDER BY ranked.role, ranked.by_deals
"""


def league_rows(deals: QuerySet, *, size: int = LEAGUE_SIZE) -> list[dict]:
    """Companies by role, subsidiaries counted under their top parent, in one query.

    [{"role", "company_id", "name", "slug", "deals", "disclosed", "sum_usd", "by_deals",
    "by_value"}]: a group's deals (each counted once, however many of its companies take
    part) and their disclosed USD sum; by_deals / by_value are its ranks within the role.
    Rows ranked within `size` on either measure. Raw SQL because the ORM has no recursive
    CTE (Company.family_ids walks the same tree the same way).
    """
    deal_sql, deal_params = subquery_sql(deal_ids(deals))
    hidden_sql, hidden_params = Company.objects.hidden().values("pk").query.sql_with_params()
    quote = connection.ops.quote_name
    sql = _LEAGUE_SQL.format(
        hidden=hidden_sql,
        company=quote(Company._meta.db_table),
        party=quote(DealParty._meta.db_table),
        deal=quote(Deal._meta.db_table),
        roles=", ".join(["%s"] * len(LEAGUE_ROLES)),
        deals=deal_sql,
    )
    params = [*hidden_params * 3, *LEAGUE_ROLES, *deal_params, size, size]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [
            "role",
            "company_id",
            "name",
            "slug",
            "deals",
            "disclosed",
            "sum_usd",
            "by_deals",
            "by_value",
        ]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def country_flows(deals: QuerySet) -> list[dict]:
    """[{"year", "licensor_country", "licensee_country", "deals"}]: dated deals with a
    licensor and a licensee whose companies record a country, counted once per pair.

    Countries group case-folded ("china" is China), as the deal list's licensor_country and
    licensee_country filters match them; each is named by its first spelling (MIN).
    """
    rows = (
        _plain(deals)
        .filter(announced_on__isnull=False)
        .annotate(
            licensor=FilteredRelation("parties", condition=Q(parties__role="licensor")),
            licensee=FilteredRelation("parties", condition=Q(parties__role="licensee")),
        )
        # `> ""` keeps the join: exclude() on a to-many path adds a NOT EXISTS per row.
        .filter(licensor__company__country__gt="", licensee__company__country__gt="")
        .annotate(
            year=ExtractYear("announced_on"),
            licensor_key=Lower("licensor__company__country"),
            licensee_key=Lower("licensee__company__country"),
        )
        .values("year", "licensor_key", "licensee_key")
        .annotate(
            deals=Count("pk", distinct=True),
            licensor_country=Min("licensor__company__country"),
            licensee_country=Min("licensee__company__country"),
        )
        .order_by("year", "licensor_key", "licensee_key")
    )
    return [
        {
            "year": row["year"],
            "licensor_country": row["licensor_country"],
            "licensee_country": row["licensee_country"],
            "deals": row["deals"],
        }
        for row in rows
    ]


def designations_per_year(designations: QuerySet) -> list[dict]:
    """[{"year", "agency", "type", "designations"}]: dated designations by year, agency, type."""
    rows = (
        _plain(designations)
        .filter(date__isnull=False)
        .annotate(year=ExtractYear("date"))
        .values("year", "agency", "type")
        .annotate(designations=Count("pk"))
        .order_by("year", "agency", "type")
    )
    return list(rows)


def top_indications(deals: QuerySet, *, size: int = TOP_SIZE) -> list[dict]:
    """[{"id", "name", "deals"}]: the indications most deals name, most first."""
    links = Deal.indications.through.objects.filter(deal_id__in=deal_ids(deals))
    rows = (
        links.values("indication_id", "indication__name")
        .annotate(deals=Count("deal_id"))
        .order_by("-deals", "indication__name")[:size]
    )
    return [
        {"id": row["indication_id"], "name": row["indication__name"], "deals": row["deals"]}
        for row in rows
    ]


def top_targets(deals: QuerySet, *, size: int = TOP_SIZE) -> list[dict]:
    """[{"id", "name", "deals"}]: the targets of the deals' drugs, by deals naming one of
    their drugs (a deal with two EGFR drugs counts once), most first."""
    rows = (
        Target.objects.filter(drugs__deals__in=deal_ids(deals))
        .values("pk", "name")
        .annotate(deals=Count("drugs__deals", distinct=True))
        .order_by("-deals", "name")[:size]
    )
    return [{"id": row["pk"], "name": row["name"], "deals": row["deals"]} for row in rows]
