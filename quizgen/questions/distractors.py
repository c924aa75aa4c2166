"""Wrong options of the answer's own type, never equal to it, an alias of it, or another true answer."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from functools import cache

from ..dates import IsoDate, Precision
from ..english import FORMER_ROLE
from ..gazetteer import Gazetteer, canonical_place, gazetteer
from ..model import Deck, Leader, Quote
from ..text import fold
from .index import index_of
from .perdeck import per_deck

_DATE_STEPS = {
    Precision.DAY: [-9, -6, -4, -3, -2, -1, 1, 2, 3, 5, 7, 10],
    Precision.MONTH: [-6, -4, -3, -2, -1, 1, 2, 3, 5],
    Precision.YEAR: [-5, -3, -2, -1, 1, 2, 3, 4],
}
_SAMPLE = 64  # from a large pool, this many random candidates are tried: enough to find three


Pool = Sequence[str] | Callable[[], Sequence[str]]


def choose(
    ranked_pools: Sequence[Pool],
    answer: str,
    forbidden: Iterable[str],
    rng: random.Random,
    count: int = 3,
    key: Callable[[str], str] = fold,
) -> list[str]:
    """Take ``count`` options, trying each pool in turn (most plausible first), random within a pool.

    ``forbidden`` holds the answer's aliases and every other true answer; ``key`` decides when two
    texts count as the same (folded text, or one place under several names). A pool may be a
    callable, built only if the pools before it fell short. Large pools must come sorted.
    """
    banned = {key(answer)} | {key(f) for f in forbidden}
    out: list[str] = []
    for pool in ranked_pools:
        items = pool() if callable(pool) else pool
        if len(items) <= _SAMPLE:
            items = sorted({p for p in items if p and p.strip()})
            order = list(range(len(items)))
            rng.shuffle(order)
        else:
            order = rng.sample(range(len(items)), _SAMPLE)
        for i in order:
            item = items[i]
            k = key(item)
            if k in banned or not k:
                continue
            banned.add(k)
            out.append(item)
            if len(out) == count:
                return out
    return out


def same_person(leader: Leader, name: str) -> bool:
    key = fold(name)
    return key in {fold(leader.name), *(fold(a) for a in leader.aliases)}


def person_options(deck: Deck, leader: Leader, role: str, of: str | None, rng: random.Random) -> list[str]:
    """Other people: the deck's first, then well-known leaders; none who holds this office."""
    idx = index_of(deck)
    role_key, of_key = fold(role), canonical_place(of) if of else None

    def holds_this_office(other_role: str, other_of: str | None) -> bool:
        return fold(other_role) == role_key and (of_key is None or other_of is None
                                                 or canonical_place(other_of) == of_key)

    forbidden = list(leader.aliases) + [other.name for other in idx.holders(role, of)]
    forbidden += [o.name for k in idx.person_keys[leader.id] for o in idx.by_person_key[k]]
    # Only people already in office by the story's date: "In 2010, who was the President of Russia?" is not
    # asked with Zelensky or von der Leyen beside the answer.
    published = deck.source(leader.sources[0].source).published if leader.sources else None
    year = published.year if published else None
    known = [k for k in gazetteer().leaders if k.since is None or year is None or k.since <= year]
    forbidden += [k.name for k in known if any(holds_this_office(o, k.of) for o in k.offices)]
    g = gazetteer()
    division = g.subdivision(of)
    if division:  # a province's premier: the province's country gives the neighbours and compatriots
        of_key = canonical_place(division[0])
    region = g.region(division[0] if division else of)
    same_role = [k.name for k in known if any(fold(o) == role_key for o in k.offices)]
    # Strangers from far away teach nothing ("Kim Jong Un" for the US Commerce Secretary): after the story's
    # own people, the same office in the same region, then the same country, then the region (US presidents
    # are no plausible Canadian prime minister).
    near = [k.name for k in known if region and g.region(k.of) == region]
    same_country = [k.name for k in known if of_key and canonical_place(k.of) == of_key]
    # a monarch is no plausible Chancellor or Prime Minister (Charles III for Germany's Chancellor): among
    # neighbours and strangers, people of the same kind of office come first
    monarchy = role_key in _MONARCH_KEYS
    same_kind = [k.name for k in known if any(fold(o) in _MONARCH_KEYS for o in k.offices) == monarchy]
    if not monarchy:  # a monarch is no plausible minister either (Elizabeth II for the UK's Foreign Secretary)
        forbidden += _monarchs(g)
    if g.is_state_office(role):
        # a known leader of a country without such an office is wrong at sight: Barack Obama or Antony Blinken
        # for Canada's Prime Minister (round 28)
        lacking = _lacking_keys(g, role_key)
        forbidden += [k.name for k in known if canonical_place(k.of) in lacking]
    # The story's people first, but none whose own office the country does not have: "Trump" (a President)
    # for Norway's Prime Minister is wrong at sight (round 12)
    state = g.offices_of_state(division[0] if division else of)
    if state is not None:
        has = {fold(o) for o in state}
        forbidden += [n for office, names in _holders_of_state_offices(deck).items() if office not in has
                      for n in names]
    story = _full_names(idx.names) if " " in leader.name.strip() else idx.names
    if of_key and g.is_country(of_key):
        # The story's own people, but none who holds another office only in another country: the Lao Foreign
        # Minister as a U.S. Secretary of State, or the U.S. Secretary of State as Uruguay's President, is wrong at
        # sight and teaches nothing (raters of rounds 37 and 38). A summit's other presidents stay for a president:
        # whose president is whose is what such a question asks.
        abroad = _abroad(deck, of_key, role_key)
        story = [n for n in story if fold(n) not in abroad]
    if division:
        # a province's office: its story's people and their compatriots; a foreign head of state for the
        # Premier of Quebec teaches nothing
        return choose([story, same_country], leader.name, forbidden, rng, key=_person_key)
    if not g.is_state_office(role):
        # a minister's post: the story's people and the country's own; a neighbour's president (Lukashenko for
        # the UK's Foreign Secretary, round 28) falls at sight, so with too few the question is asked typed
        return choose([story, same_country], leader.name, forbidden, rng, key=_person_key)
    # Never a stranger from another region ("Donald Tusk" for Jamaica's Prime Minister falls at sight): too few
    # plausible people, and the question is asked typed instead
    return choose([story, [n for n in same_role if n in near], same_country, [n for n in near if n in same_kind],
                   near], leader.name, forbidden, rng, key=_person_key)


