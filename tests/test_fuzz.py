"""Fuzzing every command with broken decks and articles: exit 0 or 2, `path:line: message`, never a traceback.

Valid decks (the bundled one, tests/data/tiny.yaml, tests/data/hostile.yaml) are copied with their
articles into a fresh directory per example and mutated: keys dropped and duplicated, values of the
wrong type, unknown kinds, huge, empty and hostile strings, control characters, invalid UTF-8, broken
YAML (truncation, byte flips), deep nesting, anchors, aliases and tags. Each one goes through
`quizgen check`, `questions --format json`, `export` (all eight formats) and, for articles, `extract`,
in-process through ``quizgen.cli.main`` (a handful in a subprocess prove nothing reaches the real
stderr either).

`make test` runs a bounded number of examples; `make fuzz` sets QUIZGEN_FUZZ_EXAMPLES=10000, runs at
least that many inputs in total and prints the count.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from checkers import NASTY_ALPHABET
from deckpaths import DATA, ROOT
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import quizgen.deck
from quizgen.cli import main

# -- budget ------------------------------------------------------------------------------------------

#: Inputs in total over this file: QUIZGEN_FUZZ_EXAMPLES (make fuzz), else a bound that keeps
#: `make test` fast.
TOTAL = int(os.environ.get("QUIZGEN_FUZZ_EXAMPLES") or 0)
LONG_RUN = TOTAL > 0
if not LONG_RUN:
    TOTAL = 700
# Share of the budget per test (the shares add up to 1).
SHARES = {"data": 0.25, "text": 0.27, "structure": 0.20, "valid": 0.12, "extract": 0.08, "options": 0.08}
COUNTS: collections.Counter[str] = collections.Counter()


def budget(name: str) -> int:
    # 8% spare: hypothesis may stop short of max_examples (duplicates), and make fuzz must reach TOTAL
    return max(5, round(TOTAL * SHARES[name] * (1.08 if LONG_RUN else 1)))


def fuzz_settings(name: str) -> settings:
    return settings(
        max_examples=budget(name),
        deadline=None,
        derandomize=not LONG_RUN,  # make test: the same examples every run; make fuzz: new ones
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a mutated deck does not shrink well, and slowly
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


@pytest.fixture(scope="module", autouse=True)
def report_count(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many inputs and command runs this file went through (make fuzz shows it)."""
    yield
    failed = request.session.testsfailed
    line = (f"fuzz: {COUNTS['inputs']} inputs, {COUNTS['runs']} command runs "
            f"({COUNTS['exit0']} exit 0, {COUNTS['exit2']} exit 2), "
            + ("no crash" if not failed else f"{failed} failing test(s): see above"))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # straight to the terminal, even without -s
            reporter.write_line("")
            reporter.write_line(line)
    else:  # pragma: no cover - pytest without its terminal (e.g. -p no:terminal)
        print(line, file=sys.__stderr__)


# -- the valid starting points -----------------------------------------------------------------------

BUNDLED = ROOT / "decks" / "putin-hanoi-2024.yaml"
BASES = {
    # name: (deck file, its articles, where the deck sits relative to the case directory)
    "bundled": (BUNDLED, sorted((ROOT / "seeds").glob("*.txt")), "decks"),
    "tiny": (DATA / "tiny.yaml", [DATA / "tiny.txt"], "data"),
    "hostile": (DATA / "hostile.yaml", [DATA / "hostile.txt"], "data"),
}
ARTICLES = sorted((DATA / "articles").glob("*.txt")) + [DATA / "tiny.txt", DATA / "hostile.txt",
                                                        *sorted((ROOT / "seeds").glob("*.txt"))]
FORMATS = {"anki": ".apkg", "worksheet": ".html", "gift": ".txt", "moodle-xml": ".xml", "qti": ".zip",
           "kahoot": ".xlsx", "blooket": ".csv", "quizlet": ".txt"}
BASE_TEXT = {name: deck.read_bytes() for name, (deck, _, _) in BASES.items()}
BASE_DATA = {name: yaml.safe_load(text) for name, text in BASE_TEXT.items()}
ARTICLE_TEXT = {p.name: p.read_bytes() for p in ARTICLES}


class Case:
    """A fresh directory holding one deck (and its articles) as the bundled layout has them."""

    def __init__(self, root: Path, base: str) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="case-", dir=root))
        deck, articles, sub = BASES[base]
        (self.root / "decks").mkdir()
        (self.root / "data").mkdir()
        (self.root / "seeds").mkdir()
        self.articles: list[Path] = []
        for article in articles:
            target = self.root / ("seeds" if article.parent.name == "seeds" else sub) / article.name
            shutil.copyfile(article, target)
            self.articles.append(target)
        self.deck = self.root / sub / deck.name
        self.out = self.root / "out"
        self.out.mkdir()

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        quizgen.deck._CACHE.clear()  # every case is a new path: keep the load cache from growing


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# -- running the CLI -----------------------------------------------------------------------------------

