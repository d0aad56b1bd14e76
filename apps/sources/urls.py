"""The document pages read every fact app, so apps/timeline serves them under the sources:
namespace (timeline.urls.DOCUMENT_PAGES, mounted in dealtracker/urls.py)."""

app_name = "sources"
urlpatterns: list = []
