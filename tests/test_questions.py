"""The question engine: honest on every deck and seed, natural wording, deterministic output."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from deckpaths import ALL_DECKS, DATA, GOLD_DECKS
from smalldeck import small_deck

from quizgen.cli import main
from quizgen.deck import load_deck
from quizgen.english import place_np
from quizgen.gazetteer import canonical_place, gazetteer
from quizgen.model import Agreement, DateFact, Figure, Leader
from quizgen.questions import CLOZE_GAP, FALSE, TRUE, Question, QuestionType, generate
from quizgen.questions.model import AnswerKind
from quizgen.text import contains_phrase, fold

SEEDS = range(20)


def all_questions() -> list[tuple[str, int, Question]]:
    out = []
    for path in ALL_DECKS + GOLD_DECKS:
        deck = load_deck(path)
        for seed in SEEDS:
            out.extend((path.name, seed, q) for q in generate(deck, seed=seed))
    return out


QUESTIONS = all_questions()


def test_every_deck_makes_questions_of_every_type() -> None:
    # order, match and numeric need what a deck may lack (3 dated events...): tests/test_forms.py
    basic = {QuestionType.MC, QuestionType.TF, QuestionType.TYPED, QuestionType.CLOZE}
    for path in ALL_DECKS:
        types = Counter(q.type for q in generate(load_deck(path)))
        assert basic <= set(types), (path.name, types)


def test_answer_never_in_prompt() -> None:
    for name, seed, q in QUESTIONS:
        if q.type is QuestionType.TF:
            continue
        for text in q.accepted:
            assert not contains_phrase(q.prompt, text), (name, seed, q.id, text)


def test_options_contain_the_answer_exactly_once_and_no_alias() -> None:
    for name, seed, q in QUESTIONS:
        if q.type is QuestionType.MC:
            assert len(q.options) == 4, (name, q.id)
            keys = [fold(o) for o in q.options]
            assert keys.count(fold(q.answer)) == 1, (name, seed, q.id, q.options)
            assert len(set(keys)) == 4, (name, q.id, q.options)
            aliases = {fold(a) for a in q.aliases}
            assert not aliases & (set(keys) - {fold(q.answer)}), (name, q.id)
            assert q.options[q.correct_index] == q.answer
        elif q.type is QuestionType.TF:
            assert q.options == (TRUE, FALSE) and q.answer in (TRUE, FALSE)
        elif q.type in (QuestionType.ORDER, QuestionType.MATCH):
            assert sorted(q.key) == list(range(len(q.options))), (name, q.id)  # more in tests/test_forms.py
        else:
            assert q.options == ()


def test_every_question_shows_its_source_sentence() -> None:
    for name, _, q in QUESTIONS:
        assert q.source.quote and q.source.title, (name, q.id)
        assert q.source.quote in {s.quote for s in q.sources}


def _facts_by_id(name: str) -> dict:
    return {f.id: f for f in load_deck(next(p for p in ALL_DECKS + GOLD_DECKS if p.name == name)).facts}


def test_person_distractors_are_not_true_answers() -> None:
    """No option of "who was the X of Y" is someone the deck says is X of Y."""
    for name, _, q in QUESTIONS:
        if q.template != "who" or q.type is not QuestionType.MC:
            continue
        facts = _facts_by_id(name)
        fact = facts[q.fact_id]
        assert isinstance(fact, Leader)
        holders = {fold(f.name) for f in facts.values() if isinstance(f, Leader) and fold(f.role) == fold(fact.role)
                   and f.of and fact.of and canonical_place(f.of) == canonical_place(fact.of)}
        assert holders & {fold(o) for o in q.options} == {fold(q.answer)}, (q.id, q.options)


def test_party_distractors_are_not_parties() -> None:
    for name, _, q in QUESTIONS:
        if q.template == "party" and q.type is QuestionType.MC:
            fact = _facts_by_id(name)[q.fact_id]
            assert isinstance(fact, Agreement)
            parties = {canonical_place(p) for p in fact.parties}
            wrong = {canonical_place(o) for o in q.options if o != q.answer}
            assert not parties & wrong, (q.id, q.options)


def test_false_statements_are_really_false() -> None:
    """A false claim differs from the fact's true value where the fact's value belongs."""
    for name, _, q in QUESTIONS:
        if q.type is not QuestionType.TF:
            continue
        fact = _facts_by_id(name)[q.fact_id]
        truth = {
            "who": getattr(fact, "name", None), "office": getattr(fact, "role", None),
            "of": getattr(fact, "of", None), "value": getattr(fact, "text", None),
            "party": (fact.parties[-1] if isinstance(fact, Agreement) else None),
            "when": fact.date.human() if isinstance(fact, DateFact) else None,
            "date": fact.date.human() if isinstance(fact, Agreement) and fact.date else None,
        }[q.template]
        assert truth is not None and q.statement
        if q.template == "party":
            assert isinstance(fact, Agreement)
            all_named = all(contains_phrase(q.statement, p) for p in fact.parties)
            assert all_named == (q.answer == TRUE), (q.id, q.statement)
        else:
            assert (truth in q.statement) == (q.answer == TRUE), (q.id, q.statement, truth)


def test_cloze_blanks_the_answer_in_the_verbatim_sentence() -> None:
    for _, _, q in QUESTIONS:
        if q.type is QuestionType.CLOZE:
            assert CLOZE_GAP in q.prompt
            assert q.statement == q.source.quote
            prompt = q.prompt.split("\u201d: ", 1)[-1] if q.disputed else q.prompt
            assert prompt.replace(CLOZE_GAP, q.answer, 1).split(CLOZE_GAP)[0] in q.source.quote


def test_disputed_facts_are_only_asked_attributed_to_their_source() -> None:
    deck = load_deck(ALL_DECKS[0])
    disputed = [q for q in generate(deck) if q.disputed]
    assert disputed, "the bundled deck models the agreement count conflict as disputed facts"
    for q in disputed:
        assert f"\u201c{q.source.title}\u201d" in q.prompt, q.prompt
        assert q.notes  # the conflict is explained


def test_examples_from_the_brief_read_naturally(bundled_deck_path: Path) -> None:
    prompts = {q.prompt for q in generate(load_deck(bundled_deck_path), types=[QuestionType.TYPED])}
    assert "In June 2024, who was the Prime Minister of Vietnam?" in prompts
    assert "In June 2024, what office did To Lam hold in Vietnam?" in prompts
    assert "What was the trade volume between Russia and Vietnam in 2022?" in prompts
    assert any(p.startswith("On 19 June 2024, Russia and which country signed") for p in prompts)
    assert "In June 2024, who was the President of the United States?" in prompts
    assert "In June 2024, what office did Nguyen Phu Trong hold in the Communist Party of Vietnam?" in prompts


def test_organisation_distractors_are_of_its_sort() -> None:
    """A party's wrong options are parties and a company's companies (not Tesla for a communist party)."""
    g = gazetteer()
    sorts = {"parties": set(g.organisations_of_sort("parties")), "companies": set(g.organisations_of_sort("companies"))}
    looks = {"parties": re.compile(r"\bParty\b"), "companies": re.compile(r"\b(Airlines|Inc|Group)\b")}
    asked = Counter()
    for _, _, q in QUESTIONS:
        for sort, names in sorts.items():
            if q.type is QuestionType.MC and q.answer_kind is AnswerKind.PLACE and (
                    q.answer in names or looks[sort].search(q.answer)):
                asked[sort] += 1
                assert all(o in names or looks[sort].search(o) for o in q.options), (q.id, q.options)
    assert asked["parties"] >= 2 * len(SEEDS)  # the bundled deck's two party questions, every seed


@pytest.mark.parametrize(("name", "sort"), [
    ("International Atomic Energy Agency", "bodies"),   # a company's word inside a body's name
    ("Lord's Resistance Army", "armed groups"),
    ("Free Syrian Army", "armed groups"),
    ("Vietnam Airlines", "companies"),
    ("Shell Energy Group", "companies"),
    ("Patriotic Front", "parties"),
])
def test_an_organisation_s_sort_is_read_from_its_name(name: str, sort: str) -> None:
    assert gazetteer().organisation_sort(name) == sort


@pytest.mark.parametrize(("name", "reads"), [
    ("Lord's Resistance Army", "the Lord's Resistance Army"),
    ("Moro Islamic Liberation Front", "the Moro Islamic Liberation Front"),
    ("International Atomic Energy Agency", "the International Atomic Energy Agency"),
    ("Hamas", "Hamas"),
    ("M23", "M23"),
    ("Benin's constitutional court", "Benin's constitutional court"),
])
def test_a_group_s_name_takes_the_article_in_running_text(name: str, reads: str) -> None:
    assert place_np(name, is_country=False) == reads


def test_one_leader_deck_still_gets_three_plausible_distractors() -> None:
    deck = load_deck(DATA / "tiny.yaml")
    by_template = {q.template: q for q in generate(deck, types=[QuestionType.MC])}
    assert set(by_template) == {"who", "office", "of"}
    who = by_template["who"]
    assert all(len(o.split()) >= 2 for o in who.options)  # people, not offices or countries
    assert "Prime Minister" not in by_template["who"].options
    of = by_template["of"]
    assert "Moldova" in of.options and not any("Union" in o or "Bank" in o for o in of.options)


def test_figure_distractors_keep_unit_and_style(bundled_deck_path: Path) -> None:
    deck = load_deck(bundled_deck_path)
    for q in generate(deck, types=[QuestionType.MC]):
        if q.fact_kind == "figure" and q.answer.startswith("$") and q.answer.endswith(" billion"):
            assert all(o.startswith("$") and o.endswith(" billion") for o in q.options), q.options


def test_date_distractors_keep_precision(bundled_deck_path: Path) -> None:
    for q in generate(load_deck(bundled_deck_path), types=[QuestionType.MC]):
        if q.answer_kind.value == "date":
            assert all(len(o.split()) == len(q.answer.split()) for o in q.options), q.options


def test_types_filter(bundled_deck_path: Path) -> None:
    qs = generate(load_deck(bundled_deck_path), types=[QuestionType.TF, QuestionType.CLOZE])
    assert {q.type for q in qs} == {QuestionType.TF, QuestionType.CLOZE}


def test_seed_changes_order_and_options_but_not_content(bundled_deck_path: Path) -> None:
    deck = load_deck(bundled_deck_path)
    a, b = generate(deck, seed=1), generate(deck, seed=2)
    assert [q.id for q in a] != [q.id for q in b]
    by_id = {q.id: q for q in b}
    assert {q.id for q in a} == set(by_id)
    moved = 0
    for q in a:
        other = by_id[q.id]
        assert (q.prompt, q.answer, set(q.options)) == (other.prompt, other.answer, set(other.options))
        moved += q.options != other.options
    assert moved > 0


def questions_json(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["questions", *args, "--format", "json"]) == 0
    return capsys.readouterr().out


def test_json_is_deterministic_and_documented_shape(bundled_deck_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    first = questions_json(capsys, str(bundled_deck_path), "--seed", "7")
    second = questions_json(capsys, str(bundled_deck_path), "--seed", "7")
    assert first == second
    doc = json.loads(first)
    assert doc["format"] == "quizgen-questions" and doc["version"] == 1 and doc["seed"] == 7
    q = doc["questions"][0]
    assert set(q) == {"id", "deck", "fact", "kind", "type", "template", "prompt", "answer", "aliases", "options",
                      "correct", "answer_kind", "value", "unit", "statement", "source", "sources", "notes",
                      "disputed", "truth", "rank", "score", "importance",
                      "items", "key", "item_sources", "item_values", "facts", "tolerance", "scale"}
    assert set(q["importance"]) == {"score", "reasons"} and q["rank"] == 1
    assert set(q["source"]) == {"id", "title", "quote", "published", "url", "outlet"}
    assert questions_json(capsys, str(bundled_deck_path), "--seed", "8") != first


def test_json_in_a_fresh_process_is_byte_identical(bundled_deck_path: Path) -> None:
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "quizgen", "questions", str(bundled_deck_path), "--format", "json"]
    runs = [subprocess.run(cmd, capture_output=True, check=True, env={"PYTHONHASHSEED": str(i), "PATH": ""}).stdout
            for i in (1, 2)]
    assert runs[0] == runs[1] and len(runs[0]) > 1000


def test_text_output_and_bad_types(bundled_deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questions", str(bundled_deck_path), "--types", "mc"]) == 0
    out = capsys.readouterr().out
    assert "A) " in out and "answer: " in out and "source: " in out
    assert main(["questions", str(bundled_deck_path), "--types", "mc,essay"]) == 2
    assert "unknown question type 'essay'" in capsys.readouterr().err


def test_questions_on_a_broken_deck_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [\n", encoding="utf-8")
    assert main(["questions", str(bad)]) == 2
    assert f"{bad}:" in capsys.readouterr().err


@pytest.mark.parametrize("path", [ALL_DECKS[0], *GOLD_DECKS], ids=lambda p: p.name)
def test_nearly_every_fact_yields_questions(path: Path) -> None:
    """A fact with no honest question is possible (its wording names every answer), but rare."""
    deck = load_deck(path)
    asked = {q.fact_id for q in generate(deck)}
    known = [f for f in deck.facts if isinstance(f, Leader | Figure | DateFact | Agreement)]
    missing = [f.id for f in known if f.id not in asked]
    assert len(missing) <= len(known) // 10, missing


def test_role_naming_its_organisation_is_not_repeated() -> None:
    prompts = [q.prompt for path in GOLD_DECKS for q in generate(load_deck(path), types=[QuestionType.TYPED])]
    assert "In September 2023, who was the Chairman of the National Assembly of Vietnam?" in prompts
    assert not [p for p in prompts if "of the National Assembly of the National Assembly" in p]


def test_companies_are_not_offered_as_countries() -> None:
    for path in GOLD_DECKS:
        for q in generate(load_deck(path), types=[QuestionType.MC]):
            if "which country" in q.prompt:
                assert not {"Boeing", "Vietnam Airlines"} & set(q.options), (q.prompt, q.options)


def test_bounds_and_estimates_are_asked_as_what_the_article_gives() -> None:
    """ "over 60%" is true whenever "over 80%" is: such options are only wrong about what the article says."""
    seen = 0
    for _, _, q in QUESTIONS:
        bound = re.match(r"(?i)(over|more than|about|around) ", q.answer)
        if q.fact_kind == "figure" and q.template == "value" and bound:
            assert " give" in q.prompt, q.prompt
            seen += 1
    assert seen


ELECTION_ARTICLE = ("Albanese sworn in\n\nThe Greens, led by Adam Bandt, won three seats.\n"
                    "Richard Marles, Labor's deputy leader, was sworn in.\nAlbanese, 59, spoke to reporters.\n"
                    "Prime Minister Maia Sandu of Moldova congratulated him.\n")
ELECTION_DECK = """\
id: election
title: Election
sources:
  - {id: a, path: article.txt, title: Albanese sworn in, published: 2022-05-23}