PROBLEM_LINE = re.compile(r"^(?P<where>.+?)(?::(?P<line>\d+))?: (?P<message>\S.*)$")


def run(capsys: pytest.CaptureFixture[str], argv: list[str], *, where: tuple[str, ...] = (),
        usage_ok: bool = False) -> tuple[int, str, str]:
    """``quizgen argv`` in-process; asserts the exit contract and returns (code, stdout, stderr).

    ``where``: the paths (or flag names) an error line may start with; ``usage_ok``: argparse may
    refuse a flag value with its own usage message.
    """
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refusing a flag: its own usage message, status 2
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    COUNTS["runs"] += 1
    assert code in (0, 2), f"quizgen {argv}: exit {code}\n{err}"
    COUNTS[f"exit{code}"] += 1
    assert "Traceback" not in err, err
    assert "\x1b" not in out + err, "deck text reached the terminal as an escape sequence"
    if code == 2 and not (usage_ok and err.startswith("usage: ")):
        check_problem_lines(err, where or tuple(a for a in argv if "/" in a))
    return code, out, err


def check_problem_lines(err: str, where: tuple[str, ...]) -> None:
    """Every stderr line is `path:line: message` or `path: message` (or a `skipped` note of export)."""
    lines = [line for line in err.split("\n") if line.strip()]
    assert lines, "exit 2 without saying why"
    for line in lines:
        if line.startswith("skipped "):  # exports list the questions a format cannot hold
            continue
        m = PROBLEM_LINE.match(line)
        assert m, f"not a `path:line: message` line: {line!r}"
        assert m["where"].startswith(where) or m["where"].startswith("--"), f"no path in {line!r} ({where})"


def commands_for(case: Case, formats: list[str]) -> list[list[str]]:
    deck = str(case.deck)
    argvs = [["check", deck], ["questions", "--format", "json", deck]]
    for name in formats:
        argvs.append(["export", name, deck, "-o", str(case.out / f"{name}{FORMATS[name]}")])
    return argvs


def run_all(capsys: pytest.CaptureFixture[str], case: Case, formats: list[str]) -> list[int]:
    codes = []
    for argv in commands_for(case, formats):
        codes.append(run(capsys, argv, where=(str(case.root),))[0])
    return codes


# -- values ---------------------------------------------------------------------------------------------

EXTRA_NASTY = "\ud800\udfff\ufeff\ufffe\uffff\u0000\u0085\u00a0\u3000\x1b\x07\x08" "{{c1::x}}<script>]]>&#x;\\n"


def nasty_text(rnd: random.Random, size: int | None = None, *, loadable: bool = False) -> str:
    """Random text over every character some format treats specially; ``loadable``: no lone surrogates
    (libyaml refuses a deck that has them, so a deck meant to stay valid must not)."""
    alphabet = NASTY_ALPHABET + EXTRA_NASTY
    if loadable:
        alphabet = re.sub("[\ud800-\udfff]", "", alphabet)
    if size is None:
        size = rnd.choice([0, 1, 2, 5, 20, 80, 300])
    return "".join(rnd.choice(alphabet) for _ in range(size))


def odd_value(rnd: random.Random) -> Any:
    """A value of a type (or size) the deck format does not expect where it is put."""
    choice = rnd.randrange(24)
    return [
        lambda: [], lambda: {}, lambda: ["a", "b"], lambda: {"a": 1, "b": [1, 2]}, lambda: 0, lambda: -1,
        lambda: rnd.choice(ODD_NUMBERS), lambda: 1.5, lambda: float("inf"), lambda: float("nan"), lambda: True,
        lambda: False,
        lambda: None, lambda: "", lambda: " \t ", lambda: dt.date(2024, 2, 29),
        lambda: "x" * rnd.choice([10**4, 10**6]),
        lambda: nasty_text(rnd), lambda: [[[[[]]]]], lambda: {"id": "x", "kind": "leader"}, lambda: "2024-13-45",
        lambda: "0000-00-00", lambda: -0.0, lambda: dt.datetime(2024, 6, 20, 18, 39),
    ][choice]()


