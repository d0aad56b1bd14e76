"""The OpenAPI schema is generated without drf-spectacular warnings in a fresh process.

A fresh process, because the filter extension in apps/api/schema.py registers itself on import:
within the test run some earlier test has always imported it, which would hide a schema that
only a cold `manage.py spectacular` (or the first request after a deploy) gets wrong.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_schema_generates_without_warnings_in_a_fresh_process(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "spectacular",
            "--fail-on-warn",
            "--file",
            str(tmp_path / "s.yml"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    schema = (tmp_path / "s.yml").read_text()
    assert "/api/v1/deals/" in schema
    assert "A name or alias in any script" in schema  # the extension's description of `company`
