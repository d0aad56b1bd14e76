"""A production run as the README tells it: DEBUG=0, collectstatic, check --deploy, gunicorn.

Each server is a real gunicorn process on a free port with its own STATIC_ROOT and SQLite
file, so the settings read at import (storage, proxy header) are the deployed ones.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = Path(PYTHON).with_name("gunicorn")


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """The environment of a DEBUG=0 deployment, with collectstatic run into a temp folder."""
    folder = tmp_path_factory.mktemp("deploy")
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "STATIC_ROOT": str(folder / "static"),
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DEALTRACKER_VAR_DIR": str(folder),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the browser tests' conftest sets it for Playwright
    run = subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert (folder / "static" / "staticfiles.json").exists()  # the manifest pages need
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, env: dict):
        self.port = _free_port()
        self.process = subprocess.Popen(
            [
                *(str(GUNICORN), "dealtracker.wsgi", "--bind", f"127.0.0.1:{self.port}", "-w", "1"),
                # gunicorn itself trusts X-Forwarded-Proto from loopback; the test client is on
                # loopback, so gunicorn is told to trust no one and Django's setting decides.
                *("--forwarded-allow-ips", "192.0.2.1"),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                assert self.process.poll() is None, self.process.stderr.read().decode()
                time.sleep(0.2)
        raise AssertionError("gunicorn did not start")

    def get(self, path: str, headers: dict | None = None):
        """(status, headers, body) without following redirects."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        # No HTTP(S)_PROXY from the environment: the request must reach this gunicorn as sent.
        opener = urllib.request.build_opener(NoRedirect, urllib.request.ProxyHandler({}))
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers=headers or {}
        )
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def test_check_deploy_reports_nothing(deployed):
    run = subprocess.run(
        [PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=deployed,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_gunicorn_with_debug_off_serves_a_page_and_its_hashed_static_files(deployed):
    # A TLS proxy in front: it says the request came over https, so no redirect.
    server = Server({**deployed, "BEHIND_TLS_PROXY": "1"})
    try:
        status, headers, body = server.get("/search/", {"X-Forwarded-Proto": "https"})
        assert status == 200, body[:2000]
        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
        assert stylesheet, "the page links the manifest's hashed file"
        assert server.get(stylesheet.group(1), {"X-Forwarded-Proto": "https"})[0] == 200
        assert "max-age=" in headers["Strict-Transport-Security"]
        policy = headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
    finally:
        server.stop()


def test_a_spoofed_forwarded_proto_is_not_trusted_without_a_proxy(deployed):
    server = Server(deployed)  # gunicorn facing clients directly: BEHIND_TLS_PROXY unset
    try:
        status, headers, _body = server.get("/search/", {"X-Forwarded-Proto": "https"})
        assert status == 301 and headers["Location"].startswith("https://")
        assert "Strict-Transport-Security" not in headers
    finally:
        server.stop()
