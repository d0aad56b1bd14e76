"""python -m apps.ingestion.extraction FILE: print the extraction of a plain-text file as JSON."""

import argparse
import json
import sys

from . import ExtractionInputTooLarge, extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", help="plain-text press release (UTF-8)")
    parser.add_argument("--title", default=None, help="headline, if not the first line")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    try:
        result = extract(text, title=args.title)
    except ExtractionInputTooLarge as error:
        sys.stderr.write(f"{args.file}: {error}\n")
        return 2
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
