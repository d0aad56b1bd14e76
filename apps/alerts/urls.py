from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "alerts"
urlpatterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="alerts/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("searches/", views.saved_search_list, name="saved_search_list"),
    path("searches/save/", views.saved_search_create_view, name="saved_search_create"),
    path("searches/<int:pk>/open/", views.saved_search_open_view, name="saved_search_open"),
    path("searches/<int:pk>/digest/", views.saved_search_digest, name="saved_search_digest"),
    path("searches/<int:pk>/delete/", views.saved_search_delete, name="saved_search_delete"),
    path("searches/<int:pk>/feed-url/", views.feed_token_new, name="feed_token_new"),
    path("searches/<int:pk>/feed-url/revoke/", views.feed_token_revoke_view, name="feed_revoke"),
    path("searches/feed/<str:token>/", views.saved_search_feed, name="saved_search_feed"),
]
