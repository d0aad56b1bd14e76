"""A company timeline as iCalendar (RFC 5545): one all-day event per dated fact.

Small enough to write by hand: a partial date becomes an event as long as what it means,
"May 2020" runs from 1 May to 31 May.
"""

import datetime as dt

from django.http import HttpResponse

from apps.core.filters import last_day

from .selectors import TimelineEntry


def _escape(text: str) -> str:
    """TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        limit = 75 if not parts else 74  # continuation lines start with a space
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def calendar_text(*, name: str, entries: list[TimelineEntry], base_url: str, host: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//dealtracker//company timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for entry in entries:
        if entry.when is None:
            continue  # a calendar needs a date
        end = last_day(entry.when) + dt.timedelta(days=1)  # DTEND is exclusive
        url = base_url + entry.url
        lines += [
            "BEGIN:VEVENT",
            f"UID:{entry.kind}-{entry.fact.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{entry.when.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:{_escape(entry.title)}",
            f"DESCRIPTION:{_escape(f'{entry.type_label}, {entry.when.display()}. {url}')}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def calendar_response(*, filename: str, **kwargs) -> HttpResponse:
    response = HttpResponse(calendar_text(**kwargs), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
