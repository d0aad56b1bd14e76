#!/usr/bin/env python3
"""Set-up and everyday commands, needing only Python 3.11+.

python3 dev.py run     create .venv, install, migrate, load the seeds, serve 127.0.0.1:8000
python3 dev.py test    create .venv, install, run the whole test suite (extra args go to pytest)
python3 dev.py setup   create .venv and install only
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".dealtracker-installed"


def run(*args: str | Path, **kwargs) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, **kwargs)


def setup() -> None:
    """Create the virtual environment and install; reinstall only when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 the user has
        sys.exit("dealtracker needs Python 3.11 or newer")
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.write_text(wanted)


def serve() -> None:
    setup()
    run(PYTHON, "manage.py", "migrate", "--no-input")
    run(PYTHON, "manage.py", "load_seeds")
    run(PYTHON, "manage.py", "runserver", "127.0.0.1:8000")


def test(pytest_args: list[str]) -> int:
    setup()
    return subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT).returncode


def main() -> None:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "run":
        serve()
    elif command == "test":
        sys.exit(test(rest))
    elif command == "setup":
        setup()
    else:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)


if __name__ == "__main__":
    main()
