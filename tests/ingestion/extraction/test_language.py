"""document.language: English told by its function words without a model, other languages by
py3langid. Every text here is invented."""

import sys

from apps.ingestion.extraction import extract
from apps.ingestion.extraction.language import language_of

GERMAN = (
    "Die Harlow Bio AG hat heute bekanntgegeben, dass sie mit der Quenby GmbH eine exklusive "
    "Lizenzvereinbarung für HB-10 in Europa abgeschlossen hat. Quenby zahlt eine Vorabzahlung "
    "von 20 Mio. Euro."
)
CHINESE = "杭州哈洛生物科技有限公司宣布，其自主研发的HB-10获得国家药监局批准开展临床试验。"


def test_an_english_release_is_english_without_loading_the_model(monkeypatch):
    monkeypatch.setitem(sys.modules, "py3langid", None)  # importing it now raises ImportError
    document = extract(
        "Harlow Bio Licenses HB-10 to Quenby\n\nLEEDS, June 2, 2026 /PRNewswire/ -- Harlow Bio "
        "today announced that it has granted Quenby Inc. an exclusive licence to HB-10 in "
        "Europe.\n"
    )["document"]
    assert document["language"] == "en"


def test_a_german_release_is_german():
    assert extract(GERMAN)["document"]["language"] == "de"


def test_a_chinese_release_with_latin_codes_is_chinese():
    assert language_of(CHINESE) == "zh"


def test_an_all_capitals_english_release_is_english():
    assert (
        language_of("HARLOW BIO ANNOUNCES THE APPROVAL OF HB-10 BY THE FDA FOR USE IN ADULTS")
        == "en"
    )


def test_a_text_without_letters_has_no_language():
    assert language_of("12 345 -- 67,890") is None
    assert language_of("") is None
