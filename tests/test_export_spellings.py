"""Quiz tools that compare typed answers letter for letter get every spelling a learner may type: a
name with and without its diacritics, the surname alone when no one else in the deck has it.

Through the public `quizgen export` command, read back with each format's parser (lxml for Moodle XML
and QTI, the text of the GIFT file as Moodle's importer reads it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from quizgen.cli import main

SENTENCE = "Portuguese Prime Minister José Sócrates hosted the signing of the treaty in Lisbon on Thursday."


def _deck(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(f"Treaty signed\n\n{SENTENCE}\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: Treaty signed\nsources: [{id: a, path: a.txt, title: Treaty signed, published: 2007-12-13}]\n"
        "facts:\n  - {id: s, kind: leader, name: José Sócrates, role: Prime Minister, of: Portugal,\n"
        f"     sources: [{{source: a, quote: \"{SENTENCE}\"}}]}}\n", encoding="utf-8")
    return tmp_path / "d.yaml"


def test_moodle_short_answers_take_every_spelling(tmp_path: Path) -> None:
    out = tmp_path / "q.xml"
    assert main(["export", "moodle-xml", str(_deck(tmp_path)), "-o", str(out), "--count", "all"]) == 0
    root = etree.fromstring(out.read_bytes())
    who = [q for q in root.iter("question") if q.get("type") == "shortanswer"
           and "who was the Prime Minister" in "".join(q.find("questiontext").itertext())]
    assert who
    answers = {"".join(a.find("text").itertext()) for a in who[0].iter("answer")}
    assert {"José Sócrates", "Jose Socrates", "Sócrates", "Socrates"} <= answers, answers


def test_gift_short_answers_take_every_spelling(tmp_path: Path) -> None:
    out = tmp_path / "q.gift.txt"
    assert main(["export", "gift", str(_deck(tmp_path)), "-o", str(out), "--count", "all"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "=%100%Jose Socrates" in text and "=%100%Socrates" in text, text


def test_a_two_word_family_name_is_accepted_and_its_last_word_alone_is_not(tmp_path: Path) -> None:
    """"Ms. Simpson Miller": extraction keeps "Simpson Miller" as her name's short form, and "Miller" alone
    (someone else's surname as much as hers) is no accepted answer."""
    text = ("Portia Simpson Miller has taken the oath of office for a second time as Jamaica's prime minister.\n\n"
            "Ms. Simpson Miller became the first female prime minister in 2006.\n")
    (tmp_path / "a.txt").write_text(f"Simpson Miller sworn in\n\nPublished: 2012-01-05\n\n{text}", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d.yaml")]) == 0
    out = tmp_path / "q.xml"
    assert main(["export", "moodle-xml", str(tmp_path / "d.yaml"), "-o", str(out), "--count", "all"]) == 0
    root = etree.fromstring(out.read_bytes())
    who = [q for q in root.iter("question") if q.get("type") == "shortanswer"
           and "who was the Prime Minister" in "".join(q.find("questiontext").itertext())]
    assert who
    answers = {"".join(a.find("text").itertext()) for a in who[0].iter("answer")}
    assert "Simpson Miller" in answers and "Miller" not in answers, answers


def test_a_regnal_number_is_no_surname(tmp_path: Path) -> None:
    """Round 26: "King Abdullah II" was accepted as "II"; the name without its number is what people say."""
    said = "King Abdullah II of Jordan visited Washington in December 2014."
    (tmp_path / "a.txt").write_text(f"King visits\n\n{said}\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: King visits\nsources: [{id: a, path: a.txt, title: King visits, published: 2015-02-03}]\n"
        "facts:\n  - {id: k, kind: leader, name: Abdullah II, role: King, of: Jordan,\n"
        f"     sources: [{{source: a, quote: \"{said}\"}}]}}\n", encoding="utf-8")
    out = tmp_path / "q.xml"
    assert main(["export", "moodle-xml", str(tmp_path / "d.yaml"), "-o", str(out), "--count", "all"]) == 0
    root = etree.fromstring(out.read_bytes())
    who = [q for q in root.iter("question") if q.get("type") == "shortanswer"
           and "who was the King" in "".join(q.find("questiontext").itertext())]
    assert who
    answers = {"".join(a.find("text").itertext()) for a in who[0].iter("answer")}
    assert "Abdullah II" in answers and "Abdullah" in answers and "II" not in answers, answers


def test_a_share_is_accepted_with_or_without_its_percent_sign(tmp_path: Path) -> None:
    """Round 26: the cloze of "came in second with 17 percent" took only "17 percent"."""
    said = "Main opposition leader Ousainu Darboe came in second with 17 percent and Hamat Bah took 10 percent."
    pool = _pool(tmp_path, said, "2011-11-25", "{id: f, kind: figure, what: share of the vote won by Ousainu Darboe, "
                 "value: 17, unit: '%', text: 17 percent")
    cloze = [q for q in pool if q["type"] == "cloze"]
    assert cloze and {"17", "17%", "17 per cent"} <= set(cloze[0]["aliases"]), cloze


def test_a_double_surname_is_accepted_whole(tmp_path: Path) -> None:
    """Round 30: "Johnson Sirleaf" was refused for Ellen Johnson Sirleaf."""
    said = "Weah will replace President Ellen Johnson Sirleaf of Liberia."
    pool = _pool(tmp_path, said, "2017-12-29", "{id: s, kind: leader, name: Ellen Johnson Sirleaf, role: President, "
                 "of: Liberia")
    who = [q for q in pool if q["template"] == "who" and q["type"] == "typed"]
    assert who and "Johnson Sirleaf" in who[0]["aliases"], who


# (sentence, name, role, country, forms a learner may type and a fair marker takes, forms that are not the person)
NAME_FORMS = [
    # the short form of a given name the person is known by, and the long one for a short form
    ("Foreign Secretary Elizabeth Truss met her counterpart.", "Elizabeth Truss", "Foreign Secretary",
     "United Kingdom", {"Liz Truss", "Truss"}, {"Elizabeth", "Liz"}),
    ("President Joe Biden spoke in Warsaw.", "Joe Biden", "President", "United States", {"Joseph Biden", "Biden"},
     {"Joe"}),
    # a name whose first word is the one English news uses: family name first, or a given name known alone
    ("President Xi Jinping arrived in Moscow.", "Xi Jinping", "President", "China", {"Xi", "Jinping"}, set()),
    ("President Elbegdorj Tsakhia of Mongolia met President Obama.", "Elbegdorj Tsakhia", "President", "Mongolia",
     {"Elbegdorj", "Tsakhia"}, set()),
    ("Prime Minister Lee Hsien Loong opened the summit.", "Lee Hsien Loong", "Prime Minister", "Singapore", {"Lee"},
     {"Hsien Loong"}),
    ("President Prabowo Subianto took office.", "Prabowo Subianto", "President", "Indonesia", {"Prabowo", "Subianto"},
     set()),
    # elsewhere the first word is a given name, not a name the person goes by
    ("President Gabriel Boric met the Prime Minister.", "Gabriel Boric", "President", "Chile", {"Boric"}, {"Gabriel"}),
    ("President Ellen Johnson Sirleaf spoke.", "Ellen Johnson Sirleaf", "President", "Liberia", {"Johnson Sirleaf"},
     {"Ellen"}),
]


@pytest.mark.parametrize(("said", "name", "role", "country", "taken", "refused"), NAME_FORMS)
def test_the_forms_a_name_is_known_by_are_accepted(tmp_path: Path, said: str, name: str, role: str, country: str,
                                                    taken: set[str], refused: set[str]) -> None:
    pool = _pool(tmp_path, said, "2020-01-10", f"{{id: p, kind: leader, name: {name}, role: {role}, of: {country}")
    who = [q for q in pool if q["template"] == "who" and q["type"] == "typed"]
    assert who, [q["template"] for q in pool]
    assert taken <= set(who[0]["aliases"]) and not refused & set(who[0]["aliases"]), who[0]["aliases"]


# (office, forms a learner may type and a fair marker takes, forms that are another office)
OFFICE_FORMS = [
    ("Minister of Export Promotion, International Trade and Economic Development",
     {"Minister of International Trade", "International Trade Minister", "Minister for Export Promotion"},
     {"Minister", "Trade"}),
    ("Minister of Foreign Affairs", {"Foreign Minister", "Minister for Foreign Affairs"}, {"Minister"}),
    ("Foreign Minister", {"Minister of Foreign Affairs"}, set()),
    ("Minister for Trade and Investment", {"Trade Minister", "Minister of Investment"}, set()),
    # an office in its own right is no portfolio: "Minister of Prime" is nothing
    ("Deputy Prime Minister", set(), {"Minister of Deputy Prime", "Deputy Minister of Prime"}),
    # a list that shares its last word has no parts that are offices
    ("Minister for Foreign, Commonwealth and Development Affairs", set(), {"Minister for Foreign"}),
    # a part that has its own article takes the role's, never a second
    ("Minister for the European Neighbourhood and the Americas", {"Minister for the Americas"},
     {"Minister for the the Americas", "the Americas Minister"}),
    ("Minister for International Development and the Pacific", {"Minister for the Pacific"}, {"Minister for Pacific"}),
]


@pytest.mark.parametrize(("role", "taken", "refused"), OFFICE_FORMS, ids=[r[0][:40] for r in OFFICE_FORMS])
def test_the_forms_an_office_is_known_by_are_accepted(tmp_path: Path, role: str, taken: set[str],
                                                      refused: set[str]) -> None:
    said = f"The {role} Jane Doe of Canada spoke."
    pool = _pool(tmp_path, said, "2020-01-10", f"{{id: p, kind: leader, name: Jane Doe, role: '{role}', of: Canada")
    office = [q for q in pool if q["template"] == "office" and q["type"] == "typed"]
    assert office, [q["template"] for q in pool]
    assert taken <= set(office[0]["aliases"]) and not refused & set(office[0]["aliases"]), office[0]["aliases"]


def _pool(tmp_path: Path, said: str, published: str, fact: str) -> list[dict]:
    """Every question (JSON, through the command a user runs) of a one-fact deck: ``fact`` is its flow mapping
    without the closing brace, quoting ``said``."""
    (tmp_path / "a.txt").write_text(f"A story\n\n{said}\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        f"id: d\ntitle: A story\nsources: [{{id: a, path: a.txt, title: A story, published: {published}}}]\n"
        f"facts:\n  - {fact},\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "quizgen", "questions", str(tmp_path / "d.yaml"), "--count", "all",
                          "--format", "json"], capture_output=True, text=True, check=True).stdout
    return list(json.loads(out)["questions"])
