"""The language a release is written in, as the contract's ``document.language``.

``language_of(text)`` gives an ISO 639-1 code ("en", "zh", "de", ...) or None for a text with
no letters. English releases, nearly every input, are told by their function words alone, so
the common path loads no model; any other text goes to py3langid (a trained language
identifier for 97 languages, deterministic and offline). Its model takes about two seconds to
load once per process, which only a non-English release pays.

Never raises on any str input; never imports Django.
"""

import re

# Common English function words: a release in English uses them in about one word in four.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "for",
        "on",
        "with",
        "is",
        "that",
        "by",
        "as",
        "at",
        "from",
        "its",
        "has",
        "be",
        "an",
        "are",
        "was",
        "will",
        "this",
        "which",
        "have",
        "or",
        "it",
        "our",
        "we",
    ]
)
# Share of English function words among a text's Latin-script words above which it is English.
# English releases measure 0.2-0.3; German or French ones with English names under 0.05.
ENGLISH_SHARE = 0.12
# Han, kana and Hangul: a text this dense in them is not English whatever its Latin words say.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
LATIN_WORD = re.compile(r"[A-Za-z]+")
# Enough of the text to decide: the identifier's answer settles within a few paragraphs.
SAMPLE_CHARS = 5000


def language_of(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in, or None when it has no letters.

    Example: language_of("Helvara today announced ...") == "en"; a release in Chinese gives
    "zh", one in German "de"."""
    sample = text[:SAMPLE_CHARS]
    words = LATIN_WORD.findall(sample)
    cjk = len(CJK.findall(sample))
    if not words and not cjk:
        return None
    if cjk < len(words):
        english = sum(1 for w in words if w.lower() in ENGLISH_WORDS)
        if english >= ENGLISH_SHARE * len(words):
            return "en"
    import py3langid  # loaded only for a text that is not plainly English: see the docstring

    code, _score = py3langid.classify(sample)
    return code