def _abroad(deck: Deck, country: str, role: str) -> frozenset[str]:
    """The deck's people (their names and aliases, folded) who hold offices other than ``role`` (folded) and only
    in countries other than ``country``: by their `of`, else as the one well-known leader of their name ("Lavrov"
    in a release that says only "Foreign Minister Lavrov"); people of organisations or of no known country are not
    among them. Worked out once per deck and office asked, so a deck of thousands of leaders stays linear."""
    held, asked = _offices_held(deck)
    if (country, role) not in asked:
        asked[(country, role)] = frozenset(name for name, offices in held.items() if all(
            c is not None and c != country and r != role for c, r in offices))
    return asked[(country, role)]


@per_deck
def _offices_held(deck: Deck) -> tuple[dict[str, list[tuple[str | None, str]]],
                                       dict[tuple[str, str], frozenset[str]]]:
    """Each of the deck's people (names and aliases, folded) with the offices they hold: (the country, canonical,
    or None for an organisation or no known country; the office, folded); and an empty memo for `_abroad`."""
    g = gazetteer()
    by_surname = _known_by_surname(g)
    known = {fold(k.name): k.of for k in g.leaders}
    held: dict[str, list[tuple[str | None, str]]] = {}
    for o in index_of(deck).leaders:
        full = by_surname.get(fold(o.name), []) if " " not in o.name.strip() else [o.name]
        of = o.of or (known.get(fold(full[0])) if len(full) == 1 else None)
        country = canonical_place(of) if of is not None and g.is_country(of) else None
        for n in (o.name, *o.aliases, *full[:1]):  # the name _full_names writes out for a bare surname too
            held.setdefault(fold(n), []).append((country, fold(o.role)))
    return held, {}


def _full_names(names: Sequence[str]) -> list[str]:
    """The story's people as options beside a full name: a surname alone ("Obama", where the article never gave
    more) is written out from the gazetteer when one known leader has it, else left out (a bare surname
    beside full names stands out)."""
    known = _known_by_surname(gazetteer())
    out = []
    for n in names:
        if " " in n.strip():
            out.append(n)
        elif len(full := known.get(fold(n), [])) == 1:
            out.append(full[0])
    return out


@cache
def _known_by_surname(g: Gazetteer) -> dict[str, list[str]]:
    known: dict[str, list[str]] = {}
    for k in g.leaders:
        known.setdefault(fold(k.name).split()[-1], []).append(k.name)
    return known


