"""Extraction speed: cold start of a new process, and warm throughput on one core.

    python benchmarks/extract_benchmark.py [FOLDER] [--docs N] [--cold N] [--doc-kb K]

Cold start: wall time of N fresh ``manage.py extract ONE_LINE_FILE --json`` processes (Django
setup, imports, drug dictionary from its compiled cache; no spaCy or dateparser), and of the
same with ``python -m apps.ingestion.extraction`` (the extractor without Django) as a peer;
min and median.
Target (issue 8): under 1.5 s wall on an idle machine. The first run builds the dictionary cache
(``python -m apps.ingestion.extraction.drug_dictionary``) if it is missing, so it is not timed.

Warm throughput: FOLDER holds plain-text releases (default: fixtures/seeds/ if present, else
/work/shared/seeds), cut or repeated to documents of K KB (default 5), extracted N times in one
process after a warm-up. Target: at least 50 documents of 5 KB per second per core.
Report the output with ``uptime`` (the load average): the machine is shared, and on a busy
machine the documents per CPU second (time the process itself ran) are the steadier figure.
"""

import argparse
import itertools
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from apps.ingestion.extraction import extract  # noqa: E402

DEFAULT_FOLDERS = [ROOT / "fixtures" / "seeds", Path("/work/shared/seeds")]