def paths_in(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (keys and indexes) to a value inside ``data``, the root included."""
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += paths_in(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += paths_in(v, (*prefix, i))
    return out


def get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def put(data: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    get(data, path[:-1])[path[-1]] = value
    return data


def string_paths(data: Any) -> list[tuple]:
    return [p for p in paths_in(data) if isinstance(get(data, p), str)]


# -- mutations on the data (dumped back as YAML) ---------------------------------------------------------

def m_drop_key(data: Any, rnd: random.Random, case: Case) -> Any:
    maps = [p for p in paths_in(data) if isinstance(get(data, p), dict) and get(data, p)]
    if maps:
        target = get(data, rnd.choice(maps))
        del target[rnd.choice(list(target))]
    return data


ODD_NUMBERS = [0, -1, 1e308, -1e308, 10**300, -(10**300), 10**400, 1e-300, 5e-324, 0.1, 2**63, -0.0, 10**16 + 1,
               0.000001, 123456789.123456789, 99999999999999999999]


def m_odd_number(data: Any, rnd: random.Random, case: Case) -> Any:
    """A figure's value at the edges of what numbers can be (the deck otherwise stays valid)."""
    paths = [p for p in paths_in(data) if p and p[-1] == "value"]
    return put(data, rnd.choice(paths), rnd.choice(ODD_NUMBERS)) if paths else data


def m_wrong_type(data: Any, rnd: random.Random, case: Case) -> Any:
    return put(data, rnd.choice(paths_in(data)), odd_value(rnd))


def m_wrong_type_leaf(data: Any, rnd: random.Random, case: Case) -> Any:
    """A wrong type deep inside a fact (more likely to reach the question engine than the root)."""
    paths = [p for p in paths_in(data) if len(p) >= 3]
    return put(data, rnd.choice(paths), odd_value(rnd)) if paths else data


def m_unknown_kind(data: Any, rnd: random.Random, case: Case) -> Any:
    facts = data.get("facts") if isinstance(data, dict) else None
    if isinstance(facts, list) and facts and isinstance(facts[0], dict):
        fact = rnd.choice([f for f in facts if isinstance(f, dict)])
        fact["kind"] = rnd.choice(["meeting", "Leader", "LEADER", "", "leader ", nasty_text(rnd, 8), "date\n"])
        fact[rnd.choice(["who", "where", nasty_text(rnd, 3)])] = odd_value(rnd)
    return data


def m_nasty_string(data: Any, rnd: random.Random, case: Case) -> Any:
    paths = string_paths(data)
    return put(data, rnd.choice(paths), nasty_text(rnd)) if paths else data


def m_huge_string(data: Any, rnd: random.Random, case: Case) -> Any:
    paths = string_paths(data)
    if paths:
        path = rnd.choice(paths)
        put(data, path, get(data, path) * rnd.choice([100, 2000]))
    return data


def m_empty_string(data: Any, rnd: random.Random, case: Case) -> Any:
    paths = string_paths(data)
    return put(data, rnd.choice(paths), rnd.choice(["", " ", "\n", "\u200b", "\u00a0"])) if paths else data


def m_swap_values(data: Any, rnd: random.Random, case: Case) -> Any:
    paths = [p for p in paths_in(data) if p]
    if len(paths) >= 2:
        a, b = rnd.sample(paths, 2)
        if a[: len(b)] != b and b[: len(a)] != a:  # neither inside the other
            va, vb = get(data, a), get(data, b)
            put(data, a, vb)
            put(data, b, va)
    return data


def m_duplicate_item(data: Any, rnd: random.Random, case: Case) -> Any:
    lists = [p for p in paths_in(data) if isinstance(get(data, p), list) and get(data, p)]
    if lists:
        items = get(data, rnd.choice(lists))
        items.append(items[rnd.randrange(len(items))])
    return data


def m_hostile_quote(data: Any, rnd: random.Random, case: Case) -> Any:
    """A hostile quote added to the article, so the deck stays valid and reaches the exporters."""
    quotes = [p for p in string_paths(data) if p and p[-1] == "quote"]
    if quotes:
        text = nasty_text(rnd, rnd.choice([1, 5, 40]), loadable=rnd.random() < 0.9).replace("\x00", "") or "x"
        put(data, rnd.choice(quotes), text)
        for article in case.articles:
            if not article.is_file():
                continue
            with article.open("ab") as fh:
                fh.write(b"\n" + text.encode("utf-8", "surrogatepass") + b"\n")
    return data


def m_mutate_article(data: Any, rnd: random.Random, case: Case) -> Any:
    article = rnd.choice(case.articles)
    if article.is_file():
        article.write_bytes(mutate_bytes(article.read_bytes(), rnd))
    return data


def m_remove_article(data: Any, rnd: random.Random, case: Case) -> Any:
    article = rnd.choice(case.articles)
    if not article.is_file():
        return data
    article.unlink()
    if rnd.random() < 0.5:
        article.mkdir()  # a directory where the article should be
    return data


def m_special_article(data: Any, rnd: random.Random, case: Case) -> Any:
    """An article that is not a regular file: reading a FIFO or /dev/zero must not hang, a socket or a
    symlink loop must not crash."""
    article = rnd.choice(case.articles)
    if not article.is_file():
        return data
    article.unlink()
    kind = rnd.choice(["fifo", "socket", "device", "loop"])
    if kind == "fifo":
        os.mkfifo(article)
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(article))
    elif kind == "device":
        article.symlink_to("/dev/zero")
    else:
        loop = article.with_name(article.name + ".loop")
        article.symlink_to(loop)
        loop.symlink_to(article)
    return data