def _person_key(name: str) -> str:
    """One person under several names counts once: "Bush" beside "George W. Bush" as options (round 5's
    summit set) gives the answer away or offers one man twice. Keyed by the family name, last in the
    names these stories give (two people of one family name in a set lose an option, not its honesty)."""
    words = fold(name).split()
    return words[-1] if words else ""


@per_deck
def _holders_of_state_offices(deck: Deck) -> dict[str, list[str]]:
    """The deck's people by the office of state they hold ("president" -> ["Donald Trump"]), worked out once
    per deck: a person question looks up only the offices the country lacks."""
    g = gazetteer()
    out: dict[str, list[str]] = {}
    for o in index_of(deck).leaders:
        if g.is_state_office(o.role):
            out.setdefault(fold(o.role), []).append(o.name)
    return out


def speaker_options(deck: Deck, quote: Quote, rng: random.Random) -> list[str]:
    """Other people of the story (its leaders and other speakers); never
    another name of the speaker, nor anyone else the deck quotes saying the same words."""
    idx = index_of(deck)
    key = fold(quote.speaker)
    same = [o.speaker for o in deck.known_facts() if isinstance(o, Quote) and fold(o.words) == fold(quote.words)]
    same += [a for o in idx.leaders if key in {fold(o.name), *map(fold, o.aliases)} for a in (o.name, *o.aliases)]
    speakers = sorted({o.speaker for o in deck.known_facts() if isinstance(o, Quote)})
    # People of the story only: a famous stranger ("Did Vladimir Putin say ...?") teaches nothing.
    return choose([idx.names + speakers], quote.speaker, [*quote.aliases, *same], rng, key=_person_key)


def office_options(deck: Deck, leader: Leader, rng: random.Random) -> list[str]:
    """Other offices; none this person holds (in the deck or the gazetteer), none as vague as "leader"."""
    idx = index_of(deck)
    held = [r for k in idx.person_keys[leader.id] for r in idx.roles_of(k)]
    held += _known_offices_by_name(gazetteer()).get(fold(leader.name), [])
    used, left = _titles_of(leader)
    forbidden = held + ["leader", "head of state", "head of government"] + used
    forbidden += [r for r in idx.roles if FORMER_ROLE.match(r) or r.lower().startswith(("acting", "interim"))]
    answer_words = frozenset(fold(leader.role).split())
    g = gazetteer()
    # the same words, or fewer of them: a bare "President" beside "President of the European Council" is true too
    forbidden += [o for o, words in _office_words(deck) if words <= answer_words]
    # Offices the country (then its region) has before others; offices of other systems never: "General
    # Secretary" is no plausible office for a Canadian.
    head, _, body = leader.role.partition(" of ")
    # a body named as such ("the European Council", "NATO"); "State" of "Secretary of State" is none
    named_body = len(body.removeprefix("the ").split()) > 1 or body.isupper()
    if body and not leader.of and not g.is_country(body.removeprefix("the ")) and (
            fold(leader.role) in {fold(o) for o in g.body_offices}
            or named_body and g.organisation_sort(body) == "bodies"):
        # an international body's office: the story's and other bodies' offices, never a national cabinet post
        # ("Finance Minister" for the President of the European Council teaches nothing)
        return choose([idx.roles, g.body_offices], leader.role, forbidden, rng)
    country = _country_of(deck, leader)
    where = canonical_place(country) if country else None
    region = g.region(country)
    here = _known_offices_by_place(g).get(where, []) if where else []
    near = _known_offices_by_region(g).get(region, []) if region else []
    state = g.offices_of_state(country)
    if state is not None:
        # the country's own offices of state first ("Deputy Prime Minister", "Leader of the Opposition" for New
        # Zealand's Prime Minister), never one it lacks ("Vice President"); a monarch only for a monarch
        has = {fold(o) for o in state}
        monarch = fold(leader.role) in _MONARCH_KEYS
        own = [o for o in state if (fold(o) in _MONARCH_KEYS) == monarch]
        styled = g.cabinet_of(country)
        cabinet = list(styled or g.cabinet_offices) if _POLITICAL.search(leader.role) else []
        pools: list[Sequence[str]] = [left, idx.roles, own, here, cabinet, near, g.offices]
        lacking = [o for pool in pools for o in pool
                   if g.is_state_office(o) and fold(o) not in has or (fold(o) in _MONARCH_KEYS) != monarch]
        # another government's own post ("Secretary of State" for Jordan's Foreign Minister) is wrong at sight
        lacking += [o for pool in pools for o in pool
                    if (owner := g.owner_of_office(o)) and canonical_place(owner) != where]
        if styled:
            # a government with posts of its own names has none of the general ones ("Finance Minister" for
            # the UK's Prime Minister, "Foreign Minister" for the US Secretary of State: wrong at sight)
            lacking += [o for o in (*g.cabinet_offices, *g.offices) if o not in styled and not g.is_state_office(o)
                        and _GENERAL_MINISTER.search(o)]
        return choose(pools, leader.role, forbidden + lacking, rng)
    system_bound = [o for o in g.offices if o in _SYSTEM_OFFICES and o not in here]
    # The leader's country is not known, but the story's countries may be: an office of state none of them has
    # is wrong at sight ("Vice President" for a minister in a New Zealand-UK story)
    systems = [g.offices_of_state(c) for c in index_of(deck).countries]
    if systems and all(s is not None for s in systems):
        anywhere = {fold(o) for s in systems for o in s or ()}
        system_bound += [o for o in (*g.offices, *g.cabinet_offices, *idx.roles)
                         if g.is_state_office(o) and fold(o) not in anywhere]
    cabinet = [o for o in g.cabinet_offices if o not in system_bound] if _POLITICAL.search(leader.role) else []
    # a national office is never offered an international body's ("President of the European Commission" for
    # the Secretary of State): wrong at sight
    bodies = [] if fold(leader.role) in {fold(o) for o in g.body_offices} else list(g.body_offices)
    return choose([left, idx.roles, here, near, cabinet,
                   [o for o in g.offices if o not in system_bound]],
                  leader.role, forbidden + system_bound + bodies, rng)


