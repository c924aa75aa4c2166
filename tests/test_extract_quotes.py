"""Quote extraction by behaviour: who said what, only when a named person said it.

One row per phrasing, through the public `extract_deck` entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import facts, text_deck

QUOTES = [
    # (text, [(speaker, words)])
    ("Chief executive of anti-monarchy group Republic Graham Smith called it a \"shameful waste of money\".",
     [("Graham Smith", "shameful waste of money")]),
    ("“We are not pre-committing to a particular rate path,” ECB President Christine Lagarde said.",
     [("Christine Lagarde", "We are not pre-committing to a particular rate path")]),
    ("Prime Minister Jane Roe met the press. Roe said: “This is a landmark agreement for both countries.”",
     [("Jane Roe", "This is a landmark agreement for both countries.")]),
    # a release's attribution line, the quotation its own paragraph
    ("Australia will provide $675,000.\n\nQuote attributable to Minister for Foreign Affairs, Senator the Hon Penny "
     "Wong:\n\n“As Pacific family members, Australia is standing with Kiribati to meet the challenges of climate "
     "change.”", [("Penny Wong", "As Pacific family members, Australia is standing with Kiribati to meet the "
                                 "challenges of climate change.")]),
]
NO_QUOTES = [
    "A Downing Street spokesman said: “The leaders discussed the situation in Ukraine at length.”",
    "Downing Street said the minister had been \"asked her to leave government\" on Monday.",
    "Prime Minister Jane Roe called the plan \"bold\".",  # one word: a term, not a line
    # an attribution line with no quotation after it, and one naming nobody
    "Quote attributable to Minister for Foreign Affairs, Senator the Hon Penny Wong:\n\nAustralia will help Kiribati "
    "meet the challenges of climate change.",
    "Quote attributable to a spokesperson:\n\n“We are standing with Kiribati to meet the challenges of climate "
    "change.”",
    # a phrase of a said sentence is no statement of its own
    "The effort, which spanned presidencies and party lines, has reached “a tipping point,” President Barack Obama "
    "said.",
]


@pytest.mark.parametrize(("text", "expected"), QUOTES, ids=[r[0][:40] for r in QUOTES])
def test_a_named_persons_words_are_a_quote(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    found = {(f["speaker"], f["words"]) for f in facts(text_deck(text, tmp_path, "10.07.2023"), "quote")}
    for row in expected:
        assert row in found, found


@pytest.mark.parametrize("text", NO_QUOTES, ids=[t[:40] for t in NO_QUOTES])
def test_no_quote_without_a_named_speaker_or_a_line(tmp_path: Path, text: str) -> None:
    assert facts(text_deck(text, tmp_path, "10.07.2023"), "quote") == []