facts:
  - {id: bandt, kind: leader, name: Adam Bandt, role: leader, of: Greens,
     sources: [{source: a, quote: "The Greens, led by Adam Bandt, won three seats."}]}
  - {id: marles, kind: leader, name: Richard Marles, role: deputy leader, of: Labor,
     sources: [{source: a, quote: "Richard Marles, Labor's deputy leader, was sworn in."}]}
  - {id: sandu, kind: leader, name: Maia Sandu, role: Prime Minister, of: Moldova,
     sources: [{source: a, quote: "Prime Minister Maia Sandu of Moldova congratulated him."}]}
  - {id: age, kind: figure, what: age of Albanese, value: 59, unit: years, text: "59",
     sources: [{source: a, quote: "Albanese, 59, spoke to reporters."}]}
"""


def election_questions(tmp_path: Path) -> dict[str, Question]:
    (tmp_path / "article.txt").write_text(ELECTION_ARTICLE, encoding="utf-8")
    (tmp_path / "deck.yaml").write_text(ELECTION_DECK, encoding="utf-8")
    return {q.id: q for seed in range(5) for q in generate(load_deck(tmp_path / "deck.yaml"), seed=seed)}


def test_a_party_named_without_the_word_party_is_no_country(tmp_path: Path) -> None:
    """'Labor' and 'the Greens' are parties: "deputy leader of which country?" would be a false question."""
    by_id = election_questions(tmp_path)
    assert by_id["marles:of:mc"].prompt == "In May 2022, Richard Marles was the deputy leader of which organisation?"
    assert by_id["bandt:who:typed"].prompt == "In May 2022, who was the leader of the Greens?"
    assert not {canonical_place(o) for o in by_id["bandt:of:mc"].options} & {"moldova", "vietnam", "china"}
    assert by_id["sandu:of:mc"].prompt.endswith("the Prime Minister of which country?")  # not in the top 62
    assert "Moldova" in by_id["sandu:of:mc"].options


def test_an_age_moves_by_years_not_by_a_factor(tmp_path: Path) -> None:
    for seed in range(20):
        (tmp_path / "article.txt").write_text(ELECTION_ARTICLE, encoding="utf-8")
        (tmp_path / "deck.yaml").write_text(ELECTION_DECK, encoding="utf-8")
        q = next(q for q in generate(load_deck(tmp_path / "deck.yaml"), seed=seed) if q.id == "age:value:mc")
        assert all(40 <= int(o) <= 75 for o in q.options), q.options
        assert q.prompt == "How old was Albanese in May 2022?"


@pytest.mark.parametrize(("event", "expected"), [
    ("Putin and Kim Jong Un signed a pact", ("did", "Putin and Kim Jong Un sign a pact")),
    ("The treaty was ratified by parliament", ("was", "the treaty ratified by parliament")),
    ("As Prime Minister he signed a nuclear partnership", None),  # not "did As Prime Minister he sign"
    ("During the visit Putin met To Lam", None),
    # a second verb goes with the first: not "did Gary Locke host a meeting and signed"
    ("Gary Locke hosted a meeting and signed a memorandum", ("did", "Gary Locke host a meeting and sign a memorandum")),
    ("Putin met Kim and held talks on trade", ("did", "Putin meet Kim and hold talks on trade")),
    # a closed aside after the subject stays; a list of names is a subject; an opening clause is not
    ("the Prime Minister, Mark Carney, concluded his visit",
     ("did", "the Prime Minister, Mark Carney, conclude his visit")),
    ("Gloria Arroyo, addressing her fellow leaders, gave an endorsement",
     ("did", "Gloria Arroyo, addressing her fellow leaders, give an endorsement")),
    ("Putin, Xi and Modi met in Kazan", ("did", "Putin, Xi and Modi meet in Kazan")),
    ("Later, when he was in Kazan, Putin met Modi", None),
    ("Reciprocal Access Agreement they signed", None),  # the object first, the subject a pronoun
    ("Senior officials say the talks were held at a dinner", None),  # a report, not the event
    ("The Prime Minister also underscored the measures announced yesterday", None),  # an unknown verb first
    ("The brief encounter happened at the summit in Panama",
     ("did", "the brief encounter happen at the summit in Panama")),
])
def test_an_event_is_reordered_into_a_question_only_from_its_subject(event: str, expected: object) -> None:
    from quizgen.english import as_question_clause

    assert as_question_clause(event) == expected


@pytest.mark.parametrize(("event", "alone"), [
    ("Putin and Kim Jong Un signed a pact", True),
    ("The opening day of Cop28", True),
    ("2024 Olympics opened in Paris", True),
    ("That emergency ended", False),  # which one?
    ("His Autumn Statement", False),  # whose?
    ("2.42 billion euros", False),  # an amount, not an event
    ("Won an absolute majority", False),  # who did?
])
def test_only_events_readable_alone_are_asked_alone(tmp_path: Path, event: str, alone: bool) -> None:
    (tmp_path / "a.txt").write_text(f"Title\n\nIt happened: {event} in July 2022.\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, published: 2024-01-01}]\nfacts:\n"
        f"  - {{id: e, kind: date, event: '{event}', date: 2022-07,\n"
        f"     sources: [{{source: a, quote: 'It happened: {event} in July 2022.'}}]}}\n", encoding="utf-8")
    templates = {q.template for q in generate(load_deck(tmp_path / "d.yaml"))}
    assert ("when" in templates) is alone
    assert "cloze" in templates  # its sentence is still asked


def test_a_draft_figure_cut_short_does_not_end_on_and(tmp_path: Path) -> None:
    quote = "Under the deal, forces will disarm within 30 days, and banks will reopen."
    (tmp_path / "a.txt").write_text(f"Title\n\n{quote}\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, published: 2024-01-01}]\nfacts:\n"
        "  - {id: f, kind: figure, what: 'Under the deal, forces will disarm within …, and', value: 30,\n"
        f"     unit: days, text: 30 days, sources: [{{source: a, quote: '{quote}'}}]}}\n", encoding="utf-8")
    prompts = {q.prompt for q in generate(load_deck(tmp_path / "d.yaml"), types=[QuestionType.TYPED])}
    assert prompts == {"Which figure completes this: \u201cUnder the deal, forces will disarm within ___\u201d?"}


def test_an_office_without_its_country_or_a_former_one_is_not_asked_as_who(tmp_path: Path) -> None:
    """"Who was the chair?" and "who was the former President of Kenya?" have no single answer."""
    article = "Title\n\nFormer President Uhuru Kenyatta of Kenya and the chair, Dimie Ogoina, spoke.\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    quote = "Former President Uhuru Kenyatta of Kenya and the chair, Dimie Ogoina, spoke."
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, published: 2024-01-01}]\nfacts:\n"
        f"  - {{id: k, kind: leader, name: Uhuru Kenyatta, role: former President, of: Kenya,\n"
        f"     sources: [{{source: a, quote: '{quote}'}}]}}\n"
        f"  - {{id: o, kind: leader, name: Dimie Ogoina, role: chair, sources: [{{source: a, quote: '{quote}'}}]}}\n",
        encoding="utf-8")
    made = {q.id: q for q in generate(load_deck(tmp_path / "d.yaml"))}
    assert {q.template for q in made.values() if q.fact_id == "k"} == {"of", "cloze"}
    assert made["k:of:mc"].prompt == "In January 2024, Uhuru Kenyatta was the former President of which country?"
    assert {q.template for q in made.values() if q.fact_id == "o"} == {"office", "cloze"}


def test_what_happened_never_offers_an_event_that_may_have_happened_that_day(tmp_path: Path) -> None:
    """An event dated "June 2024" may have happened on 19 June 2024: not a wrong answer to that day."""
    events = [("a", "Putin visited Pyongyang", "2024-06-19"), ("b", "Russia and Vietnam agreed a deal", "2024-06"),
              ("c", "Trade reached a record", "2024"), ("d", "Vietnam bought jets", "2023-09-10"),
              ("e", "Biden visited Hanoi", "2023-09-11"), ("f", "Putin visited Hanoi", "2017-11-11"),
              ("g", "The talks began", "2016-05-23")]
    article = "Title\n\n" + "\n".join(f"{text} ({date})." for _, text, date in events) + "\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    facts = "".join(f"  - {{id: {i}, kind: date, event: '{text}', date: '{date}',\n"
                    f"     sources: [{{source: a, quote: '{text} ({date}).'}}]}}\n" for i, text, date in events)
    (tmp_path / "d.yaml").write_text("id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, "
                                     "published: 2024-06-20}]\nfacts:\n" + facts, encoding="utf-8")
    deck = load_deck(tmp_path / "d.yaml")
    for seed in range(20):
        q = next(q for q in generate(deck, seed=seed) if q.id == "a:what-happened:mc")
        assert not {"Russia and Vietnam agreed a deal", "Trade reached a record"} & set(q.options), q.options


def test_party_question_never_offers_who_signed_the_like_with_the_same_party(tmp_path: Path) -> None:
    """Russia signed strategic partnerships with Vietnam and with North Korea: both fit the question."""
    pacts = [("vn", "Vietnam"), ("nk", "North Korea")]
    article = "Title\n\n" + "\n".join(f"Russia and {c} signed a strategic partnership." for _, c in pacts) + "\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    facts = "".join(f"  - {{id: {i}, kind: agreement, what: strategic partnership, parties: [Russia, {c}],\n"
                    f"     sources: [{{source: a, quote: 'Russia and {c} signed a strategic partnership.'}}]}}\n"
                    for i, c in pacts)
    (tmp_path / "d.yaml").write_text("id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, "
                                     "published: 2024-06-20}]\nfacts:\n" + facts, encoding="utf-8")
    deck = load_deck(tmp_path / "d.yaml")
    for seed in range(20):
        for q in generate(deck, seed=seed, types=[QuestionType.MC]):
            if q.template == "party":
                assert not {"Vietnam", "North Korea"} - {q.answer} & set(q.options), (q.id, q.options)
    # Typed, "North Korea" would be true and marked wrong: not asked that way.
    assert not [q for q in generate(deck, types=[QuestionType.TYPED]) if q.template == "party"]


@pytest.mark.parametrize("date", ["0002", "0002-01", "0001-01-03", "9999-12-30", "0999"])
def test_dates_at_the_ends_of_the_calendar_make_questions(tmp_path: Path, date: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Found by make fuzz: year 2 moved by three years became "5", which no longer read as a year."""
    (tmp_path / "a.txt").write_text(f"Title\n\nIt happened ({date}).\n", encoding="utf-8")
    # a date after the article's is asked only of an event told as planned
    event = "Putin will sign a pact" if date > "2024" else "Putin signed a pact"
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: D\nsources: [{id: a, path: a.txt, title: T, published: 2024-01-01}]\nfacts:\n"
        f"  - {{id: e, kind: date, event: {event}, date: '{date}',\n"
        f"     sources: [{{source: a, quote: 'It happened ({date}).'}}]}}\n"
        f"  - {{id: g, kind: agreement, what: pact, parties: [Russia, Vietnam], date: '{date}',\n"
        f"     sources: [{{source: a, quote: 'It happened ({date}).'}}]}}\n", encoding="utf-8")
    for seed in range(8):
        assert main(["questions", str(tmp_path / "d.yaml"), "--seed", str(seed), "--format", "json",
                     "--count", "all"]) == 0
        made = json.loads(capsys.readouterr().out)["questions"]
        assert {q["template"] for q in made} >= {"when", "date"}