def load_texts(folder: Path | None) -> list[str]:
    folders = [folder] if folder else [f for f in DEFAULT_FOLDERS if f.is_dir()]
    for candidate in folders:
        paths = sorted(candidate.glob("*.txt"))
        if paths:
            return [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    raise SystemExit(f"no .txt releases found in {folders}")


def sized(texts: list[str], kb: int) -> list[str]:
    """Each text cut (or repeated) to about ``kb`` KB, on a paragraph boundary where possible."""
    size = kb * 1000
    out = []
    for text in texts:
        while len(text) < size:
            text = text + "\n\n" + text
        cut = text.rfind("\n", 0, size)
        out.append(text[: cut if cut > size // 2 else size])
    return out


def cold_runs(command: list[str], runs: int) -> list[float]:
    """Wall seconds of ``runs`` fresh processes running ``command``."""
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
    return walls


def cold_start(runs: int) -> None:
    python = sys.executable
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("Acme Bio announced a financing.\n")
    one_line = handle.name
    subprocess.run(
        [python, "-m", "apps.ingestion.extraction.drug_dictionary"], cwd=ROOT, capture_output=True
    )
    commands = {
        "manage.py extract --json": [python, "manage.py", "extract", one_line, "--json"],
        "python -m apps.ingestion.extraction": [
            python,
            "-m",
            "apps.ingestion.extraction",
            one_line,
        ],
        "python -c pass (interpreter alone)": [python, "-c", "pass"],
    }
    for label, command in commands.items():
        walls = cold_runs(command, runs)
        print(
            f"cold {label}: min {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
            f"wall ({runs} runs)"
        )
    Path(one_line).unlink()


def traced_peak(texts: list[str]) -> int:
    """Peak bytes allocated while extracting each text once."""
    tracemalloc.start()
    for text in texts:
        extract(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, help="folder of .txt releases")
    parser.add_argument("--docs", type=int, default=200, help="documents to extract (default 200)")
    parser.add_argument(
        "--many-companies",
        type=int,
        nargs="*",
        metavar="N",
        help="also time one generated release naming N companies per N (e.g. 500 1000 2000)",
    )
    parser.add_argument(
        "--repeated-deal",
        type=int,
        nargs="*",
        metavar="N",
        help="also time one release telling the same deal in N sentences (e.g. 1000 3000)",
    )
    parser.add_argument(
        "--many-codes",
        type=int,
        nargs="*",
        metavar="N",
        help="also time one release licensing N product codes in one list (e.g. 3000 20000)",
    )
    parser.add_argument("--cold", type=int, default=5, help="cold-start runs (default 5, 0: none)")
    parser.add_argument("--doc-kb", type=int, default=5, help="document size in KB (default 5)")
    args = parser.parse_args(argv)
    if args.cold:
        cold_start(args.cold)
    texts = sized(load_texts(args.folder), args.doc_kb)
    extract(texts[0])  # warm-up: builds the spaCy pipeline and loads the drug dictionary

    started = time.perf_counter()
    cpu_started = time.process_time()
    chars = 0
    for i in range(args.docs):
        text = texts[i % len(texts)]
        extract(text)
        chars += len(text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_traced = traced_peak(texts)  # a separate pass: tracing slows extraction down
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"documents: {args.docs} ({len(texts)} distinct, mean {chars / args.docs / 1000:.1f} KB)")
    print(f"elapsed: {elapsed:.2f} s")
    print(f"warm documents per second (one core): {args.docs / elapsed:.1f}")
    # CPU time is what the process itself spent: steadier than wall time on a shared machine
    print(f"warm documents per CPU second: {args.docs / cpu:.1f}")
    print(f"KB per second: {chars / 1000 / elapsed:.0f}")
    print(f"peak traced memory while extracting one document: {peak_traced / 1e6:.1f} MB")
    print(
        f"peak resident memory of the process: {peak_rss_mb:.0f} MB (includes the drug dictionary)"
    )
    for count in args.many_companies or []:
        many_companies_case(count)
    for count in args.repeated_deal or []:
        repeated_deal_case(count)
    for count in args.many_codes or []:
        many_codes_case(count)
    return 0


REPEATED_DEAL = (
    "Kestrel Bio Inc. and Norvale Pharma Ltd. entered into a license agreement for KST-101 "
    "with an upfront payment of $10 million. "
)


def repeated_deal_case(count: int) -> None:
    """Extraction time should grow about linearly with the sentences that tell one deal (every
    sentence joins the same deal, the worst case for per-deal look-ups)."""
    timed_case("repeated deal", REPEATED_DEAL * count, count, "sentence", "deals")


def many_companies_release(count: int) -> str:
    """A generated release naming `count` invented companies, two per sentence, one per line."""
    syllables = ["kor", "vel", "zan", "mir", "tov", "ubi", "sal", "fen", "dro", "quil", "bax"]
    names = ["".join(parts).title() for parts in itertools.product(syllables, repeat=4)][:count]
    lines = [
        f"{a} Therapeutics, Inc. entered into a collaboration agreement with {b} Pharma Ltd."
        for a, b in zip(names[::2], names[1::2], strict=False)
    ]
    return "Partnering round-up\n\nBOSTON, May 6, 2025 -- " + "\n".join(lines)


def many_companies_case(count: int) -> None:
    """Extraction time should grow about linearly with the number of companies named."""
    timed_case("many companies", many_companies_release(count), count, "company", "companies")


def many_codes_case(count: int) -> None:
    """Extraction time should grow about linearly with the product codes a list names (each
    code is compared only with its neighbours)."""
    codes = ", ".join(f"AB-{i}" for i in range(1, count + 1))
    text = (
        f"Acme Bio, Inc. licensed {codes} to Beta Pharma Ltd. for an upfront payment of $5 million."
    )
    timed_case("many codes", text, count, "code", "drugs")


def timed_case(label: str, text: str, count: int, unit: str, listed: str) -> None:
    """Print one generated release's extraction time: total, per `unit` (of `count`), and how
    many facts of the `listed` kind came out (a sanity check that the case was read)."""
    started = time.perf_counter()
    result = extract(text)
    elapsed = time.perf_counter() - started
    print(
        f"{label} ({count}): {len(text) / 1000:.0f} KB, {elapsed:.2f} s, "
        f"{elapsed / count * 1000:.2f} ms per {unit}, {len(result[listed])} {listed} listed"
    )


if __name__ == "__main__":
    sys.exit(main())
