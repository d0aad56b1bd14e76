"""Saved searches: save from a list, "My searches", open, digest, private feed, login."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .forms import DigestForm, SaveSearchForm
from .lists import WATCHED_LISTS
from .models import SavedSearch
from .selectors import search_summaries
from .services import (
    TooManySearches,
    feed_token_create,
    feed_token_revoke,
    saved_search_create,
    saved_search_open,
    search_by_feed_token,
)


def _own(request, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)


@login_required
def saved_search_list(request):
    summaries = search_summaries(request.user)
    for summary in summaries:
        summary.digest_form = DigestForm(instance=summary.search, prefix=f"s{summary.search.pk}")
    return render(request, "alerts/saved_search_list.html", {"summaries": summaries})


@login_required
@require_POST
def saved_search_create_view(request):
    form = SaveSearchForm(request.POST, user=request.user)
    if form.is_valid():
        data = form.cleaned_data
        try:
            saved_search_create(
                user=request.user,
                name=data["name"],
                list_key=data["list_key"],
                slug=data["slug"],
                query=data["query"],
            )
        except TooManySearches as error:
            form.add_error(None, str(error))
        except IntegrityError:  # the same name saved a moment ago in another tab
            form.add_error("name", "You already have a search of that name.")
        else:
            messages.success(request, f"Saved “{data['name']}”.")
            return redirect("alerts:saved_search_list")
    # Nothing is lost: the form comes back with the name and filters as sent.
    return render(request, "alerts/saved_search_form.html", {"form": form}, status=400)


@login_required
def saved_search_open_view(request, pk: int):
    """Open the search's list with its filters; its count of new facts starts again."""
    search = saved_search_open(search=_own(request, pk))
    watched = WATCHED_LISTS[search.list_key]
    args = [search.slug] if watched.is_timeline else []
    url = reverse(watched.url_name, args=args)
    return HttpResponseRedirect(f"{url}?{search.query}" if search.query else url)


@login_required
@require_POST
def saved_search_digest(request, pk: int):
    search = _own(request, pk)
    form = DigestForm(request.POST, instance=search, prefix=f"s{pk}")
    if form.is_valid():
        form.save()
        messages.success(request, f"“{search.name}”: {search.get_digest_display().lower()}.")
    else:
        messages.error(request, f"“{search.name}”: {' '.join(form.errors.get('digest', []))}")
    return redirect("alerts:saved_search_list")


@login_required
@require_POST
def saved_search_delete(request, pk: int):
    search = _own(request, pk)
    search.delete()
    messages.success(request, f"Deleted “{search.name}”.")
    return redirect("alerts:saved_search_list")


@never_cache
@login_required
@require_POST
def feed_token_new(request, pk: int):
    """A new private feed URL, shown once in this response (only its hash is kept)."""
    search = _own(request, pk)
    token = feed_token_create(search=search)
    feed_url = request.build_absolute_uri(reverse("alerts:saved_search_feed", args=[token]))
    return render(request, "alerts/feed_token.html", {"search": search, "feed_url": feed_url})


@login_required
@require_POST
def feed_token_revoke_view(request, pk: int):
    search = _own(request, pk)
    feed_token_revoke(search=search)
    messages.success(request, f"“{search.name}”: the feed URL no longer works.")
    return redirect("alerts:saved_search_list")


@never_cache
def saved_search_feed(request, token: str):
    """The saved search's list feed, for whoever holds the token (a feed reader has no
    session); an unknown or revoked token is a 404. Reading it does not mark the search read."""
    search = search_by_feed_token(token)
    if search is None:
        raise Http404("No such feed.")
    watched = WATCHED_LISTS[search.list_key]
    feed = watched.feed()
    feed.title = f"dealtracker: {search.name}"  # an instance value beats the class's
    request.GET = QueryDict(search.query)  # the list's feed reads its filters from here
    kwargs = {"slug": search.slug} if watched.is_timeline else {}
    response = feed(request, **kwargs)
    response["X-Robots-Tag"] = "noindex"
    return response