DATA_MUTATIONS: dict[str, Callable[[Any, random.Random, Case], Any]] = {
    "drop_key": m_drop_key, "wrong_type": m_wrong_type, "wrong_type_leaf": m_wrong_type_leaf,
    "unknown_kind": m_unknown_kind, "nasty_string": m_nasty_string, "huge_string": m_huge_string,
    "empty_string": m_empty_string, "swap_values": m_swap_values, "duplicate_item": m_duplicate_item,
    "hostile_quote": m_hostile_quote, "odd_number": m_odd_number, "mutate_article": m_mutate_article,
    "remove_article": m_remove_article, "special_article": m_special_article,
}


def dump(data: Any, rnd: random.Random) -> bytes:
    text = yaml.safe_dump(data, allow_unicode=rnd.random() < 0.7, sort_keys=False,
                          default_flow_style=rnd.choice([False, None, True]), width=rnd.choice([80, 10**6]))
    return text.encode("utf-8", "surrogatepass")


# -- mutations on the bytes -----------------------------------------------------------------------------

INVALID_UTF8 = [b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]
CONTROLS = [bytes([c]) for c in [*range(0, 9), 11, 12, *range(14, 32), 127]] + [b"\xc2\x85", b"\xe2\x80\xa8", b"\r"]


def mutate_bytes(raw: bytes, rnd: random.Random) -> bytes:
    """One byte-level change: truncation, flips, raw controls, invalid UTF-8, line ends, BOMs, lines."""
    kind = rnd.randrange(10)
    pos = rnd.randrange(len(raw) + 1)
    if kind == 0:
        return raw[:pos]
    if kind == 1:
        buf = bytearray(raw)
        for _ in range(rnd.choice([1, 2, 5, 20])):
            if buf:
                buf[rnd.randrange(len(buf))] = rnd.randrange(256)
        return bytes(buf)
    if kind == 2:
        return raw[:pos] + rnd.choice(CONTROLS) + raw[pos:]
    if kind == 3:
        return raw[:pos] + rnd.choice(INVALID_UTF8) + raw[pos:]
    if kind == 4:
        return raw.replace(b"\n", rnd.choice([b"\r\n", b"\r", b"\n\n", b"\x85"]))
    if kind == 5:
        return rnd.choice([b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe", b"---\n", b"%YAML 1.1\n---\n",
                           b"%YAML 9.9\n---\n", b"...\n"]) + raw
    lines = raw.split(b"\n")
    i = rnd.randrange(len(lines))
    if kind == 6:  # delete a line
        del lines[i]
    elif kind == 7:  # duplicate a line (a duplicated key, or a repeated item)
        lines.insert(i, lines[i])
    elif kind == 8:  # re-indent a line
        lines[i] = rnd.choice([b"", b" ", b"\t", b"    "]) + lines[i].lstrip(b" " if rnd.random() < 0.5 else b"")
    else:  # swap two lines
        j = rnd.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def duplicate_key(raw: bytes, rnd: random.Random) -> bytes:
    """Repeat a `key: value` line right below itself (same indentation: a duplicate key)."""
    lines = raw.split(b"\n")
    keyed = [i for i, line in enumerate(lines) if re.match(rb"^\s*(- )?[A-Za-z_]+:", line)]
    if keyed:
        i = rnd.choice(keyed)
        line = lines[i].replace(b"- ", b"  ", 1)
        lines.insert(i + 1, line)
    return b"\n".join(lines)


# -- YAML structures: nesting, anchors, aliases, tags ---------------------------------------------------

def nested(rnd: random.Random) -> str:
    depth = rnd.choice([10, 200, 5000, 50000, 200000])
    if rnd.random() < 0.5:
        return "[" * depth + "]" * depth
    return "{a: " * depth + "x" + "}" * depth