@cache
def _known_offices_by_name(g: Gazetteer) -> dict[str, list[str]]:
    """The gazetteer's offices of each known leader by folded name, in the gazetteer's order: looked up for
    every office question instead of folding every known leader's name each time."""
    out: dict[str, list[str]] = {}
    for k in g.leaders:
        out.setdefault(fold(k.name), []).extend(k.offices)
    return out


@per_deck
def _office_words(deck: Deck) -> list[tuple[str, frozenset[str]]]:
    """Each office of the gazetteer and the deck with its folded words, gazetteer's first: an office question
    drops those whose words are all in its answer's, and splitting them anew each time was a tenth of it."""
    return [(o, frozenset(fold(o).split())) for o in (*gazetteer().offices, *index_of(deck).roles)]


@cache
def _known_offices_by_place(g: Gazetteer) -> dict[str, list[str]]:
    """The known leaders' offices by their country's canonical name, in the gazetteer's order."""
    out: dict[str, list[str]] = {}
    for k in g.leaders:
        out.setdefault(canonical_place(k.of), []).extend(k.offices)
    return out


@cache
def _known_offices_by_region(g: Gazetteer) -> dict[str | None, list[str]]:
    """The known leaders' offices by their country's region, in the gazetteer's order."""
    out: dict[str | None, list[str]] = {}
    for k in g.leaders:
        out.setdefault(g.region(k.of), []).extend(k.offices)
    return out


def _titles_of(leader: Leader) -> tuple[list[str], list[str]]:
    """What the leader's own sentences put before the name, in one pass: the titles the article calls the
    person by ("Chinese Prime Minister Wen Jiabao" beside "Premier Wen Jiabao"), so none is a wrong option, and
    the offices it says the person left ("Former Vice Foreign Minister Ri Yong Ho" of the new Foreign
    Minister), the wrong option the story itself sets."""
    names = [n for n in sorted({leader.name, *leader.aliases}, key=len, reverse=True) if n]
    used: list[str] = []
    left: list[str] = []
    for c in leader.sources:
        for title in _titles_before(names, c.quote):
            words = title.split()
            if words and words[0].lower() in ("former", "ex", "then"):
                if len(words) > 1 and words[0].lower() != "then":
                    left.append(" ".join(words[1:]))
                continue
            used += [" ".join(words[i:]) for i in range(len(words))]
    return used, left


_CAPITAL = re.compile(r"[A-Z]")
_TITLE_WORD = re.compile(r"[A-Z][\w-]*\s")