def test_a_false_statement_carries_the_truth(bundled_deck_path: Path) -> None:
    """Feedback that teaches: "False" comes with what the article says."""
    tf = [q for q in generate(load_deck(bundled_deck_path)) if q.type.value == "tf"]
    false = [q for q in tf if q.answer == "False"]
    assert false and all(q.truth and q.truth != q.prompt for q in false)
    assert all(q.truth is None for q in tf if q.answer == "True")
    party = next(q for q in false if q.id == "russia-north-korea-mutual-assistance:party:tf")
    assert "North Korea" in party.truth and "North Korea" not in party.prompt


def test_editors_notes_stay_with_editors(tmp_path: Path) -> None:
    """A fact's notes reach learners only when it is disputed, or as its learner_note."""
    (tmp_path / "a.txt").write_text("T\n\nPresident Jane Roe of Elbonia met the press.\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: T\nsources: [{id: a, path: a.txt, title: T, published: 2024-01-01}]\nfacts:\n"
        "  - {id: roe, kind: leader, name: Jane Roe, role: President, of: Elbonia, notes: 'typo in source a',\n"
        "     sources: [{source: a, quote: 'President Jane Roe of Elbonia met the press.'}]}\n"
        "  - {id: roe2, kind: leader, name: Jane Roe, role: President, of: Elbonia, notes: editors only,\n"
        "     learner_note: Roe was elected in 2023., as_of: 2024-01-01,\n"
        "     sources: [{source: a, quote: 'President Jane Roe of Elbonia met the press.'}]}\n", encoding="utf-8")
    made = generate(load_deck(tmp_path / "d.yaml"))
    assert {q.notes for q in made if q.fact_id == "roe"} == {None}
    assert {q.notes for q in made if q.fact_id == "roe2"} == {"Roe was elected in 2023."}