STRUCTURES: list[Callable[[random.Random], str]] = [
    nested,
    lambda rnd: "&r [*r]", lambda rnd: "&r {a: *r, b: [*r]}", lambda rnd: "*undefined",
    lambda rnd: "!!python/object/apply:os.system [echo hi]", lambda rnd: "!!binary aGVsbG8=",
    lambda rnd: "!!set {a, b}", lambda rnd: "!!omap [a: 1, b: 2]", lambda rnd: "!!pairs [a: 1, a: 2]",
    lambda rnd: "!!float nan", lambda rnd: "!!int 0x_1F", lambda rnd: "!custom x", lambda rnd: "!!timestamp 2024-99-99",
    lambda rnd: "!!null ''", lambda rnd: "!!str", lambda rnd: "!!map [a]", lambda rnd: "!!seq {a: 1}",
    lambda rnd: "2001-12-14t21:59:43.10-05:00", lambda rnd: "2024-06-20 25:61:61", lambda rnd: "1e999",
    lambda rnd: "-.inf", lambda rnd: "0o777", lambda rnd: "0b1010", lambda rnd: "190:20:30", lambda rnd: "~",
    lambda rnd: "{? [a, b]: c}", lambda rnd: "{[a]: 1}", lambda rnd: "{{a: 1}: 2}", lambda rnd: "{.nan: 1, .nan: 2}",
    lambda rnd: "{null: 1, ~: 2}", lambda rnd: "{<<: 5}", lambda rnd: "{<<: [a, b]}",
    lambda rnd: "|\n  block\n  text", lambda rnd: ">-\n  folded", lambda rnd: "'unterminated",
    lambda rnd: '"\\x00\\ud800"',
    lambda rnd: '"\\uDFFF\\U0010FFFF\\U00110000"', lambda rnd: "[a, b", lambda rnd: "{a: 1", lambda rnd: "a: b: c",
    lambda rnd: "@reserved", lambda rnd: "`reserved", lambda rnd: "%directive",
]


def anchor_alias(raw: bytes, rnd: random.Random) -> bytes:
    """An anchor on one value and an alias (or merge) of it in a later one."""
    lines = raw.decode("utf-8", "surrogateescape").split("\n")
    valued = [i for i, line in enumerate(lines) if re.match(r"^(\s*(?:- )?[A-Za-z_]+:)\s*\S", line)]
    if len(valued) >= 2:
        i, j = sorted(rnd.sample(valued, 2))
        m = re.match(r"^(\s*(?:- )?[A-Za-z_]+:)\s*(.*)$", lines[i])
        assert m
        lines[i] = f"{m[1]} &anc {m[2]}"
        m = re.match(r"^(\s*(?:- )?[A-Za-z_]+:)\s*(.*)$", lines[j])
        assert m
        lines[j] = f"{m[1]} {rnd.choice(['*anc', '[*anc, *anc]', '{<<: *anc}', '*anc2'])}"
    return "\n".join(lines).encode("utf-8", "surrogateescape")


def alias_fact(raw: bytes, rnd: random.Random) -> bytes:
    """A whole fact (or source) given an anchor and repeated by alias, possibly many times, in the facts list."""
    text = raw.decode("utf-8", "surrogateescape")
    n = rnd.choice([1, 3, 50, 20000])
    text = re.sub(r"(?m)^(facts:\s*\n)(\s*)- ", lambda m: f"{m[1]}{m[2]}- &fact\n{m[2]}  ", text, count=1)
    text = text.rstrip("\n") + "\n" + "".join("  - *fact\n" for _ in range(n))
    return text.encode("utf-8", "surrogateescape")


def billion_laughs(raw: bytes, rnd: random.Random) -> bytes:
    """The classic: each level repeats the one below nine times; an unknown-kind fact carries it."""
    levels = rnd.choice([3, 6, 9, 12])
    defs = ["x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels):
        defs.append(f"x-l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    text = raw.decode("utf-8", "surrogateescape")
    text = "\n".join(defs) + "\n" + text
    text = re.sub(r"(?m)^(\s*)kind: leader\s*$", lambda m: f"{m[1]}kind: meeting\n{m[1]}laughs: *l{levels - 1}",
                  text, count=1)
    return text.encode("utf-8", "surrogateescape")


def splice_structure(raw: bytes, rnd: random.Random) -> bytes:
    """Replace one value (or a whole line) with a YAML structure from STRUCTURES."""
    lines = raw.decode("utf-8", "surrogateescape").split("\n")
    snippet = rnd.choice(STRUCTURES)(rnd)
    valued = [i for i, line in enumerate(lines) if re.match(r"^(\s*(?:- )?[A-Za-z_]+:)\s*\S", line)]
    if valued and rnd.random() < 0.85:
        i = rnd.choice(valued)
        m = re.match(r"^(\s*(?:- )?[A-Za-z_]+:)", lines[i])
        assert m
        indent = " " * (len(m[1]) - len(m[1].lstrip()) + 2)
        lines[i] = f"{m[1]} " + snippet.replace("\n", "\n" + indent)
    else:
        lines.insert(rnd.randrange(len(lines) + 1), snippet)
    return "\n".join(lines).encode("utf-8", "surrogateescape")


TEXT_MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "bytes": mutate_bytes, "duplicate_key": duplicate_key,
}
STRUCTURE_MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "splice": splice_structure, "anchor_alias": anchor_alias, "alias_fact": alias_fact,
    "billion_laughs": billion_laughs,
}

