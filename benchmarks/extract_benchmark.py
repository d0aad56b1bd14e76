"""Extraction throughput on one process: documents per second and peak memory.

    python benchmarks/extract_benchmark.py [FOLDER] [--docs N]

FOLDER holds plain-text releases (default: fixtures/seeds/ if present, else
/work/shared/seeds). The texts are repeated until N documents have been extracted.
Pipeline construction and the drug dictionary load once, before the clock starts.
"""

import argparse
import itertools
import resource
import sys
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
    args = parser.parse_args(argv)
    texts = load_texts(args.folder)
    extract(texts[0])  # warm-up: builds the spaCy pipeline and loads the drug dictionary

    started = time.perf_counter()
    chars = 0
    for i in range(args.docs):
        text = texts[i % len(texts)]
        extract(text)
        chars += len(text)
    elapsed = time.perf_counter() - started
    peak_traced = traced_peak(texts)  # a separate pass: tracing slows extraction down
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"documents: {args.docs} ({len(texts)} distinct, mean {chars / args.docs / 1000:.1f} KB)")
    print(f"elapsed: {elapsed:.2f} s")
    print(f"documents per second: {args.docs / elapsed:.1f}")
    print(f"KB per second: {chars / 1000 / elapsed:.0f}")
    print(f"peak traced memory while extracting one document: {peak_traced / 1e6:.1f} MB")
    print(
        f"peak resident memory of the process: {peak_rss_mb:.0f} MB (includes the drug dictionary)"
    )
    for count in args.many_companies or []:
        many_companies_case(count)
    return 0


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
    text = many_companies_release(count)
    started = time.perf_counter()
    result = extract(text)
    elapsed = time.perf_counter() - started
    print(
        f"many companies: {count} named, {len(text) / 1000:.0f} KB, {elapsed:.2f} s, "
        f"{elapsed / count * 1000:.2f} ms per company, {len(result['companies'])} listed"
    )


if __name__ == "__main__":
    sys.exit(main())