def test_an_agreement_is_asked_with_the_articles_verb_and_its_name(tmp_path: Path) -> None:
    quote = "Rishi Sunak and Joe Biden announced the Atlantic Declaration last month."
    (tmp_path / "a.txt").write_text(f"T\n\n{quote}\nSecretary of State Antony Blinken signed for the US.\n",
                                    encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        "id: d\ntitle: T\nsources: [{id: a, path: a.txt, title: T, published: 2023-07-10}]\nfacts:\n"
        "  - {id: ad, kind: agreement, what: Atlantic Declaration, parties: [United Kingdom, United States],\n"
        "     date: 2023-06, sources: [{source: a, quote: '" + quote + "'}]}\n"
        "  - {id: blinken, kind: leader, name: Antony Blinken, role: Secretary of State,\n"
        "     sources: [{source: a, quote: 'Secretary of State Antony Blinken signed for the US.'}]}\n",
        encoding="utf-8")
    made = {q.id: q for q in generate(load_deck(tmp_path / "d.yaml"))}
    assert made["ad:party:mc"].prompt == ("In June 2023, the United Kingdom and which country announced the "
                                          "Atlantic Declaration?")
    assert made["ad:date:mc"].prompt.endswith("did the United Kingdom and the United States announce the Atlantic "
                                              "Declaration?")
    assert "blinken:who:mc" not in made  # "Who was the Secretary of State?": of which country?
    assert "blinken:office:mc" in made