def _titles_before(names: Sequence[str], quote: str) -> list[str]:
    r"""What ``re.finditer(r"((?:[A-Z][\w-]*\s){1,4})(?:NAMES)\b", quote)`` finds as group 1, ``names`` longest
    first, without compiling that pattern for each leader (a seventh of a large deck's question time).

    Like the regex: the leftmost start (any capital letter) with one to four capitalised words then a name
    ending at a word boundary, the most words that are followed by a name, the first name in the given order,
    and the next search after that name. A word never gives back letters (``[\w-]*`` cannot end on ``\s``)."""
    if not names:  # no name to look for (a deck's leader always has one): the titles alone, as the regex
        return [m.group(1) for m in re.finditer(r"((?:[A-Z][\w-]*\s){1,4})\b", quote)]
    out: list[str] = []
    if not any(n in quote for n in names):
        return out
    pos = 0
    while (capital := _CAPITAL.search(quote, pos)) is not None:
        start = capital.start()
        ends: list[int] = []
        while len(ends) < 4 and (word := _TITLE_WORD.match(quote, ends[-1] if ends else start)) is not None:
            ends.append(word.end())
        found = next(((end, name) for end in reversed(ends) for name in names
                      if quote.startswith(name, end) and _word_boundary(quote, end + len(name))), None)
        if found is None:
            pos = start + 1
            continue
        end, name = found
        out.append(quote[start:end])
        pos = end + len(name)
    return out


def _word_boundary(text: str, i: int) -> bool:
    r"""re's ``\b`` at index ``i`` of a str (``\w`` is a letter, digit or underscore of any script)."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after


def _country_of(deck: Deck, leader: Leader) -> str | None:
    """The country whose office a leader holds: their `of` (a province's country for a province), else the
    deck's one country when it names only one ("the Prime Minister, Justin Trudeau" in a Canadian release)."""
    g = gazetteer()
    if leader.of:
        division = g.subdivision(leader.of)
        return division[0] if division else leader.of
    countries = _deck_countries(deck)
    return next(iter(countries)) if len(countries) == 1 else None


@per_deck
def _deck_countries(deck: Deck) -> frozenset[str]:
    """The countries a deck names, a province standing for its country (worked out once per deck)."""
    g = gazetteer()
    idx = index_of(deck)
    return frozenset(idx.countries) | {d[0] for p in idx.organisations if (d := g.subdivision(p))}


_MONARCH_KEYS = frozenset(fold(m) for m in ("King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Crown Prince",
                                             "Tsar", "Czar"))
# "Foreign Minister", "Minister of Finance": the general names of ministries, which a government with its own
# (gazetteer `cabinets`) does not use
_GENERAL_MINISTER = re.compile(r"\bMinister\b|\bSecretary of State\b")
_POLITICAL = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|Leader)\b", re.I)
# Offices only some systems have: offered only where the country has them (a neighbour's is not enough:
# "Fumio Kishida was the General Secretary of Japan" teaches nothing).
_SYSTEM_OFFICES = frozenset({"General Secretary", "King", "Chairman", "Crown Prince", "Chancellor"})


def place_options(deck: Deck, answer: str, forbidden: Iterable[str], rng: random.Random,
                  office: str | None = None) -> list[str]:
    """Other countries for a country; for an organisation, others of its sort first (parties for a party). For
    "X was the President of which country?" (``office``), never a country without such an office: the United
    Kingdom for Kenya's President falls at sight."""
    g = gazetteer()
    if office and g.is_state_office(office):
        forbidden = [*forbidden, *_countries_lacking(g, fold(office))]
    idx = index_of(deck)
    division = g.subdivision(answer)
    if division:
        # a province for a province: the story's, then the same country's ("Ontario" for "British Columbia")
        country, kind = division
        story = [p for p in idx.organisations if g.subdivision(p) == division]
        return choose([story, g.subdivisions_of(country, kind)], answer, forbidden, rng, key=canonical_place)
    if g.is_country(answer):
        # the story's countries of the answer's region, then its neighbours, then the story's others ("Iraq" and
        # "Germany" for Mexico's President fall at sight, round 30; "Kazakhstan" and "Poland" for Britain are filler)
        region = g.region(answer)
        near = g.countries_of_region(region)
        here = [c for c in idx.countries if g.region(c) == region]
        return choose([here, near, g.countries_near_region(region), idx.countries, g.countries], answer, forbidden, rng,
                      key=canonical_place)
    sort = g.organisation_sort(answer)
    same_sort = _organisations_by_sort(deck).get(sort, [])
    return choose([same_sort, g.organisations_of_sort(sort), idx.organisations, g.organisations], answer,
                  forbidden, rng, key=canonical_place)


