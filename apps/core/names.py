"""Folding names so that one company or drug is found under every way a release writes it."""

import re
import unicodedata

# Legal and generic suffixes that do not tell two organisations apart:
# "Ascentage Pharma" and "Ascentage Pharma Group International" are one company.
LEGAL_SUFFIXES = {
    "co",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "llc",
    "plc",
    "ag",
    "sa",
    "se",
    "nv",
    "bv",
    "gmbh",
    "kk",
    "group",
    "holdings",
    "holding",
    "international",
    "the",
    "company",
    "lp",
    "llp",
    "pty",
    "spa",
    "ab",
    "as",
    "oy",
}
CHINESE_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "集團", "公司")


def fold(name: str) -> str:
    """Case, width, marks and punctuation folded: 'AK-139®' -> 'ak 139'."""
    name = unicodedata.normalize("NFKC", name or "").lower()
    name = re.sub(r"[®™©]", "", name)
    name = re.sub(r"[^\w]+", " ", name)
    return " ".join(name.split())


def name_key(name: str) -> str:
    """The key two spellings of one name share: folded, legal suffixes dropped."""
    folded = fold(name)
    for suffix in CHINESE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix):
            folded = folded[: -len(suffix)]
    words = [word for word in folded.split() if word not in LEGAL_SUFFIXES]
    return " ".join(words) or folded
