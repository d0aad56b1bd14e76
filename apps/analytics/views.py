from django.http import Http404
from django.shortcuts import render

from apps.core.exports import Column, csv_response, invalid_filters_response

from .report import CHARTS, analytics_chart, analytics_report


def analytics(request):
    report = analytics_report(request.GET)
    return render(
        request,
        "analytics/analytics.html",
        {"filter": report.filterset, "report": report},
        status=200 if report.valid else 400,
    )


def chart_csv(request, key: str):
    if key not in CHARTS:
        raise Http404("No such chart.")
    deal_filter, chart = analytics_chart(request.GET, key)
    if chart is None:
        return invalid_filters_response(deal_filter.errors)
    columns = [
        Column(name, lambda row, index=index: row[index])
        for index, name in enumerate(chart.csv_head)
    ]
    return csv_response(f"analytics-{key}.csv", columns, chart.csv_rows)
