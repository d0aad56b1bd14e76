"""Who may read the API, and how often: API_ANONYMOUS_READ and the API_THROTTLE_* rates."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.throttling import SimpleRateThrottle


class ReadAccess(BasePermission):
    """Reads only; anonymous clients too while API_ANONYMOUS_READ is on (the pages are public).

    An anonymous client refused gets 401 with `WWW-Authenticate: Token`; a wrong or revoked
    token is a 401 even when anonymous reads are allowed (TokenAuthentication says so first).
    """

    message = "Give an API token (Authorization: Token <key>): anonymous reads are off."

    def has_permission(self, request, view) -> bool:
        if request.method not in SAFE_METHODS:
            return False
        return bool(settings.API_ANONYMOUS_READ or request.user.is_authenticated)


class _SettingRateThrottle(SimpleRateThrottle):
    """A throttle whose rate ("120/minute") is read from a setting at each request, so a
    deployer (and a test) changes it without a code change; an empty rate throttles nothing."""

    setting = ""

    def get_rate(self):
        return getattr(settings, self.setting) or None


class TokenRateThrottle(_SettingRateThrottle):
    """API_THROTTLE_TOKEN_RATE requests per authenticated client.

    Counted per user: an authtoken Token is one per user, so per user is per token (a session
    user of the docs counts against the same budget as that user's token)."""

    scope = "token"
    setting = "API_THROTTLE_TOKEN_RATE"

    def get_cache_key(self, request, view):
        if not request.user.is_authenticated:
            return None  # AnonRateThrottle's business
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


class AnonymousRateThrottle(_SettingRateThrottle):
    """API_THROTTLE_ANON_RATE requests per client address for anonymous clients (the address
    as REST_FRAMEWORK's NUM_PROXIES says to read it: a made-up X-Forwarded-For changes
    nothing unless BEHIND_TLS_PROXY)."""

    scope = "anonymous"
    setting = "API_THROTTLE_ANON_RATE"

    def get_cache_key(self, request, view):
        if request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