bases = st.sampled_from(sorted(BASES))
rnds = st.randoms(use_true_random=False)
export_formats = st.lists(st.sampled_from(sorted(FORMATS)), min_size=1, max_size=2, unique=True)


# -- the tests ----------------------------------------------------------------------------------------------

@fuzz_settings("data")
@given(base=bases, mutations=st.lists(st.sampled_from(sorted(DATA_MUTATIONS)), min_size=1, max_size=3),
       formats=export_formats, rnd=rnds)
def test_mutated_deck_data(fuzz_root: Path, capsys: pytest.CaptureFixture[str], base: str, mutations: list[str],
                           formats: list[str], rnd: random.Random) -> None:
    """Keys dropped, wrong types, unknown kinds, huge/empty/hostile strings, broken articles."""
    case = Case(fuzz_root, base)
    try:
        data = yaml.safe_load(BASE_TEXT[base])
        for name in mutations:
            data = DATA_MUTATIONS[name](data, rnd, case)
        case.deck.write_bytes(dump(data, rnd))
        COUNTS["inputs"] += 1
        run_all(capsys, case, formats)
    finally:
        case.close()


@fuzz_settings("text")
@given(base=bases, mutations=st.lists(st.sampled_from(sorted(TEXT_MUTATIONS)), min_size=1, max_size=3),
       formats=export_formats, rnd=rnds)
def test_mutated_deck_bytes(fuzz_root: Path, capsys: pytest.CaptureFixture[str], base: str, mutations: list[str],
                            formats: list[str], rnd: random.Random) -> None:
    """Truncated at random points, random byte flips, raw control characters, invalid UTF-8, duplicate keys."""
    case = Case(fuzz_root, base)
    try:
        raw = BASE_TEXT[base]
        for name in mutations:
            raw = TEXT_MUTATIONS[name](raw, rnd)
        case.deck.write_bytes(raw)
        COUNTS["inputs"] += 1
        run_all(capsys, case, formats)
    finally:
        case.close()


@fuzz_settings("structure")
@given(base=bases, mutations=st.lists(st.sampled_from(sorted(STRUCTURE_MUTATIONS)), min_size=1, max_size=2),
       formats=export_formats, rnd=rnds)
def test_yaml_structures(fuzz_root: Path, capsys: pytest.CaptureFixture[str], base: str, mutations: list[str],
                         formats: list[str], rnd: random.Random) -> None:
    """Deep nesting, anchors and aliases (recursive ones too, billion laughs), tags, odd keys."""
    case = Case(fuzz_root, base)
    try:
        raw = BASE_TEXT[base]
        for name in mutations:
            raw = STRUCTURE_MUTATIONS[name](raw, rnd)
        case.deck.write_bytes(raw)
        COUNTS["inputs"] += 1
        run_all(capsys, case, formats)
    finally:
        case.close()


VALID_MUTATIONS = ("nasty_string", "hostile_quote", "huge_string", "unknown_kind")
TEXT_FIELDS = {"name", "role", "of", "event", "what", "unit", "text", "when", "notes", "title", "outlet",
               "description", "url"}


def keep_valid_nasty(data: Any, rnd: random.Random, case: Case) -> Any:
    """Hostile text in a field that takes free text, so the deck stays valid and every exporter sees it."""
    paths = [p for p in string_paths(data)
             if (p and p[-1] in TEXT_FIELDS) or (len(p) >= 2 and p[-2] in ("aliases", "parties"))]
    text = nasty_text(rnd, rnd.choice([1, 3, 12, 60, 400]), loadable=True)
    if paths and text.strip():
        path = rnd.choice(paths)
        put(data, path, rnd.choice([text, get(data, path) + text, text + get(data, path)]))
    return data


@fuzz_settings("valid")
@given(base=bases, n=st.integers(1, 4), seed=st.integers(-(2**63), 2**63),
       formats=st.lists(st.sampled_from(sorted(FORMATS)), min_size=3, max_size=3, unique=True), rnd=rnds)
