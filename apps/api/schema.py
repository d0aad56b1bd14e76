"""OpenAPI additions drf-spectacular cannot infer: our error answers and anonymous access."""

import copy

from django.conf import settings
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.drainage import set_override

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
# {"date_after": ["Enter a date as YYYY, YYYY-MM or YYYY-MM-DD ..."], "__all__": [...]}
INVALID = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "description": "The filters (or page_size, cursor) that were refused, each with why.",
}


# Filters whose type drf-spectacular cannot read from the FilterSet (it guesses from the model
# field, and a name box is no integer): what they take, as the list pages' forms say.
NAME = "A name or alias in any script, a ticker (2096.HK) or the slug from its address."
FILTER_PARAMETERS = {
    "company": {"type": "string", "maxLength": 200, "description": NAME},
    "drug": {"type": "string", "maxLength": 200, "description": "A name, code name or slug."},
    "indication": {
        "type": "string",
        "maxLength": 200,
        "description": "Words of a disease (all must match) or an indication id.",
    },
    "target": {
        "type": "string",
        "maxLength": 200,
        "description": "A target's name (EGFR) or its id, as the analytics page links it.",
    },
    "subsidiaries": {
        "type": "string",
        "enum": ["on", "off"],
        "description": "off: the company alone; on (default): with its subsidiaries.",
    },
    "date_after": {
        "type": "string",
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "description": "From this date: YYYY, YYYY-MM or YYYY-MM-DD.",
    },
    "date_before": {
        "type": "string",
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "description": "Up to this date, its whole period included: 2020 means to 31 Dec 2020.",
    },
}


class PageFilterExtension(DjangoFilterExtension):
    """drf-spectacular's django-filter support, told the types of FILTER_PARAMETERS (filters
    that work through a method and a form field, not a model field, which it cannot read)."""

    priority = 1  # before the stock extension

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        fixed = FILTER_PARAMETERS.get(field_name)
        if fixed is not None:
            filter_field = copy.copy(filter_field)  # the page's FilterSet keeps its own
            set_override(filter_field, "field", _schema(fixed))
        return super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )


def _schema(fixed: dict) -> dict:
    return {key: value for key, value in fixed.items() if key != "description"}


def _json(ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


def add_error_responses(result, generator, request, public):
    """drf-spectacular post-processing hook: 400, 401, 404 and 429 on every operation, and an
    anonymous alternative in `security` while API_ANONYMOUS_READ is on."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["InvalidParameters"] = INVALID
    for path, operations in result.get("paths", {}).items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                fixed = FILTER_PARAMETERS.get(parameter["name"])
                if fixed and parameter["in"] == "query":
                    parameter["schema"] = _schema(fixed)
                    parameter["description"] = fixed["description"]
            responses = operation.setdefault("responses", {})
            responses["400"] = _json("InvalidParameters", "A filter or parameter was refused.")
            responses["401"] = _json("Error", "No valid token (when anonymous reads are off).")
            if "{" in path:
                responses["404"] = _json("Error", "No such row, or the pages do not show it.")
            responses["429"] = _json("Error", "Too many requests: wait Retry-After seconds.")
            security = operation.setdefault("security", [])
            if settings.API_ANONYMOUS_READ and {} not in security:
                security.append({})
    return result
