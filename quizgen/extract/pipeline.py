"""The extraction pipeline: an article's sentences through each fact kind's rules, merged, given
confidence and ids, and written as a draft deck. `quizgen.extract` re-exports its entry points."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import QuizgenError
from .agreements import extract_agreements, main_countries
from .article import Article, read_article
from .confidence import with_confidence
from .context import infer_of, name_bare_offices, story_country, with_full_names, with_home
from .data import lexicon
from .dates import extract_dates
from .entities import countries_in
from .facts import Fact, slug
from .figures import extract_figures
from .leaders import extract_leaders, headline_holder
from .merge import merge_facts
from .phrases import joint_speakers
from .quotes import extract_quotes
from .sentences import Sentence, split_sentences
from .writer import dump_deck

__all__ = ["Extraction", "SourceInfo", "deck_from_articles", "extract_deck", "extract_article", "read_article"]
# The rules write some 650 regular expressions inline (``re.search(r"...", text)``); the re module compiles
# each once and keeps 512 in a cache that drops the oldest when full, so over a run of articles it compiled
# hundreds of them again for every article (a fifth of extraction time). A cache that holds them all:
# ``_MAXCACHE`` is CPython's own setting (3.7-3.13); where it is gone, this changes nothing.
if getattr(re, "_MAXCACHE", 4096) < 4096:
    setattr(re, "_MAXCACHE", 4096)  # noqa: B010 (a private attribute typeshed does not declare)

KIND_ORDER = ("leader", "date", "figure", "agreement", "quote")


@dataclass(frozen=True)
class Extraction:
    """A finished draft: the YAML text and what went into it (for tests and reports)."""

    yaml_text: str
    deck_id: str
    facts: tuple[Fact, ...]
    articles: tuple[Article, ...]

    def summary(self) -> str:
        """"22 facts (8 leaders, 1 date, 10 figures, 3 agreements)": counts with the right number."""
        counts = {k: sum(1 for f in self.facts if f.kind == k) for k in KIND_ORDER}
        parts = ", ".join(f"{n} {k if n == 1 else k + 's'}" for k, n in counts.items())
        total = len(self.facts)
        return f"{total} {'fact' if total == 1 else 'facts'} ({parts})"


def _country_of(of: str) -> str | None:
    """The country an ``of`` names ("Communist Party of Vietnam" -> "Vietnam")."""
    lex = lexicon()
    if lex.country(of):
        return lex.country(of)
    for m in lex.country_re.finditer(of):
        c = lex.place_to_country[m.group(1)]
        if of.endswith(m.group(1)):
            return c
    return None


def extract_article(article: Article, source: str) -> list[Fact]:
    """All facts of one article, in kind order, quoting it as ``source``."""
    sentences = split_sentences(article)
    leaders = extract_leaders(sentences, source)
    leaders += headline_holder(article.title, sentences, leaders, source)
    leader_countries: dict[str, str] = {}
    for f in leaders:
        country = _country_of(str(f.get("of") or ""))
        if country:
            for name in (str(f.get("name")), *f.aliases):
                leader_countries[name] = country
    pair = main_countries(sentences, article.title, leader_countries)
    home = story_country([article.title] + [s.text for s in sentences])
    leaders = infer_of(leaders, sentences, pair, leader_countries, home)
    leaders = [_complete_of(f, article.text) for f in leaders]
    named = _title_countries(article.title, leader_countries)
    sure_pair = pair if len(pair) == 2 and all(c in named for c in pair) else []
    if not sure_pair:
        sure_pair = _title_pair(article.title)
    people = [(str(f.get("name")), str(f.get("role")), str(f.get("of")) if f.get("of") else None) for f in leaders]
    joint = joint_speakers([s.text for s in sentences], people)
    if joint and not sure_pair:
        # a joint statement's two leaders name its pair of countries ("our economies" are theirs)
        theirs = list(dict.fromkeys(c for n, _, c in people if c and n in joint))
        sure_pair = theirs if len(theirs) == 2 else sure_pair
    dates = extract_dates(sentences, source, article.published, sure_pair, people, joint, story_pair=pair)
    figures = extract_figures(sentences, source, sure_pair, article.published, joint)
    figures += _headline_figures(article, source, figures, sure_pair)
    agreements = extract_agreements(sentences, source, article.published, article.title, leader_countries)
    quotes = extract_quotes(sentences, source, people)
    told = with_full_names(name_bare_offices(with_home(dates, home) + figures + agreements, leaders, pair,
                                             [s.text for s in sentences]), leaders)
    return leaders + told + quotes


def _headline_figures(article: Article, source: str, body: list[Fact], pair: list[str]) -> list[Fact]:
    """A sum of money the headline states and the body never does ("$2.8 Billion in Additional U.S.
    Military Assistance for Ukraine and Its Neighbors", with the body giving only its parts): often the
    release's main figure. Its `what` keeps a gap where the headline is cut, so it is asked as a cloze of
    the headline, and only when the headline is in the text word for word (a plain-text article's first
    line, not a web page's meta title)."""
    if article.title_line < 0 or article.title.strip() not in article.text:
        return []
    heading = Sentence(article.title.strip(), article.text.find(article.title.strip()), 0, -1)
    stated = {(f.get("value"), f.get("unit")) for f in body}
    return [f for f in extract_figures([heading], source, pair, article.published)
            if f.get("unit") in lexicon().currency_codes and (f.get("value"), f.get("unit")) not in stated]


def _complete_of(fact: Fact, text: str) -> Fact:
    """"Communist Party" -> "Communist Party of Vietnam" when the article writes the body out in full."""
    import re
    from dataclasses import replace

    of = str(fact.get("of") or "")
    lex = lexicon()
    if not of or lex.country(of) or " of " in of:
        return fact
    for m in re.finditer(rf"\b{re.escape(of)} of (?:the )?((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){{0,2}})", text):
        for k in range(len(m.group(1).split()), 0, -1):
            cand = " ".join(m.group(1).split()[:k])
            if lex.country(cand) == cand:
                full = f"{of} of {place_name(cand)}"
                return replace(fact, fields=tuple((key, full if key == "of" else v) for key, v in fact.fields))
    return fact


def place_name(country: str) -> str:
    from .phrases import place

    return place(country)


def _title_pair(title: str) -> list[str]:
    """"EU and Mercosur seal trade deal": the two parties a headline names as "X and Y", when both are known."""
    import re

    lex = lexicon()
    m = re.search(r"(?:^|\s)((?:[A-Z][\w.]*\s?){1,3}?) and (?:the )?((?:[A-Z][\w.]*\s?){1,3}?)(?=\s[a-z]|:|$)", title)
    if not m:
        return []
    out = []
    for part in (m.group(1).strip(), m.group(2).strip()):
        name = lex.country(part) or lex.organisations.get(part)
        if not name:
            return []
        out.append(name)
    return out if out[0] != out[1] else []


def _title_countries(title: str, leader_countries: dict[str, str]) -> set[str]:
    """Countries a headline names, by name, demonym, capital or leader ("Putin in Hanoi": Russia, Vietnam)."""
    import re

    found = {c for _, c in countries_in(title)}
    found |= {c for name, c in leader_countries.items() if re.search(rf"\b{re.escape(name)}\b", title)}
    return found


def _source_ids(n: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [letters[i] if n <= 26 else f"s{i + 1}" for i in range(n)]


def _assign_ids(facts: list[Fact]) -> list[tuple[str, Fact]]:
    seen: set[str] = set()
    out = []
    for f in facts:
        base = f.hint or slug(f.kind)
        if f.kind == "leader":
            base = slug(f"{f.get('name')} {f.get('role')}", 7)  # the merged, canonical name, not a misspelling
        if f.kind != "leader":
            base = f"{f.kind}-{base}" if not base.startswith(f.kind) else base
        base = base[:60].strip("-") or f.kind
        fid, n = base, 2
        while fid in seen:
            fid, n = f"{base}-{n}", n + 1
        seen.add(fid)
        out.append((fid, f))
    return out


def extract_deck(paths: list[str | os.PathLike[str]], out_dir: str | os.PathLike[str] | None = None, *,
                 deck_id: str | None = None, title: str | None = None,
                 published: dt.date | None = None) -> Extraction:
    """Extract one deck from one or more articles about one story.

    ``out_dir`` is the directory the deck will be written to: source paths are made relative to it,
    as the deck format requires. ``published`` is used for articles that carry no date of their own.
    """
    if not paths:
        raise QuizgenError("no article given")
    articles = [read_article(os.fspath(p), published) for p in paths]
    base = Path(out_dir) if out_dir is not None else Path.cwd()
    where = [Path(os.path.relpath(os.path.abspath(a.path), os.path.abspath(base))).as_posix() for a in articles]
    return deck_from_articles(articles, [SourceInfo(w) for w in where], deck_id=deck_id, title=title)


@dataclass(frozen=True)
class SourceInfo:
    """What a deck records of an article besides its text: the path of its text relative to the deck,
    and where it was published on the web."""

    path: str
    url: str | None = None
    outlet: str | None = None


def deck_from_articles(articles: Sequence[Article], sources: Sequence[SourceInfo], *,
                       deck_id: str | None = None, title: str | None = None) -> Extraction:
    """The per-story step, pure: articles already read (``parse_article(text, where)``) in, a draft deck
    out. No file is read or written and nothing global changes, so a newsroom archive can be mapped by
    any process pool; the arguments and the result pickle."""
    if not articles or len(articles) != len(sources):
        raise QuizgenError("no article given" if not articles else "one SourceInfo per article is needed")
    ids = _source_ids(len(articles))
    groups = [extract_article(a, sid) for a, sid in zip(articles, ids, strict=True)]
    merged = [with_confidence(f) for f in merge_facts(groups)]
    merged.sort(key=lambda f: KIND_ORDER.index(f.kind))
    entries = [{"id": sid, "path": info.path, "title": a.title, "published": a.published, "url": info.url,
                "outlet": info.outlet} for a, sid, info in zip(articles, ids, sources, strict=True)]
    deck_title = title or articles[0].title
    did = deck_id or _deck_slug(articles[0])
    text = dump_deck(did, deck_title, entries, _assign_ids(merged))
    return Extraction(text, did, tuple(merged), tuple(articles))


def _deck_slug(article: Article) -> str:
    words = slug(article.title, 6)
    year = f"-{article.published.year}" if article.published else ""
    return (words + year).strip("-") or "deck"
