"""The "Save this search" control that list pages show beside their exports."""

from django import template

from ..lists import NOT_FILTERS, watched_list_at

register = template.Library()


@register.inclusion_tag("alerts/includes/save_control.html", takes_context=True)
def save_search_control(context):
    """Nothing on pages that are not lists; a login link for visitors; else the form."""
    request = context.get("request")
    if request is None or watched_list_at(request.path) is None:
        return {"show": False}
    query = request.GET.copy()
    for key in NOT_FILTERS:
        query.pop(key, None)
    return {
        "show": True,
        "user": request.user,
        "path": request.path,
        "query": query.urlencode(),
        "here": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