@cache
def _lacking_keys(g: Gazetteer, office: str) -> frozenset[str]:
    """Every place the data gives a form of government for without such an office (``office`` folded), by
    canonical key; worked out once per office, since every person and country question of a large deck asks."""
    return frozenset(canonical_place(c) for c, has in g.state_offices if office not in {fold(o) for o in has})


@cache
def _countries_lacking(g: Gazetteer, office: str) -> tuple[str, ...]:
    """The distractor countries without such an office."""
    lacking = _lacking_keys(g, office)
    return tuple(c for c in g.countries if canonical_place(c) in lacking)


@cache
def _monarchs(g: Gazetteer) -> tuple[str, ...]:
    """The gazetteer's people known only as monarchs."""
    return tuple(k.name for k in g.leaders if all(fold(o) in _MONARCH_KEYS for o in k.offices))


@per_deck
def _organisations_by_sort(deck: Deck) -> dict[str, list[str]]:
    """The deck's organisations by sort ("parties" -> its parties, in the index's order), sorted once per deck
    rather than for every place question."""
    g = gazetteer()
    out: dict[str, list[str]] = {}
    for o in index_of(deck).organisations:
        out.setdefault(g.organisation_sort(o), []).append(o)
    return out


def date_options(date: IsoDate, rng: random.Random, forbidden: Iterable[str] = (),
                 latest: IsoDate | None = None, same_week: bool = False, next_days: bool = True,
                 story: Sequence[IsoDate] = ()) -> list[str]:
    """Nearby dates at the answer's precision; none after ``latest`` (the article's date, for an event
    it reports as past: a later date is wrong for a reason that teaches nothing). ``same_week``: days
    within three of the answer, each another weekday (for an article that says only "on Wednesday").
    ``next_days=False``: not the day before or after, for a day the article gives only as "today" or
    "yesterday" (reports run a day behind events and time zones: the world's date may be the next day)."""
    steps = [-3, -2, -1, 1, 2, 3] if same_week and date.precision is Precision.DAY else \
        list(_DATE_STEPS[date.precision])
    if not next_days and date.precision is Precision.DAY:
        steps = [s for s in steps if abs(s) > 1]
    rng.shuffle(steps)
    nearby = [d for d in map(_shifted_or_none(date), steps) if d]
    later: list[str] = []
    if latest is not None and date.iso() <= (limit := latest.iso()):
        if date.precision is Precision.DAY and latest.precision is Precision.DAY:
            # one day a little after the answer, even past the article's own date: with every option before it
            # the answer is always the latest, which a test-wise student picks unread (raters of rounds 30-35,
            # every date question); a day within a week of the report is no absurd date, and wrong all the same
            soon = (latest.to_date() + timedelta(days=_AFTER_REPORT)).isoformat()
            later = [d.human() for d in nearby if date.iso() < d.iso() <= soon]
        nearby = [d for d in nearby if d.iso()[:len(limit)] <= limit]
    # the story's other days near this one first ("the Coronation tomorrow" beside a meeting today): a trap a
    # reader of the article can tell apart, and one that may lie after the answer, which nearby past days
    # cannot (three raters of round 30: the answer was always the latest option)
    near = [d for d in story if d.precision is date.precision is Precision.DAY and d != date
            and abs((d.to_date() - date.to_date()).days) <= STORY_DAYS]
    if near[:1] and near[0].iso() > date.iso() or any(d.iso() > date.iso() for d in nearby):
        later = []  # the story's day, or a past day, after the answer already lies after it
    return choose([[d.human() for d in near[:1]], later[:1], [d.human() for d in nearby]], date.human(), forbidden,
                  rng)


_AFTER_REPORT = 7  # how far past the article's date a wrong day may lie, so the answer is not always the latest
STORY_DAYS = 31  # how far from the answer another day of the story is still a plausible wrong option


def _shifted_or_none(date: IsoDate) -> Callable[[int], IsoDate | None]:
    """Shifting stays within years 1-9999 (an ISO date has four digits for the year)."""
    def shift(steps: int) -> IsoDate | None:
        try:
            moved = date.shifted(steps)
        except (OverflowError, ValueError):
            return None
        return moved if 1 <= moved.year <= 9999 else None
    return shift