def test_hostile_but_valid_decks_export_everywhere(fuzz_root: Path, capsys: pytest.CaptureFixture[str], base: str,
                                                   n: int, seed: int, formats: list[str], rnd: random.Random) -> None:
    """Valid decks full of hostile text reach the exporters (three formats each time, every format over
    the run): each one writes its file or says why not."""
    case = Case(fuzz_root, base)
    try:
        data = yaml.safe_load(BASE_TEXT[base])
        for _ in range(n):
            data = rnd.choice([m_hostile_quote, m_odd_number, keep_valid_nasty, keep_valid_nasty])(data, rnd, case)
        case.deck.write_bytes(dump(data, rnd))
        COUNTS["inputs"] += 1
        for argv in commands_for(case, formats):
            run(capsys, argv if argv[0] == "check" else [*argv, "--seed", str(seed)], where=(str(case.root),))
    finally:
        case.close()


@fuzz_settings("extract")
@given(article=st.sampled_from(sorted(ARTICLE_TEXT)), mutations=st.integers(0, 3), rnd=rnds)
def test_extract_mutated_articles(fuzz_root: Path, capsys: pytest.CaptureFixture[str], article: str,
                                  mutations: int, rnd: random.Random) -> None:
    """`extract` on broken articles: a deck or a `path: message`; a deck it writes passes `check`."""
    root = Path(tempfile.mkdtemp(prefix="extract-", dir=fuzz_root))
    try:
        raw = ARTICLE_TEXT[article]
        for _ in range(mutations):
            raw = rnd.choice([mutate_bytes, insert_text])(raw, rnd)
        path = root / "article.txt"
        path.write_bytes(raw)
        out = root / "deck.yaml"
        COUNTS["inputs"] += 1
        code, _, _ = run(capsys, ["extract", str(path), "-o", str(out)], where=(str(root),))
        if code == 0:
            run(capsys, ["check", str(out)])
    finally:
        shutil.rmtree(root, ignore_errors=True)
        quizgen.deck._CACHE.clear()


def insert_text(raw: bytes, rnd: random.Random) -> bytes:
    """Hostile or odd text inside an article: nasty characters, a huge line, odd dates, repeated body."""
    pos = rnd.randrange(len(raw) + 1)
    snippet = rnd.choice([
        nasty_text(rnd).encode("utf-8", "surrogatepass"), b"Status: 99.99.9999 25:61", b"Status: 29.02.2023 10:00",
        b"\nMoscow, February 30, 2024 - ", b"x" * 2000, b"President " * 40, b"$" + b"9" * 30 + b" billion",
        b"on 31 February 2024", b"\n" * 1000, b" \" \xe2\x80\x9c ", b"10,000,000,000,000,000,000,000 rubles",
        b"the 999999999999th trip", b"1e308 percent", b"-5% of -$3.5bn", b"Prime Minister Prime Minister of of",
    ])
    return raw[:pos] + snippet + raw[pos:]


OPTION_VALUES = {
    "--seed": st.one_of(st.integers(-(2**70), 2**70).map(str), st.sampled_from(["x", "", "1e3", "--", "0x10"])),
    "--types": st.one_of(st.sampled_from(["mc", "tf,typed", "cloze,cloze", "", ",", "MC", "mc,,tf", "all"]),
                         st.text(max_size=10)),
    "--time-limit": st.one_of(st.integers(-(2**40), 2**40).map(str), st.sampled_from(["", "20.5", "x"])),
    "--versions": st.one_of(st.sampled_from(["A,B", "A,A", ",", "", " ", "A," * 50]), st.text(max_size=12)),
    "--title": st.text(alphabet=NASTY_ALPHABET.replace("\x00", ""), max_size=40),
    "--paper": st.sampled_from(["a4", "letter", "A4", "legal", ""]),
}


@fuzz_settings("options")
@given(base=st.sampled_from(["tiny", "hostile"]), fmt=st.sampled_from(sorted(FORMATS)),
       options=st.dictionaries(st.sampled_from(sorted(OPTION_VALUES)), st.just(None), max_size=4), data=st.data())
def test_odd_command_line_options(fuzz_root: Path, capsys: pytest.CaptureFixture[str], base: str, fmt: str,
                                  options: dict[str, None], data: st.DataObject) -> None:
    """--seed, --types, --time-limit, --versions, --title and --paper with odd values: exit 0 or 2."""
    case = Case(fuzz_root, base)
    try:
        flags = [f"{flag}={data.draw(OPTION_VALUES[flag], label=flag)}" for flag in options]
        COUNTS["inputs"] += 1
        run(capsys, ["export", fmt, str(case.deck), "-o", str(case.out / f"x{FORMATS[fmt]}"), *flags],
            where=(str(case.root),), usage_ok=True)
        picked = [f for f in flags if f.startswith(("--seed=", "--types="))]
        run(capsys, ["questions", str(case.deck), *picked], where=(str(case.root),), usage_ok=True)
    finally:
        case.close()


