"""Cursor pagination: pages that stay right while facts are added, at any depth.

Rows are ordered by id, newest first: the primary key is indexed and unique, so the cursor
(the last id seen) never skips or repeats a row and a page costs one index range scan, where
OFFSET would read every row before it.
"""

from django.conf import settings
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination


class IdCursorPagination(CursorPagination):
    """`?cursor=` from the `next`/`previous` links; `?page_size=` from 1 to API_MAX_PAGE_SIZE
    (default API_PAGE_SIZE). A cursor or page size that is not one gives 400 with the reason."""

    ordering = "-id"
    page_size_query_param = "page_size"
    invalid_cursor_message = "This cursor is not one the API gave: follow the next/previous links."

    def __init__(self):
        # Read per request (a paginator is made for each), so the settings can change.
        self.page_size = settings.API_PAGE_SIZE
        self.max_page_size = settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {"page_size": [f"A whole number from 1 to {self.max_page_size}, not “{raw}”."]}
            )
        return int(raw)

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except NotFound as error:  # DRF's answer; but a bad cursor is a bad request, not a 404
            raise ValidationError({"cursor": [self.invalid_cursor_message]}) from error

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                }
                parameter["description"] = (
                    f"Rows per page, 1 to {self.max_page_size} (default {self.page_size})."
                )
        return parameters