@pytest.mark.parametrize(("what", "thing"), [
    ("Millennium Challenge Compact", "the Millennium Challenge Compact"),
    ("permanent ceasefire", "a permanent ceasefire"),
])
def test_an_agreement_named_by_any_word_extraction_reads_as_one_is_asked_by_its_name(
        tmp_path: Path, what: str, thing: str) -> None:
    quote = f"Today, Ruritania and Elbonia signed the {what}."
    deck = small_deck(tmp_path, quote, f"  - {{id: c, kind: agreement, what: {what}, parties: [Ruritania, Elbonia],\n"
                      f"     date: 2005-07-14, sources: [{{source: a, quote: '{quote}'}}]}}\n", "2005-07-14")
    prompts = [q.prompt for q in generate(load_deck(deck)) if q.template == "party"]
    assert prompts and all(f"signed {thing}" in p and "an agreement on" not in p for p in prompts), prompts


QUOTE_DECK = """id: qd
title: Portraits
sources: [{id: a, path: a.txt, title: Portraits, published: 2023-04-03}]
facts:
  - {id: smith, kind: quote, speaker: Graham Smith, words: shameful waste of money,
     sources: [{source: a, quote: 'Republic chief Graham Smith called it a "shameful waste of money".'}]}
  - {id: dowden, kind: leader, name: Oliver Dowden, role: Chancellor of the Duchy of Lancaster, of: United Kingdom,
     sources: [{source: a, quote: 'Oliver Dowden said the scheme was "a fitting tribute".'}]}
"""


def test_a_quote_is_asked_as_who_said_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Portraits\n\nRepublic chief Graham Smith called it a "shameful waste of money".\n'
                                    'Oliver Dowden said the scheme was "a fitting tribute".\n', encoding="utf-8")
    (tmp_path / "d.yaml").write_text(QUOTE_DECK, encoding="utf-8")
    made = {q.id: q for q in generate(load_deck(tmp_path / "d.yaml"))}
    typed = made["smith:who-said:typed"]
    assert typed.prompt == "Who said \u201cshameful waste of money\u201d?" and typed.answer == "Graham Smith"
    tf = made["smith:who-said:tf"]
    assert tf.prompt in ("Graham Smith said \u201cshameful waste of money\u201d.",
                         "Oliver Dowden said \u201cshameful waste of money\u201d.")  # only the story's people


def test_a_quotes_words_must_be_in_its_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text('Portraits\n\nRepublic chief Graham Smith called it a "shameful waste of money".\n'
                                    'Oliver Dowden said the scheme was "a fitting tribute".\n', encoding="utf-8")
    (tmp_path / "d.yaml").write_text(QUOTE_DECK.replace("words: shameful waste of money", "words: a great idea"),
                                     encoding="utf-8")
    assert main(["check", str(tmp_path / "d.yaml")]) == 2
    assert "'words' must be the speaker's words as in the cited sentence" in capsys.readouterr().err


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Two military defense pacts", "two military defense pacts"),
    ("The pact", "the pact"),
    ("Russia", "Russia"),
])
def test_a_phrase_inside_a_question_starts_in_lower_case_unless_a_name(phrase: str, expected: str) -> None:
    from quizgen.english import lower_first

    assert lower_first(phrase) == expected


def test_a_cloze_drops_a_quotation_mark_its_sentence_never_closes(tmp_path: Path) -> None:
    quote = "\u201cOver 21 million people are in need of humanitarian assistance across Ethiopia."
    deck = small_deck(tmp_path, f"{quote} We will help,\u201d Mr Peters says.",
                      "  - {id: n, kind: figure, what: people in need in Ethiopia, value: 21000000, unit: people,\n"
                      f"     text: Over 21 million people, sources: [{{source: a, quote: \"{quote}\"}}]}}\n",
                      "2024-04-22")
    cloze = [q for q in generate(load_deck(deck), seed=0) if q.type.value == "cloze"]
    assert cloze and all("\u201c" not in q.prompt and q.source.quote == quote for q in cloze), cloze


