"""The plain-string searches that stand in for per-name regexes (engine._whole_word, engine._blank_out,
distractors._titles_before) find exactly what the regexes they replace find."""

from __future__ import annotations

import random
import re

from quizgen.questions import distractors, engine
from quizgen.questions.model import CLOZE_GAP


def test_ascii_lookalikes_are_every_character_re_i_equates_with_ascii() -> None:
    any_ascii = re.compile("[" + "".join(re.escape(chr(i)) for i in range(128)) + "]", re.I)
    rest = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    found = set(any_ascii.findall(rest)) | {c for c in rest if len(c.lower()) != 1 or c.lower().isascii()}
    assert found == engine._ASCII_LOOKALIKES


def test_whole_word_and_blank_out_agree_with_the_pattern() -> None:
    rng = random.Random(1)
    alphabet = "aAbB _-.,1\u00e9\u201c\u201d'sSkKiI\u017f\u212a\u0130\u0131"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        sentence = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.I)
        m = pattern.search(sentence)
        assert engine._whole_word(text, sentence) == (m.group(0) if m else None), (text, sentence)
        assert engine._blank_out(text, sentence) == pattern.sub(CLOZE_GAP, sentence), (text, sentence)


def test_titles_before_agrees_with_the_pattern() -> None:
    rng = random.Random(2)
    words = ["President", "Joe", "Biden", "Prime", "Minister", "US", "Wen", "Jiabao", "the", "said", "X-Ray",
             "\u00c9", "a", "B_c", "Premier"]
    separators = [" ", " ", "\n", "-", ",", ".", "", "\t", "_"]
    for _ in range(20000):
        names = set(rng.sample(["Joe Biden", "Biden", "Wen Jiabao", "Wen", "Jiabao", "Premier Wen", "B", "Joe", "",
                                "X"], rng.randint(1, 3)))
        quote = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(0, 9)))
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        expected = [m.group(1) for m in re.finditer(rf"((?:[A-Z][\w-]*\s){{1,4}})(?:{alternatives})\b", quote)]
        ordered = [n for n in sorted(names, key=len, reverse=True) if n]
        assert distractors._titles_before(ordered, quote) == expected, (names, quote)