# -- a few PDFs, and the real process ----------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_hostile_decks_print_as_pdf(fuzz_root: Path, capsys: pytest.CaptureFixture[str], seed: int) -> None:
    rnd = random.Random(seed)
    case = Case(fuzz_root, "hostile")
    try:
        data = yaml.safe_load(BASE_TEXT["hostile"])
        for _ in range(3):
            data = keep_valid_nasty(data, rnd, case)
        case.deck.write_bytes(dump(data, rnd))
        COUNTS["inputs"] += 1
        code, _, err = run(capsys, ["export", "worksheet", str(case.deck), "-o", str(case.out / "w.pdf")])
        assert code == 0, err
        assert (case.out / "w.pdf").read_bytes().startswith(b"%PDF")
    finally:
        case.close()


SUBPROCESS_CASES = {
    "truncated": lambda raw: raw[: len(raw) // 2] + b"\n  - [",
    "invalid-utf8": lambda raw: raw.replace(b"Jane", b"J\xffne"),
    "deep-nesting": lambda raw: raw + b"\nx: " + b"[" * 100000 + b"]" * 100000 + b"\n",
    "recursive-alias": lambda raw: raw + b"\nx: &r [*r]\n",
    "wrong-types": lambda raw: raw.replace(b"name: Jane Doe", b"name: [1, {a: b}]").replace(b"title:", b"t:"),
}


@pytest.mark.parametrize("name", sorted(SUBPROCESS_CASES))
def test_no_traceback_reaches_the_real_stderr(tmp_path: Path, name: str) -> None:
    (tmp_path / "tiny.txt").write_bytes((DATA / "tiny.txt").read_bytes())
    deck = tmp_path / "tiny.yaml"
    deck.write_bytes(SUBPROCESS_CASES[name](BASE_TEXT["tiny"]))
    COUNTS["inputs"] += 1
    for argv in (["check", str(deck)], ["export", "gift", str(deck), "-o", str(tmp_path / "o.txt")]):
        proc = subprocess.run([sys.executable, "-m", "quizgen", *argv], capture_output=True, text=True,
                              timeout=60, check=False)
        COUNTS["runs"] += 1
        assert proc.returncode == 2, (argv, proc.returncode, proc.stderr)
        COUNTS["exit2"] += 1
        assert "Traceback" not in proc.stderr
        check_problem_lines(proc.stderr, (str(deck),))


def test_control_characters_in_file_names_stay_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "evil\n\x1b[2Jname.yaml"
    deck.write_bytes(b"id: [unclosed\n")
    COUNTS["inputs"] += 1
    for argv in (["check", str(deck)], ["export", "gift", str(deck), "-o", str(tmp_path / "o\r.txt")]):
        code, _, err = run(capsys, argv, where=(str(tmp_path),))
        assert code == 2
        assert err.startswith(f"{tmp_path}/evil\\n\\x1b[2Jname.yaml:") and err.count("\n") == 1, err


# -- quizgen/extract: inputs this file found slow or crashing, kept as regression tests ---------------------

def test_extract_a_figure_of_5000_digits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by this file: the YAML writer crashed on a figure past Python's int-to-text limit (fixed in extract)."""
    article = tmp_path / "article.txt"
    article.write_bytes((DATA / "tiny.txt").read_bytes() + b"\nThe deal is worth $" + b"9" * 5000 + b" billion.\n")
    COUNTS["inputs"] += 1
    code, _, _ = run(capsys, ["extract", str(article), "-o", str(tmp_path / "deck.yaml")], where=(str(tmp_path),))
    if code == 0:
        run(capsys, ["check", str(tmp_path / "deck.yaml")])


PATHOLOGICAL_ARTICLES = {
    # leaders.py _prefix_country searched the whole text before each office word: 500 repeats took 40 s.
    "repeated-office-word": b"\nJane Doe opened the bridge on Frid" + b"President " * 500 + b"ay.\n",
    # sentences.py _ends_here copied and searched the text before each stop: a 40,000-letter word took minutes.
    "long-word-then-sentences": (b"\nThe leaders met south of San Fran" + b"x" * 40000 + b"cisco on Friday. "
                                 + b"The bridge opened on Monday. " * 20 + b"\n"),
}
HANG_GUARD = 120  # seconds: not a speed target (make bench measures speed), only a stop for a hang


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL_ARTICLES))
def test_pathological_articles_extract(tmp_path: Path, name: str) -> None:
    """Inputs that once made extraction quadratic (or worse) in the length of a sentence or word."""
    article = tmp_path / "article.txt"
    article.write_bytes((DATA / "tiny.txt").read_bytes() + PATHOLOGICAL_ARTICLES[name])
    proc = subprocess.run([sys.executable, "-m", "quizgen", "extract", str(article), "-o", "-"],
                          capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-500:]
    assert "Jane Doe" in proc.stdout
