"""Settings for dealtracker, read from the environment with local defaults.

Local default: SQLite under var/, tasks run in-process (no broker).
Deployment: DATABASE_URL=postgres://..., CELERY_BROKER_URL=redis://... or amqp://...,
SECRET_KEY, DEBUG=0, ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from dealtracker.env import env_bool, env_fraction, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("DEALTRACKER_VAR_DIR", BASE_DIR / "var"))

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "simple_history",
    "import_export",
    "axes",
    "csp",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "apps.core",
    "apps.sources",
    "apps.companies",
    "apps.drugs",
    "apps.deals",
    "apps.regulatory",
    "apps.curation",
    "apps.ingestion",
    "apps.intake",
    "apps.timeline",
    "apps.alerts",
    "apps.analytics",
    "apps.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "dealtracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "dealtracker.wsgi.application"

DATABASE_URL = os.environ.get("DATABASE_URL", "")
if not DATABASE_URL:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded SQLite database lives here
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'dealtracker.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if IS_POSTGRES:
    # Pages run short queries: JIT compiling a plan the planner costs high (a capped count, a
    # search) took longer than running it; a broad search's matching parties (300k ids at a
    # million facts) must fit work_mem to be hashed, not re-scanned per deal (issue 10).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", "-c jit=off -c work_mem=32MB"
    )
if not IS_POSTGRES:
    # Concurrent writers (an in-process task beside a request) wait instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = VAR_DIR / "media"

# Anyone with an account logs in here to keep saved searches (apps/alerts); staff use the admin.
LOGIN_URL = "alerts:login"
LOGIN_REDIRECT_URL = "alerts:saved_search_list"
LOGOUT_REDIRECT_URL = "timeline:home"

# Digest emails (apps/alerts): links in them start with SITE_URL ("https://deals.example.org").
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT_SECONDS", 20)  # a digest's row lock waits at most this
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "dealtracker <alerts@localhost>")
# How often beat looks for digests due, and how recent a fact may be and still wait for the
# next digest (a load still committing when the digest reads).
ALERTS_DIGEST_INTERVAL_MINUTES = env_int("ALERTS_DIGEST_INTERVAL_MINUTES", 60)
ALERTS_DIGEST_SETTLE_SECONDS = env_int("ALERTS_DIGEST_SETTLE_SECONDS", 10 * 60)
# How often beat recomputes the analytics page's unfiltered figures after the facts changed.
ANALYTICS_WARM_SECONDS = env_int("ANALYTICS_WARM_SECONDS", 60)

# A spreadsheet import with one bad row writes nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True

# Uploads: one press release is small; the ingest limit below is the real guard.
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = INGEST_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Fetching URLs (apps/ingestion/http.py): one deadline for a whole fetch, redirects followed by
# us, and only public addresses unless listed here as networks ("127.0.0.1/32,10.8.0.0/16").
FETCH_TIMEOUT_SECONDS = env_int("FETCH_TIMEOUT_SECONDS", 30)
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", 5)
FETCH_ALLOWED_NETWORKS = env_list("FETCH_ALLOWED_NETWORKS", [])
FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", "dealtracker/0.1 (+https://github.com/dealtracker; press release reader)"
)

# Sources polled for new releases (apps/intake).
INTAKE_MAX_ITEMS_PER_POLL = env_int("INTAKE_MAX_ITEMS_PER_POLL", 50)
INTAKE_DISABLE_AFTER_FAILURES = env_int("INTAKE_DISABLE_AFTER_FAILURES", 5)
INTAKE_BACKOFF_MAX_MINUTES = env_int("INTAKE_BACKOFF_MAX_MINUTES", 24 * 60)
INTAKE_ITEM_MAX_ATTEMPTS = env_int("INTAKE_ITEM_MAX_ATTEMPTS", 3)
INTAKE_FETCH_STUCK_SECONDS = env_int("INTAKE_FETCH_STUCK_SECONDS", 15 * 60)
# Folder sources may only watch folders under these (a folder's files become public documents).
INTAKE_FOLDER_ROOTS = env_list("INTAKE_FOLDER_ROOTS", [str(VAR_DIR / "inbox")])
# SEC EDGAR asks every client to name itself ("Example Org ops@example.org") and to stay under
# 10 requests a second; the throttle is per worker process, hence 5 by default.
EDGAR_USER_AGENT = os.environ.get("EDGAR_USER_AGENT", "")
EDGAR_REQUESTS_PER_SECOND = env_int("EDGAR_REQUESTS_PER_SECOND", 5)
EDGAR_DATA_URL = os.environ.get("EDGAR_DATA_URL", "https://data.sec.gov")
EDGAR_ARCHIVES_URL = os.environ.get("EDGAR_ARCHIVES_URL", "https://www.sec.gov")

# Public pages show unreviewed facts marked as such unless this is off.
SHOW_UNREVIEWED_FACTS = env_bool("SHOW_UNREVIEWED_FACTS", True)
# ...and of those, only the ones the extractor was at least this sure of (0 to 1; 0 shows all).
PUBLIC_MIN_CONFIDENCE = env_fraction("PUBLIC_MIN_CONFIDENCE", 0.0)

# Celery: no broker configured means tasks run in-process, so the app needs no service.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = (
    os.environ.get(
        "CELERY_RESULT_BACKEND",
        CELERY_BROKER_URL if CELERY_BROKER_URL.startswith("redis") else "",
    )
    or None
)
# A task is acknowledged when it ends, and a worker killed mid-task gives its task back.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# One ingestion may run this long (the prefork pool kills it after the hard limit); the beat
# task `requeue_stuck_documents` re-queues a document left `running` longer than that.
CELERY_TASK_TIME_LIMIT = env_int("INGEST_TIME_LIMIT_SECONDS", 6 * 60)
CELERY_TASK_SOFT_TIME_LIMIT = max(1, CELERY_TASK_TIME_LIMIT - 60)
# The longest wait before a retry (tasks.py uses it as retry_backoff_max).
INGEST_RETRY_BACKOFF_MAX_SECONDS = env_int("INGEST_RETRY_BACKOFF_MAX_SECONDS", 5 * 60)
# Redis redelivers a message nobody acknowledged after this long: the message of a worker
# that died. It must outlast a task held until its retry time and then run to its limit,
# or a live task would be delivered twice.
CELERY_VISIBILITY_TIMEOUT_SECONDS = env_int(
    "CELERY_VISIBILITY_TIMEOUT_SECONDS",
    CELERY_TASK_TIME_LIMIT + INGEST_RETRY_BACKOFF_MAX_SECONDS + 60,
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT_SECONDS,
    # Look for such messages every tenth of the timeout (kombu's default: every 100 s).
    "unacked_restore_interval": max(1, min(60, CELERY_VISIBILITY_TIMEOUT_SECONDS // 10)),
    "unacked_restore_throttle": 1,
}
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
REINGEST_URL_INTERVAL_MINUTES = env_int("REINGEST_URL_INTERVAL_MINUTES", 24 * 60)
CELERY_BEAT_SCHEDULE = {
    "refetch-url-sources": {
        "task": "apps.ingestion.tasks.refetch_url_documents",
        "schedule": REINGEST_URL_INTERVAL_MINUTES * 60,
    },
    "reingest-stale-documents": {
        "task": "apps.ingestion.tasks.reingest_stale_documents",
        "schedule": REINGEST_URL_INTERVAL_MINUTES * 60,
    },
    "poll-due-sources": {"task": "apps.intake.tasks.poll_due_sources", "schedule": 60},
    # Daily and weekly digests of saved searches; each period is sent once (apps/alerts).
    "send-saved-search-digests": {
        "task": "apps.alerts.tasks.send_due_digests",
        "schedule": ALERTS_DIGEST_INTERVAL_MINUTES * 60,
    },
    # The analytics page's unfiltered aggregates, recomputed once the facts change (apps/analytics).
    "warm-analytics": {
        "task": "apps.analytics.tasks.analytics_warm",
        "schedule": ANALYTICS_WARM_SECONDS,
        "options": {"expires": ANALYTICS_WARM_SECONDS},  # never a queue of stale runs
    },
    "requeue-stuck-documents": {
        "task": "apps.ingestion.tasks.requeue_stuck_documents",
        "schedule": max(60, CELERY_TASK_TIME_LIMIT // 2),
    },
}

# Set only when a reverse proxy terminates TLS and sets X-Forwarded-Proto (and -For) itself:
# any client can send those headers to a gunicorn that faces the internet directly.
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Admin login throttling (django-axes): this many wrong passwords for one user name from one
# address locks that pair out for AXES_COOLOFF_TIME; a right password resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
# The client address: the proxy's X-Forwarded-For entry when behind one, else the socket's.
AXES_IPWARE_PROXY_COUNT = 1 if BEHIND_TLS_PROXY else 0
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if BEHIND_TLS_PROXY else ["REMOTE_ADDR"]
)

# Content-Security-Policy (django-csp): our own static files (CSS, vendored htmx) and nothing
# else; the one inline script in base.html carries the request's nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# Cache: per process unless CACHE_URL names a Redis database, which every worker process then
# shares (API throttling counts requests there: per process, N workers allow N times the rate).
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
        if CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# The read-only JSON API under /api/v1/ (apps/api). Anonymous clients may read, as they may read
# the pages, unless API_ANONYMOUS_READ is off; then a token (admin: Auth Token) or a session.
API_ANONYMOUS_READ = env_bool("API_ANONYMOUS_READ", True)
API_PAGE_SIZE = env_int("API_PAGE_SIZE", 50)
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 500)
# Requests per client and period ("120/minute", "10000/day"); empty turns that throttle off.
# Tokens (and logged-in users) are counted per user, anonymous clients per address.
API_THROTTLE_TOKEN_RATE = os.environ.get("API_THROTTLE_TOKEN_RATE", "600/minute")
API_THROTTLE_ANON_RATE = os.environ.get("API_THROTTLE_ANON_RATE", "60/minute")
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # The client address for anonymous throttling: the proxy's X-Forwarded-For entry when behind
    # one (as for django-axes), else the socket's; never a header any client can make up.
    "NUM_PROXIES": 1 if BEHIND_TLS_PROXY else 0,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "dealtracker API",
    "DESCRIPTION": (
        "Read-only JSON API of the deals, companies, drugs, regulatory designations, company "
        "events and source documents the pages show, with the same filters."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Swagger UI and Redoc from our own static files (drf-spectacular-sidecar), no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "DealTypeEnum": "apps.deals.models.Deal.Type",
        "DealRoleEnum": "apps.deals.models.DealParty.Role",
        "DesignationTypeEnum": "apps.regulatory.models.Designation.Type",
        "DesignationStatusEnum": "apps.regulatory.models.Designation.Status",
        "AgencyEnum": "apps.regulatory.models.Designation.Agency",
        "EventTypeEnum": "apps.companies.models.CompanyEvent.Type",
        "DocumentStatusEnum": "apps.sources.models.Document.Status",
        "ReviewStateEnum": "apps.core.models.ReviewState",
        "ModalityEnum": "apps.drugs.models.Drug.Modality",
        "ValueBasisEnum": "apps.deals.models.ValueBasis",
    },
}

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Turn these off only to try a production-like run over plain http on localhost.
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes logs every login at INFO; lockouts and failures are warnings.
    "loggers": {"axes": {"level": os.environ.get("AXES_LOG_LEVEL", "WARNING")}},
}