def _thaci_deck(tmp_path: Path, other_person: bool) -> Path:
    quote = "\u201cIt is the best possible answer for the entire world.\u201d Thaci said."
    other = "Serbian President Boris Tadic rejected the ruling."
    facts = ("  - {id: q, kind: quote, speaker: Hashim Thaci, words: the best possible answer for the entire world.,\n"
             f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n")
    if other_person:
        facts += (f"  - {{id: t, kind: leader, name: Boris Tadic, role: President, of: Serbia, sources: [{{source: a, "
                  f"quote: \"{other}\"}}]}}\n")
    return small_deck(tmp_path, f"{quote} {other}", facts, "2010-07-22")


def test_who_said_quotes_the_words_without_the_speaker_s_full_stop(tmp_path: Path) -> None:
    said = [q for q in generate(load_deck(_thaci_deck(tmp_path, True)), seed=0) if q.template == "who-said"]
    assert said and all("world\u201d" in q.prompt and ".\u201d" not in q.prompt for q in said), [q.prompt for q in said]
    assert all("Thaci" in q.accepted for q in said if q.type.value == "typed"), said


def test_of_two_equal_figures_of_one_sentence_the_first_said_is_asked_first(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Equal scores fall to the article's order, not to the ids' alphabet: the winner's share before the runner-up's."""
    sentence = "Yayi won with 53.31% while opposition candidate Adrien Houngbedji received 35.64%."
    facts = "".join(f"  - {{id: {fid}, kind: figure, what: {what}, value: {value}, unit: '%', text: '{value}%', "
                    f"sources: [{{source: a, quote: \"{sentence}\"}}]}}\n"
                    for fid, what, value in (("zz-winner", "Yayi's share of the vote", 53.31),
                                             ("aa-runner-up", "Houngbedji's share of the vote", 35.64)))
    deck = small_deck(tmp_path, sentence, facts, "2011-03-21")
    first = json.loads(questions_json(capsys, str(deck), "--count", "1", "--types", "cloze"))["questions"][0]
    assert first["fact"] == "zz-winner", first


def test_a_body_named_through_a_possessive_is_not_asked_as_whose(tmp_path: Path) -> None:
    """"Robert Dossou was the President of which organisation?" with G7 and G20 beside "Benin's constitutional
    court": its name says half the answer and nothing of its sort stands beside it."""
    sentence = "Robert Dossou, the president of Benin's constitutional court, released the results of the election."
    facts = (f"  - {{id: d, kind: leader, name: Robert Dossou, role: President, of: \"Benin's constitutional court\", "
             f"sources: [{{source: a, quote: \"{sentence}\"}}]}}\n")
    asked = {q.template for q in generate(load_deck(small_deck(tmp_path, sentence, facts, "2011-03-21")), seed=0)}
    assert "who" in asked and "of" not in asked, asked


def test_a_cloze_on_a_speaker_accepts_the_surname(tmp_path: Path) -> None:
    sentence = "\"Today is a landmark,\" said David Matsanga, one of the rebels involved in the negotiations."
    facts = ("  - {id: q, kind: quote, speaker: David Matsanga, words: Today is a landmark,\n"
             f"     sources: [{{source: a, quote: '{sentence}'}}]}}\n")
    clozes = [q for q in generate(load_deck(small_deck(tmp_path, sentence, facts, "2008-02-24")), seed=0)
              if q.type is QuestionType.CLOZE]
    assert clozes and all("Matsanga" in q.accepted for q in clozes), [(q.prompt, q.accepted) for q in clozes]


def test_who_said_is_not_asked_of_the_story_s_only_person(tmp_path: Path) -> None:
    """Round 11: "Who said ...?" in a release that names one person teaches nothing (rated BAD, trivial)."""
    assert not [q for q in generate(load_deck(_thaci_deck(tmp_path, False)), seed=0) if q.template == "who-said"]


@pytest.mark.parametrize(("text", "higher"), [("over $700 million", True), ("more than 10,000 people", True),
                                              ("up to 60%", False), ("fewer than 40 people", False)])
def test_a_bound_s_wrong_options_are_never_also_true(text: str, higher: bool) -> None:
    """"over $700 million": "over $600 million" would be true as well, so only higher lower bounds."""
    import random

    from quizgen.questions.numbers import figure_variants

    def value(t: str) -> float:
        return float(re.search(r"[\d,.]+", t).group(0).replace(",", ""))  # type: ignore[union-attr]

    for seed in range(5):
        options = figure_variants(text, "", random.Random(seed))
        assert options and all((value(o) > value(text)) == higher for o in options), options


@pytest.mark.parametrize(("sentence", "event", "date", "published", "took_place"), [
    # a named event is no claim alone: "The NATO Leaders' Meeting on 4 December 2019." reads "... took place on"
    ("The NATO Leaders' Meeting opened in Watford on 4 December 2019.", "the NATO Leaders' Meeting",
     "2019-12-04", "2019-12-05", True),
    ("The entry into force of the Ukraine Facility on 1 March 2024 opened regular payments.",
     "The entry into force of the Ukraine Facility", "2024-03-01", "2024-04-24", True),
    # an event with a verb is a sentence already
    ("Gordon Brown officially stood down from office with immediate effect on 11 May 2010.",
     "Gordon Brown officially stood down from office", "2010-05-11", "2010-05-12", False),
])
def test_a_true_false_about_an_event_says_it_took_place_only_without_a_verb(
        tmp_path: Path, sentence: str, event: str, date: str, published: str, took_place: bool) -> None:
    deck = small_deck(tmp_path, sentence, f"  - {{id: e, kind: date, event: \"{event}\", date: {date},\n"
                                          f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", published)
    tf = [q for seed in range(4) for q in generate(load_deck(deck), seed=seed) if q.type.value == "tf"]
    assert tf and all((" took place on " in q.prompt) is took_place for q in tf), [q.prompt for q in tf]


def test_an_agreement_is_asked_with_the_verb_its_parties_did(tmp_path: Path) -> None:
    """Round 11: "The Prime Minister also announced that New Zealand, Chile, Singapore and Brunei have
    concluded ... a memorandum": the four concluded it; the Prime Minister only announced it."""
    quote = ("The Prime Minister also announced that New Zealand, Chile, Singapore and Brunei have concluded in "
             "parallel negotiations for a memorandum of understanding on labour cooperation.")
    deck = small_deck(tmp_path, quote, "  - {id: m, kind: agreement, parties: [New Zealand, Chile, Singapore, Brunei],"
                                       " what: memorandum of understanding on labour cooperation,\n"
                                       f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2005-06-03")
    party = [q for q in generate(load_deck(deck), seed=0) if q.template == "party"]
    assert party and all(" concluded a memorandum" in q.prompt for q in party), [q.prompt for q in party]
    assert all("New Zealand, Chile, Singapore and which country" in q.prompt for q in party if q.type.value != "tf")


@pytest.mark.parametrize(("event", "stem"), [
    # a purpose cut would leave a participle with its object and no verb: the event is before the participle
    ("The United States and India signed an accord allowing U.S. firms to sell nuclear fuel and technology to "
     "India, reversing a three-decade ban on such trade", "did the United States and India sign an accord?"),
    # a participle phrase that is the agreement's content stays
    ("Vladimir Putin and Kim Jong Un signed an agreement pledging mutual assistance in the event of aggression",
     "sign an agreement pledging mutual assistance in the event of aggression?"),
])
def test_a_date_stem_keeps_the_event_s_core_whole(tmp_path: Path, event: str, stem: str) -> None:
    """Round 12: "The United States and India signed an accord allowing U.S. firms on 7 October 2008."."""
    sentence = event + " on 10 October 2008."
    deck = small_deck(tmp_path, sentence, f"  - {{id: e, kind: date, event: {event}, date: 2008-10-10,\n"
                                          f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2008-10-11")
    when = [q for q in generate(load_deck(deck), seed=0) if q.template == "when" and q.type.value == "mc"]
    assert when and all(q.prompt.endswith(stem) for q in when), [q.prompt for q in when]


def test_a_typed_korean_name_accepts_the_family_name_first(tmp_path: Path) -> None:
    """Round 13: "Ki-moon" was accepted for Ban Ki-moon and "Ban" was not."""
    sentence = "Ban Ki-moon, Secretary-General of the United Nations, called for a delay."
    deck = small_deck(tmp_path, sentence, "  - {id: b, kind: leader, name: Ban Ki-moon, role: Secretary-General, "
                                          "of: United Nations,\n"
                                          f"     sources: [{{source: a, quote: \"{sentence}\"}}]}}\n", "2008-06-29")
    who = [q for q in generate(load_deck(deck), seed=0) if q.template == "who" and q.type.value == "typed"]
    assert who and all("Ban" in q.accepted and "Ki-moon" not in q.accepted for q in who), [q.accepted for q in who]


def test_a_magnitude_s_wrong_options_stay_on_its_scale() -> None:
    import random

    from quizgen.questions.numbers import figure_variants

    for seed in range(6):
        options = figure_variants("7.8", "magnitude", random.Random(seed))
        assert options and all(3.0 <= float(o) <= 9.6 and o != "7.8" for o in options), options


def test_an_agreement_in_principle_is_asked_as_one(tmp_path: Path) -> None:
    """Round 13: "New Zealand and the United Kingdom have Agreed in Principle a ... free trade agreement" was
    asked as "agreed an inclusive free trade agreement", as if settled."""
    quote = ("New Zealand and the United Kingdom have Agreed in Principle a historic high-quality and inclusive "
             "free trade agreement.")
    deck = small_deck(tmp_path, quote, "  - {id: f, kind: agreement, parties: [New Zealand, United Kingdom], what: "
                                       "inclusive free trade agreement,\n"
                                       f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2021-10-21")
    party = [q for q in generate(load_deck(deck), seed=0) if q.template == "party" and q.type.value == "mc"]
    assert party and all("agreed in principle an inclusive free trade agreement" in q.prompt for q in party), \
        [q.prompt for q in party]


@pytest.mark.parametrize(("text", "bare"), [("more than 3,200 people", {"3,200", "3200"}),
                                            ("at least 18 climbers", {"18"}),
                                            ("$20.7 billion", set()), ("over 80%", {"80%", "80"}),
                                            ("an estimated 30 percent", {"30 percent", "30%", "30"})])
def test_a_count_s_number_alone_is_an_accepted_spelling(tmp_path: Path, text: str, bare: set[str]) -> None:
    """Round 13: clozes accepted only "more than 3,200 people" where a marker takes "3,200" (for quiz tools that
    compare letter for letter); an amount with a scale keeps its whole form. Round 38: a hedged share ("an
    estimated 30 percent") is asked without its hedge, in any of a share's spellings."""
    quote = f"The quake killed {text} on Saturday."
    deck = small_deck(tmp_path, quote, f"  - {{id: f, kind: figure, what: people killed, value: 1, unit: people, "
                                       f"text: '{text}',\n     sources: [{{source: a, quote: \"{quote}\"}}]}}\n",
                      "2015-04-26")
    cloze = [q for q in generate(load_deck(deck), seed=0) if q.type.value == "cloze"]
    assert cloze and all(bare <= set(q.accepted_spellings) for q in cloze), [q.accepted_spellings for q in cloze]
    assert all("20.7" not in q.accepted_spellings for q in cloze)
    assert all(q.answer in bare for q in cloze if bare), [q.answer for q in cloze]


@pytest.mark.parametrize(("text", "gap_answer", "left_to_read"), [
    ("4,000 UK jobs", "4,000", "UK jobs"),
    ("more than 2,000 jobs", "2,000", "more than"),
])
def test_a_count_s_cloze_gaps_the_number_and_leaves_its_noun(tmp_path: Path, text: str, gap_answer: str,
                                                              left_to_read: str) -> None:
    quote = f"The deal sustains {text} across the country."
    deck = small_deck(tmp_path, quote, f"  - {{id: n, kind: figure, what: jobs the deal sustains, value: "
                                       f"{gap_answer.replace(',', '')}, unit: jobs,\n     text: '{text}', sources: "
                                       f"[{{source: a, quote: \"{quote}\"}}]}}\n", "2025-08-31")
    cloze = [q for q in generate(load_deck(deck), seed=0) if q.type.value == "cloze"]
    assert cloze and cloze[0].answer == gap_answer and left_to_read in cloze[0].prompt, cloze
    assert text in cloze[0].accepted, cloze[0].accepted


@pytest.mark.parametrize(("what", "verb_phrase", "party_asked"), [
    ("agreement to boost trade", "agreed to boost trade", False),
    ("the guiding principles to resolve their border dispute", "agreed on the guiding principles", True),
])
def test_agreed_agreements_read_as_english_and_a_promise_asks_no_party(
        tmp_path: Path, what: str, verb_phrase: str, party_asked: bool) -> None:
    quote = f"India and China have agreed {'on ' if 'principles' in what else ''}{what.removeprefix('agreement ')}."
    deck = small_deck(tmp_path, quote, f"  - {{id: g, kind: agreement, parties: [India, China], what: '{what}',\n"
                                       f"     date: 2005-04-11, sources: [{{source: a, quote: \"{quote}\"}}]}}\n",
                      "2005-04-11")
    qs = generate(load_deck(deck), seed=0)
    assert all("agreed an agreement" not in q.prompt and "agree an agreement" not in q.prompt for q in qs), \
        [q.prompt for q in qs]
    assert any(q.template == "party" for q in qs) == party_asked, [q.prompt for q in qs]
    assert any(verb_phrase in (q.truth or q.prompt) or verb_phrase.replace("agreed", "agree") in q.prompt
               for q in qs), [q.prompt for q in qs]


@pytest.mark.parametrize(("event", "asked", "not_asked"), [
    # an absolute clause beside the event is cut ...
    ("Ma Ying-jeou will be inaugurated as the new President, with Vincent Shew being the new Vice President, "
     "replacing the current president", "Ma Ying-jeou be inaugurated as the new President", "Vincent Shew"),
    # ... an infinitive after a ranked noun is what the rank is for, and stays
    ("Spain became the first European Union member to ratify the new EU Constitution by a referendum",
     "to ratify the new EU Constitution", None),
])
def test_a_date_question_asks_the_event_s_core(tmp_path: Path, event: str, asked: str, not_asked: str | None) -> None:
    deck = small_deck(tmp_path, f"{event}.", f"  - {{id: d, kind: date, event: '{event}', date: 2008-05,\n"
                                             f"     sources: [{{source: a, quote: \"{event}.\"}}]}}\n", "2008-06-01")
    when = [q for q in generate(load_deck(deck), seed=0) if q.template == "when" and q.type.value == "mc"]
    assert when and asked in when[0].prompt and (not_asked is None or not_asked not in when[0].prompt), when


# (the date's event, a figure fact of the same sentence, what the date question reads): the amount another question
# asks is not printed where the words read without it (round 39: the headline $2 million never asked)
DATES_WITHOUT_AMOUNTS = [
    ("The United States announced $2 million in additional humanitarian assistance in response to flooding in Chad",
     "$2 million", "additional humanitarian assistance in response to flooding in Chad"),
    ("The Millennium Challenge Corporation signed a $363 million Compact with the Kingdom of Lesotho", "$363 million",
     "a Compact with the Kingdom of Lesotho"),
    # kept where the words would not read without it, or would no longer say which
    ("The UK announced £5 million for Dominica after Hurricane Maria", "£5 million", "£5 million for Dominica"),
    ("The United States launched a $6 million program", "$6 million", "a $6 million program"),
]


@pytest.mark.parametrize(("event", "amount", "reads"), DATES_WITHOUT_AMOUNTS, ids=[r[1] for r in DATES_WITHOUT_AMOUNTS])
def test_a_date_question_leaves_out_an_amount_asked_of_its_own(tmp_path: Path, event: str, amount: str,
                                                               reads: str) -> None:
    said = f"{event} on Monday."
    facts = (f"  - {{id: d, kind: date, event: '{event}', date: 2016-01-25,\n     sources: [{{source: a, quote: "
             f"\"{said}\"}}]}}\n  - {{id: f, kind: figure, what: amount announced, value: 1, unit: USD, text: "
             f"'{amount}',\n     sources: [{{source: a, quote: \"{said}\"}}]}}\n")
    when = [q.prompt for q in generate(load_deck(small_deck(tmp_path, said, facts, "2016-01-26")), seed=0)
            if q.template == "when"]
    assert when and all(reads in p for p in when), when


@pytest.mark.parametrize(("name", "role", "of", "reads"), [
    ("Ma Ying-jeou", "President-elect", "Republic of China", "of the Republic of China"),
    # a body named by its kind takes the article (round 39: "the Chief Executive Officer of Millennium Challenge
    # Corporation")
    ("John Danilovich", "Chief Executive Officer", "Millennium Challenge Corporation",
     "of the Millennium Challenge Corporation"),
])
def test_an_office_of_a_long_name_reads_with_its_article(tmp_path: Path, name: str, role: str, of: str,
                                                        reads: str) -> None:
    quote = f"{name} was named {role} of the {of}."
    deck = small_deck(tmp_path, quote, f"  - {{id: m, kind: leader, name: {name}, role: {role}, of: "
                                       f"{of},\n     sources: [{{source: a, quote: \"{quote}\"}}]}}\n",
                      "2008-03-22")
    who = [q for q in generate(load_deck(deck), seed=0) if q.template == "who"]
    assert who and all(reads in q.prompt for q in who), [q.prompt for q in who]


def test_a_korean_name_s_family_name_comes_first(tmp_path: Path) -> None:
    quote = "North Korean leader Kim Jong Il signed the joint statement."
    deck = small_deck(tmp_path, quote, "  - {id: k, kind: leader, name: Kim Jong Il, role: leader, of: North Korea,\n"
                                       f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2007-10-04")
    typed = [q for q in generate(load_deck(deck), seed=0) if q.template == "who" and q.type.value == "typed"]
    assert typed and "Kim" in typed[0].accepted and "Il" not in typed[0].accepted, [q.accepted for q in typed]


def test_a_dated_statement_puts_its_date_in_front_of_a_clause(tmp_path: Path) -> None:
    """"... , the Japan Times reported on 3 September 2007" would date the reporting, not the resignation."""
    event = "Takehiko Endo resigned from the post of Minister of Agriculture, the Japan Times reported"
    deck = small_deck(tmp_path, f"{event} on Monday.", f"  - {{id: d, kind: date, event: '{event}', date: "
                                                        f"2007-09-03,\n     sources: [{{source: a, quote: "
                                                        f"\"{event} on Monday.\"}}]}}\n", "2007-09-04")
    tf = [q for q in generate(load_deck(deck), seed=0) if q.type.value == "tf" and q.template == "when"]
    assert tf and all(re.match(r"On \d+ \w+ 2007, Takehiko Endo resigned", q.prompt) for q in tf), \
        [q.prompt for q in tf]


@pytest.mark.parametrize(("role", "of", "office"), [
    ("Secretary of State", "United States", "the Secretary of State of the United States"),
    ("Chairman of the National Assembly", "National Assembly of Vietnam",
     "the Chairman of the National Assembly of Vietnam"),
])
def test_an_office_is_named_whole_with_its_country(tmp_path: Path, role: str, of: str, office: str) -> None:
    quote = f"The {role} met the press."
    deck = small_deck(tmp_path, quote, f"  - {{id: r, kind: leader, name: Condoleezza Rice, role: {role}, of: {of},\n"
                                       f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2006-01-16")
    who = [q for q in generate(load_deck(deck), seed=0) if q.template == "who"]
    assert who and all(office in q.prompt for q in who), [q.prompt for q in who]


@pytest.mark.parametrize(("event", "asked"), [
    ("The UK ceases to be a member of the EU", False),  # a release of 1 October: "when the UK ceases ... on 31 October"
    ("The UK will cease to be a member of the EU", True),
    ("Charles III and Camilla are coronated", True),  # asked in the present: "On what date are ... coronated?"
])
def test_a_date_after_the_article_is_asked_only_of_a_plan(tmp_path: Path, event: str, asked: bool) -> None:
    """A date after the article's, told as if done, would make "... took place on 31 October 2019" (the plan
    changed): it is asked only where the event says it is planned."""
    deck = small_deck(tmp_path, f"{event} on 31 October.",
                      f"  - {{id: d, kind: date, event: '{event}', date: 2019-10-31,\n"
                      f"     sources: [{{source: a, quote: \"{event} on 31 October.\"}}]}}\n", "2019-10-01")
    made = [q for q in generate(load_deck(deck), seed=0) if q.template == "when"]
    assert bool(made) == asked, [q.prompt for q in made]


def test_a_bound_figure_is_stated_as_what_the_article_says(tmp_path: Path) -> None:
    """"at least 200": a true/false says what the article gives, in a sentence ("The article gives at least 200
    injured for the people injured" was round 22's)."""
    quote = "More than 160 people have been reported killed so far, with at least 200 injured."
    deck = small_deck(tmp_path, quote, "  - {id: f, kind: figure, what: people injured, value: 200, unit: people,\n"
                                       f"     text: at least 200, sources: [{{source: a, quote: \"{quote}\"}}]}}\n",
                      "2008-10-29")
    tf = [q for seed in range(4) for q in generate(load_deck(deck), seed=seed) if q.type.value == "tf"]
    assert tf and all(q.prompt.startswith("According to the article, the number of people injured was at least ")
                      for q in tf), [q.prompt for q in tf]


def test_a_party_named_in_the_agreement_s_name_by_another_name_is_not_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Australia and which country announced the PNG-Australia Policing Partnership?" prints its answer."""
    quote = "The Prime Minister announced Phase III of the PNG-Australia Policing Partnership."
    deck = small_deck(tmp_path, quote, "  - {id: g, kind: agreement, what: PNG-Australia Policing Partnership,\n"
                                       "     parties: [Australia, Papua New Guinea],\n"
                                       f"     sources: [{{source: a, quote: \"{quote}\"}}]}}\n", "2013-05-10")
    capsys.readouterr()
    assert main(["questions", str(deck), "--format", "json", "--count", "all"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert not [q["prompt"] for q in doc["questions"] if q["template"] == "party"]
    assert any("names the answer Papua New Guinea" in r["reason"] for r in doc["rejected"]), doc["rejected"]
    assert any("a piece of a hyphenated name" in r["reason"] for r in doc["rejected"]), doc["rejected"]
