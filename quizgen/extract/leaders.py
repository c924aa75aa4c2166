"""Leaders: a named person with a named office, and the country or body they lead when the text says so.

Patterns, tried on every sentence (titles come from data/offices.yaml):
  [country|demonym|X's] TITLE NAME          "US President Joe Biden", "North Korean leader Kim Jong Un"
  [BODY] TITLE NAME                         "National Assembly Chairman Vuong Dinh Hue"
  NAME, [the] [X's] TITLE [of ORG]          "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam"
  [X's] TITLE [of ORG], NAME                "Russia's foreign minister, Sergei Lavrov"
  NAME ... as|becomes [X's] TITLE           "Ida Holm was sworn in as Norway's prime minister", "X replaces Y as ..."
  ORG, led by NAME / BODY, chaired by NAME  "The Greens, led by Adam Bandt", "its committee, chaired by Dimie Ogoina"
and nameless descriptions ("India's prime minister", "the Kremlin chief") that give a person met
elsewhere their country. A lower-case title only counts with a country in front of it, or in one of the
strong structures above (an appositive after a full name, "as" after an appointment, "The shadow home
secretary, NAME,"): "leader" alone is too common a word. An office someone leaves ("sacked X as",
"the outgoing prime minister") is not a fact, and a current office beats a "former" one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..english import place_np
from ..gazetteer import RANK, gazetteer
from ..text import trie_pattern, word_starts
from .data import lexicon
from .entities import (
    HONORIFIC,
    NAME_LIKE_WORDS,
    NAME_TOKEN,
    NOT_NAME,
    PORTFOLIO_ENDS,
    POSTNOMINALS_AT_END,
    POSTNOMINALS_FIRST,
    countries_in,
    name_at,
    name_before,
    organisations_in,
)
from .facts import Fact, Quote, fold, slug
from .sentences import Sentence

PORTFOLIO = re.compile(r" (?:of|for) (?:the )?(?:Foreign Affairs|Foreign Relations|External Relations|International "
                       r"Relations|Political Affairs|Defence|Defense|Finance|Trade|Industry and Trade|"
                       r"Economy|Economic Affairs|Interior|Home Affairs|Internal Affairs|Justice|Health|Education|"
                       r"Energy|Agriculture|Labour|Labor|Transport|Culture|Environment|Public Security|Planning and "
                       r"Investment|External Affairs|National Defence|National Defense|State)\b")
_PORTFOLIO = (r"(?:(?:national|public|internal|home|homeland|social|digital|economic|foreign|rural|regional|"
              r"urban)\s)?(?:security|health|economy|finance|defen[cs]e|interior|justice|energy|trade|agriculture|"
              r"education|environment|transport|labou?r|culture|digital|climate|foreign|home|industry|tourism|"
              r"housing|immigration|affairs|development|communications|infrastructure|competition|enlargement)")
# "National Security Minister", "Agriculture and rural development Commissioner": one portfolio or two joined
PORTFOLIO_WORDS = re.compile(rf"(?<![\w-])({_PORTFOLIO}(?:\s(?:and|&)\s{_PORTFOLIO})?)\s$", re.I)
ORG_HEADS = {"Party", "Movement", "Front", "Group", "Council", "Union", "Army", "Alliance", "League", "Congress"}
# Last words of a body's name, never of a person's ("the Mexican Red Cross", "the World Food Programme")
NOT_PERSON_HEADS = ORG_HEADS | {"Cross", "Crescent", "Bank", "Fund", "Foundation", "Society", "Institute", "Agency",
                                "Organization", "Organisation", "Association", "Programme", "Program", "Commission",
                                "Committee", "Ministry", "Department", "Office", "Corporation", "Company",
                                # a government named by its head ("the Bush Administration's Millennium Challenge ...")
                                "Administration", "Government", "Cabinet", "Presidency", "Regime",
                                # a document's name ("the 2001 Joint Centenary Declaration, the Minister said")
                                "Declaration", "Agreement", "Treaty", "Accord", "Accords", "Convention", "Protocol",
                                "Charter", "Statement", "Communique", "Memorandum", "Partnership", "Strategy", "Plan"}
# First words of a storm's, a mission's or a place's name, never of a person's ("Hurricane Maria, the International
# Development Secretary announced": the storm is no secretary)
NOT_PERSON_LEADS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Operation", "Mount", "Lake", "Port",
                    "Fort", "Cape", "Camp"}
# "..., the island worst hit by Hurricane Maria, the International Development Secretary announced": a title
# followed by its verb is the subject of a reporting clause, no appositive of the name before the comma
_REPORTING_VERB = re.compile(r"\s(?:announced|announces|said|says|told|added|confirmed|stated|declared|noted|"
                             r"warned|explained|stressed|emphasi[sz]ed|revealed|pledged)\b")


@dataclass(frozen=True)
class Mention:
    """One sighting of a leader (or of a nameless description of one) in one sentence."""

    name: str | None
    role: str
    of: str | None
    sentence: Sentence
    explicit_of: bool
    taken_up: bool = False  # an office the sentence says the person takes up ("was sworn in as", "appointed X as")


@functools.cache
def _title_re() -> re.Pattern[str]:
    """Any title of the list, as a whole word (built once: the list has over a hundred titles)."""
    lex = lexicon()
    alts = trie_pattern(lex.titles, fold_case=True)  # longest first, as the list is
    return re.compile(rf"(?<![\w-])({alts})(?![\w-])", re.I)


def _canonical_role(title: str) -> str:
    lex = lexicon()
    if spelt := lex.title_spellings.get(title.lower()):
        return spelt
    matches = [t for t in lex.titles if t.lower() == title.lower()]
    capital = [t for t in matches if t[0].isupper()]
    return (capital or matches or [title])[0]


def _prefix_country(text: str, start: int, sentences_before: str) -> tuple[str | None, int]:
    """The country written right before a title, and where that prefix starts."""
    lex = lexicon()
    base = max(0, start - _LOOKBACK)  # a prefix is a few words: a window keeps long sentences linear
    head = text[base:start]
    m = re.search(r"(the country|the nation|[\w.' -]+?)['’]s\s$", head)
    if m:
        phrase = m.group(1).strip()
        if phrase in ("the country", "the nation"):
            prior = countries_in(text[:base + m.start()]) or countries_in(sentences_before)
            lead = len(m.group(1)) - len(m.group(1).lstrip())
            return (prior[-1][1] if prior else None), base + m.start() + lead
        for k in range(len(phrase.split()), 0, -1):
            cand = " ".join(phrase.split()[-k:])
            found = lex.country(cand) or lex.organisations.get(cand)
            if found:
                return found, base + m.end(1) - len(cand)
    # "U.S. Agency for International Development (USAID) Administrator": the body's bracketed short name
    bracketed = re.search(r"\(([A-Z][A-Za-z]{1,7})\)\s$", head)
    if bracketed and lex.organisations.get(bracketed.group(1)):
        return lex.organisations[bracketed.group(1)], base + bracketed.start()
    if bracketed:
        # "Millennium Challenge Corporation (MCC) Chief Executive Officer": a body's name ending in a body's word,
        # then its short form
        named = [(pos, o) for pos, o in organisations_in(head[: bracketed.start()].rstrip())
                 if pos + len(o) == len(head[: bracketed.start()].rstrip())]
        if named:
            return named[-1][1], base + named[-1][0]
    words = re.findall(r"\S+", head)
    g = gazetteer()
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        cand = " ".join(words[-k:])
        division = cand if g.subdivision(cand) else None
        found = lex.country(cand) or (lex.organisations.get(cand) if cand.isupper() or k > 1 else None) or division
        if head.endswith(cand + " ") and found:
            # "Quebec, Canada premier Jean Charest": the province before its country is whose premier he is
            inner = re.search(r"(?:^|\s)((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*),\s$", head[: len(head) - len(cand) - 1])
            if inner and (g.subdivision(inner.group(1)) or ("", ""))[0] == found:
                return inner.group(1), base + inner.start(1)
            return found, start - len(cand) - 1
    return None, start


_LOOKBACK = 200


BODY_HEADS = ORG_HEADS | {"Assembly", "Bank", "Committee", "Commission", "Court", "Duma", "Parliament", "Senate",
                          "Nations", "Organization", "Organisation", "Fund", "Forum", "Corporation", "Agency",
                          "Programme", "Program", "Institute", "Foundation"}


_LOWER_BODY = re.compile(r" ((?:[a-z]+ ){0,2}(?:court|parliament|senate|assembly|council|commission|government|"
                         r"military|army|police|opposition|central bank|cabinet|congress|legislature|election "
                         r"commission|electoral commission|tribunal))\b")
_STYLE_IN_BODY = re.compile(r"(?<= )(?:His|Her|Their|The|the)\s(?=Excellenc|Rt|Right|Hon)")


def _of_suffix(text: str, end: int, allow_for: bool = False) -> tuple[str | None, int]:
    """"of the Communist Party of Vietnam" after a title -> ("Communist Party of Vietnam", end).

    When a name follows the body without a comma ("Chairman of the National Assembly Vuong Dinh Hue"),
    the body ends at a known body, country or body word and the rest is left for the name.
    """
    prep = "(?:of|for)" if allow_for else "of"  # "spokesman for the Tigray People's Liberation Front"
    described = re.match(rf" of (?:the )?(?:[A-Z][\w'’-]*\s)?(?:country|nation|island nation|state|kingdom) of "
                         rf"((?:{NAME_TOKEN})(?: {NAME_TOKEN}){{0,2}})", text[end:])
    if described and (lexicon().country(described.group(1)) or gazetteer().is_country(described.group(1))):
        # "the president of the African country of Malawi": the country named at the end
        return lexicon().country(described.group(1)) or described.group(1), end + described.end()
    # (a dotted abbreviation is a word of the body's name: "for the U.S. Agency for International Development")
    word = rf"(?:(?:[A-Z]\.){{2,}}|{NAME_TOKEN})"
    m = re.match(rf" {prep} (?:the )?({word}(?: (?:of |for |and )?(?:the )?{word})*)", text[end:])
    if not m:
        return None, end
    org = m.group(1)
    lex = lexicon()
    if org.endswith(("'s", "’s")):
        # "the president of Benin's constitutional court": the body is written in lower case after its country;
        # without a body noun after it the possessive names nothing whole, so no "of" at all
        body = _LOWER_BODY.match(text, end + m.end())
        if not body:
            return None, end
        return f"{org} {body.group(1)}", end + m.end() + body.end() - body.start()
    styled = next((s for s in _STYLE_IN_BODY.finditer(org) if s.start() and HONORIFIC.match(org, s.start())), None)
    if styled:
        # "the Foreign Minister of the State of Kuwait His Excellency Sheikh Salem ...": a style starts the name
        org = org[: styled.start()].rstrip()
        m = re.match(rf" {prep} (?:the )?({re.escape(org)})", text[end:])
        assert m is not None
    words = org.split()
    if len(words) > 1 and HONORIFIC.match(text, end + m.end(1) - len(words[-1])):
        # "Minister of Knowledge Economy Mr. Lee Youn Ho": the courtesy title starts the name
        words.pop()
        org = " ".join(words)
        m = re.match(rf" {prep} (?:the )?{re.escape(org)}", text[end:])
        assert m is not None

    joined = re.search(r" and (?:the )?", org)
    if joined:
        first, second = org[: joined.start()], org[joined.end():]

        def is_body(x: str) -> bool:
            return bool(lex.country(x) or lex.organisations.get(x) or x in lex.bodies or x.split()[-1] in BODY_HEADS)

        if lex.country(org):
            # "of the United Kingdom and Northern Ireland, the Rt Hon James Cleverly": one country's name
            return lex.country(org), end + m.end()
        if is_body(first) and not is_body(second):
            # "Jean-Claude Juncker, President of the European Commission and Donald Tusk, President of ...":
            # the body ends before the next person
            org = first
            words = org.split()
            m = re.match(rf" {prep} (?:the )?{re.escape(org)}", text[end:])
            assert m is not None
    # (any "and" of the body may start the second office: "Foreign and European Affairs of the Netherlands and
    # President of the Council")
    joined = next((j for j in re.finditer(r" and (?:the )?", org)
                   if any(org[j.end():].startswith(t + " ") for t in lex.titles if t[0].isupper())), joined)
    second_title = _title_re().search(org, joined.end()) if joined else None
    if joined and (any(org[joined.end():].startswith(t + " ") for t in lex.titles if t[0].isupper()) or (
            second_title and second_title.group(0)[0].isupper()
            and lex.country(org[joined.end(): second_title.start()]))):
        # "Prime Minister of the United Kingdom Keir Starmer and the President of the European Council
        # António Costa": a second office-holder starts after "and the", never part of the first's body; so
        # after "and United Kingdom Cabinet Secretary Mark Sedwill" (a country, then an office)
        org = org[: joined.start()]
        words = org.split()
    if len(words) >= 3:
        for k in range(len(words) - 2, 0, -1):
            head, rest = " ".join(words[:k]), words[k:]
            if words[k - 1] in ("of", "for", "and", "the"):
                continue
            known = lex.country(head) or lex.organisations.get(head) or head in lex.bodies or words[k - 1] in BODY_HEADS
            if (known and len(rest) >= 2 and not any(w in NOT_NAME for w in rest[rest[0] in NAME_LIKE_WORDS:])
                    and rest[-1] not in NOT_PERSON_HEADS  # "the Mexican Red Cross": a body, no name
                    and all(w[0].isupper() for w in rest) and not lex.country(" ".join(rest))):
                org_end = end + m.start(1) + len(head)
                return (lex.country(head) or lex.organisations.get(head) or head), org_end
    return (lex.country(org) or lex.organisations.get(org) or org), end + m.end()


APPOINTED = (r"(?:appointed|named|brought back|reappointed|installed|elected|nominated|confirmed|chose|picked|"
             r"swore in|swear in|swear-in|sworn in|inaugurated|inaugurate|promoted)")
TAKES_UP = (r"(?:(?:was|is|has been|had been|will be|were|has|have|had)\s)?"
            r"(?:sworn in|inaugurated|appointed|named|elected|"
            r"confirmed|installed|reappointed|promoted|stays on|stayed on|remains|returns|returned|takes over|"
            r"took over|becomes|became|(?:will\s)?serves?|(?:taken|took|takes)\sthe\soath\sof\soffice"
            r"(?:\sfor\s(?:a|the)\s\w+\stime)?|(?:assumed|assumes|took up|takes up|took)\s(?:his|her|the)\s"
            r"(?:post|office|role|duties|seat))")
# "... as [the] [new] [Australia's] [31st] TITLE", "... becomes [a] TITLE": the office someone takes up
AS_TITLE = re.compile(r"\s(?P<v>as|becomes|became|elected)\s(?:(?P<det>the|a|an|its|their|his|her)\s)?(?:new\s)?"
                      # "as the country's new president": the country named just before
                      r"(?:(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})['’]s\s|(?P<here>country|nation)['’]s\s)?"
                      # "as Liberia's first elected female President": a few words that say which holder
                      r"(?:(?:new|next|first|\d+(?:st|nd|rd|th))\s)?(?:(?:elected|female|male|woman|youngest|oldest|"
                      r"interim|acting|sole|only)\s){0,2}(?:[A-Z][a-z]+\s)?$")
# "has been elected as", "will be inaugurated as", "is scheduled to swear in X as": an office won at an election
# and not yet taken up (a parliament's election of a prime minister is the office itself: PRESIDENT_TO_COME)
ELECTED_TO_COME = re.compile(r"\b(?:will\sbe\s(?:sworn\sin|inaugurated)\s$|(?:will|to)\s(?:swear[\s-]in|inaugurate)\s)")
NEXT_HOLDER = re.compile(r"\belected\s(?:as\s)?(?:the\s)?next\s$")
PRESIDENT_TO_COME = re.compile(r"\b(?:has|have)\sbeen\s(?:\w+\s)?elected\s(?:as\s)?$")
TAKES_EFFECT = re.compile(r"\b(?:with effect from|will take (?:up )?(?:office|the post|up the post)|"
                          r"takes up the post)\b")
# "Moussa Faki Mahamat, chairperson of ...", "Richard Marles, Labor's deputy leader": an appositive office
APPOS_TITLE = re.compile(r",\s(?:(?P<former>(?:a|the)\sformer|who\shad\sbeen)\s|the\s)?"
                         r"(?:(?:new|current|incumbent|controversial|longtime|long-serving|veteran|embattled|"
                         r"newly\selected|re-elected)\s)?"
                         r"(?:(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})['’]s\s|"
                         r"[a-z]+['’]s\s|(?P<o>(?:[A-Z][\w.'’-]*\s){1,3}))?(?:(?:acting|interim)\s)?"
                         r"(?:(?P<dep>deputy|vice)\s)?$")
# what follows "NAME, who had been TITLE": an office held until the person left it ("since June 2023, quit")
LEFT_AFTER = re.compile(r"(?:\s(?:of|for)\s[^,]{1,60})?(?:\s(?:since|until|for)\s[^,]{1,40})?,\s"
                        r"(?:quit|resigned|stepped down|retired|died|left|was (?:sacked|dismissed|fired|ousted))\b")
REMOVED = re.compile(r"\b(?:sacked|dismissed|fired|ousted|removed|replaced|sacks|dismisses|fires|ousts|removes|"
                     r"demoted|suspended|banned)\s(?:\w+\s){0,5}$")
LED_BY = re.compile(rf"(?:^|(?<=[Tt]he\s)|(?<=,\s))((?:{NAME_TOKEN}\s){{0,4}}{NAME_TOKEN})(?:\s\([A-Z]+\))?,?"
                    r"\sled by\s")
CHAIRED_BY = re.compile(r"(?:(?P<owner>[A-Z][\w.'’-]*)['’]s\s|\b[Tt]he\s(?:[a-z]+['’]s\s)?)"
                        r"(?P<body>(?:[a-z-]+\s){0,3}(?:committee|commission|panel|board|council|inquiry|tribunal)),?"
                        r"\schaired by\s")


def _appointee(text: str, at: int) -> str | None:
    """Who takes up the office named after ``text[:at]`` ("... as Foreign Secretary"), or None.

    The subject of "X was sworn in as", "X replaces Y as", "X becomes", or the object of "appointed X as"
    ("brought back former Prime Minister David Cameron as"); never the object of "sacked X as", who is
    leaving the office, not taking it."""
    # "The United States inaugurated George W. Bush for a second term as president", "was re-elected to a new
    # five-year term as": the term says for how long, not who
    head = re.sub(r"\s(?:for|to)\s(?:a|an|another|his|her|the)\s(?:[\w-]+\s){0,2}term$", "", text[:at])
    # "Ban Ki-moon, South Korean foreign minister, officially assumed his post as": an adverb may come between
    m = re.search(rf"(?:,\s(?:who\s)?|\s)(?:(?:officially|formally|finally|also|today)\s)?{TAKES_UP}$", head)
    if m:
        # "Richard Marles, Labor's deputy leader, was sworn in as": skip one appositive
        subj_end = m.start()
        ap = re.search(r",\s[^,]{1,60}$", head[:subj_end])
        now = list(re.finditer(r",\s(?:currently|formerly|previously|until now|at present)\s", head[:subj_end]))
        if now:
            # "Bernadette Jordan, currently Parliamentary Secretary to the Minister of Democratic Institutions,
            # becomes": the appositive (commas and all) says what she was; she is the subject
            name = name_before(head, now[-1].start())
            return name if name and len(name.split()) >= 2 else None
        name = name_before(head, subj_end)
        if (not name or len(name.split()) < 2) and ap:
            # "Nobutaka Machimura, the foreign minister under Mr. Abe, will serve as": the name before the comma
            name = name_before(head, ap.start())
        return name if name and len(name.split()) >= 2 else None
    m = re.search(rf"((?:{NAME_TOKEN}\s)*{NAME_TOKEN})\s(?:replaces|replaced)\s(?:{NAME_TOKEN}\s?)+$", head)
    if m:  # "Victoria Atkins replaces Steve Barclay as Health Secretary"
        name = name_before(head, m.end(1))
        return name if name and len(name.split()) >= 2 else None
    ap = re.search(r",\s(?:a|an|the)\s[^,]{1,80},$", head)
    if ap:
        head = head[: ap.start()]  # "named Luis Caputo, a former president of the central bank, as"
    name = name_before(head, len(head))
    if not name or len(name.split()) < 2:
        return None
    before = head[: len(head) - len(name)]
    if REMOVED.search(before):
        return None
    # "swear in veteran opposition leader Michael Sata as": a few lower-case words may describe the person
    if re.search(rf"\b{APPOINTED}\s(?:(?:former|ex-)\s?(?:[A-Z][\w-]*\s){{1,3}}|(?:[a-z][\w-]*\s){{1,3}})?$", before):
        return name
    if re.search(r"\bappointment\sof\s(?:(?:Mr|Mrs|Ms|Dr|Professor)\.?\s)?$", before):
        return name  # "I am pleased to announce the appointment of Mr Glenn Stevens as Governor of ..."
    if re.search(r"(?:,\s|\s)and\s$", before) and re.search(rf"\b{APPOINTED}\b|\bsworn in\b", before):
        return name  # "Marles was sworn in as deputy prime minister, and Penny Wong as foreign minister"
    return None


def find_mentions(sentences: list[Sentence]) -> list[Mention]:
    """Every leader mention and nameless leader description, in text order."""
    lex = lexicon()
    title_re = _title_re()
    out: list[Mention] = []
    for idx, sent in enumerate(sentences):
        if sent.is_heading:
            out.extend(_byline(sentences, idx))
            continue
        text = sent.text
        before = " ".join(s.text for s in sentences[max(0, idx - 2): idx])
        taken: list[tuple[int, int]] = []
        prev: tuple[int, str | None] | None = None  # where the last mention's name ended, and its prefixed country
        for m in title_re.finditer(text):
            title = m.group(1)
            if any(a <= m.start() < b for a, b in taken):
                continue
            lower = title[0].islower()
            if text[m.end(): m.end() + 2] in ("'s", "’s"):
                continue  # "the president's spokesman" describes someone else
            tstart, portfolio = m.start(), None
            if title.lower() in ("minister", "secretary", "commissioner"):
                # "National Security Minister", "the EU health commissioner", "as security minister": the
                # portfolio is part of the office (cutting "National" off would name another ministry)
                pw = PORTFOLIO_WORDS.search(text, max(0, tstart - 60), tstart)
                cw = None if pw or title[0].islower() else CAPITAL_PORTFOLIO.search(text, max(0, tstart - 60), tstart)
                if pw:
                    tstart, portfolio = pw.start(), " ".join(w if w.lower() == "and" else w.capitalize()
                                                           for w in pw.group(1).split())
                    qualifier = re.search(r"(?<![\w'’-])((?:[A-Z][\w-]*\s){1,3})$", text[max(0, tstart - 40): tstart])
                    if portfolio in ("Affairs", "Development") and qualifier:
                        # "Associate Pacific Island Affairs Minister": a bare "Affairs" says nothing; the
                        # capitalised words before it say whose
                        words = [w for w in qualifier.group(1).split() if w not in NOT_PORTFOLIO and not lex.country(w)]
                        if words and words == qualifier.group(1).split()[-len(words):]:
                            tstart, portfolio = tstart - len(" ".join(words)) - 1, f"{' '.join(words)} {portfolio}"
                    elif qualifier and pw.group(1)[0].isupper() and not title[0].islower():
                        # "International Trade Secretary Liz Truss": one capitalised word right before a written-
                        # out portfolio is part of it ("British", "South Korean" before it say whose, "Former" when)
                        words = qualifier.group(1).split()
                        if words[-1] not in NOT_PORTFOLIO and not lex.country(words[-1]) and not lex.country(
                                " ".join(words[-2:])) and words[-1] not in lex.organisations:
                            tstart, portfolio = tstart - len(words[-1]) - 1, f"{words[-1]} {portfolio}"
                elif cw:
                    # "Livestock Minister Joseph Munyao", "Local Government Minister Musikari Kombo": capitalised
                    # words right before the title name its portfolio ("South Korean" before them is whose)
                    words = cw.group(1).split()
                    k = next((k for k in range(len(words) - 1, 0, -1) if lex.country(" ".join(words[:k]))), 0)
                    rest = words[k:]
                    if rest and not any(w in NOT_PORTFOLIO or lex.country(w) or w in lex.organisations
                                        for w in rest) and not lex.country(" ".join(rest)):
                        portfolio = " ".join(rest)
                        tstart = m.start() - len(portfolio) - 1
            elif len(title.split()) == 2 and title[0].isupper() and title.split()[-1] in ("Minister", "Secretary") \
                    and PORTFOLIO_WORDS.match(title.split()[0] + " "):
                # "International Trade Minister Ranil Jayawardena": the list's "Trade Minister", with the one
                # capitalised word before it that is part of the portfolio, as for "International Trade Secretary"
                q = re.search(r"(?<![\w'’.-])([A-Z][a-z]+)\s$", text[max(0, tstart - 30): tstart])
                if q and q.group(1) not in NOT_PORTFOLIO and q.group(1) not in NOT_NAME and not lex.country(
                        q.group(1)) and q.group(1) not in lex.organisations:
                    tstart, portfolio = tstart - len(q.group(1)) - 1, q.group(1)
            country, pstart = _prefix_country(text, tstart, before)
            prefixed = country if country and pstart < tstart else None
            if not country and (fm := FORMER_END.search(text[:tstart])):
                # "Kyrgyzstan's former prime minister, Almazbek Atambayev": whose office it was, before "former"
                country = _prefix_country(text, fm.start(), before)[0]
            if not country and (cp := COUNTERPART.search(text, 0, tstart)) and lex.country(cp.group(1)):
                country = lex.country(cp.group(1))  # "his Fiji counterpart, Minister for Home Affairs ... Pio"
            if not country and title.lower() in ("chief executive", "chairman", "managing director", "governor"):
                # "Juniper's chief executive, Rami Rahim,": a company's head, of that company
                cm = re.search(r"(?<![\w-])([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2})['’]s\s$", text[:tstart])
                if cm and cm.group(1).split()[0] not in NOT_NAME:
                    country, pstart = lex.organisations.get(cm.group(1), cm.group(1)), cm.start(1)
            # strong structures that make even a lower-case title an office: "X was sworn in as Australia's
            # prime minister", "X, chairperson of ...", "The shadow home secretary, Yvette Cooper,"
            appointee: str | None = None
            as_m = AS_TITLE.search(text, 0, pstart) if not country else None
            if as_m is None and country:
                as_m = AS_TITLE.search(text, 0, pstart)
            if as_m:
                appointee = _appointee(text, as_m.end("v") if as_m["v"] in ("becomes", "became", "elected") else
                                       as_m.start())
                if appointee and as_m.group("c") and not country:
                    c = as_m.group("c")
                    country = lex.country(c) or lex.organisations.get(c) or c
                    pstart = as_m.start("c")
                elif appointee and (as_m.group("here") or as_m.group("det") in ("its", "their")) and not country:
                    # "the country's new president", "North Korea has appointed X as its new foreign minister"
                    named = [c for _, c in countries_in(before + " " + text[:as_m.start()])]
                    country = named[-1] if named else None
            appos: str | None = None
            # (a portfolio before the title is no appositive's country: ", Health Minister Charity Ngilu")
            ap = APPOS_TITLE.search(text, 0, tstart if portfolio else m.start()) if not appointee else None
            if ap and ap.group("former") == "who had been" and not LEFT_AFTER.match(text, m.end()):
                ap = None  # "Cleverly, who had been Foreign Secretary since 2022, moves to": which office now?
            if ap and _REPORTING_VERB.match(text, m.end()) and name_before(text, ap.start()) and \
                    text[:ap.start()].strip() != name_before(text, ap.start()):
                ap = None  # "... worst hit by Hurricane Maria, the International Development Secretary announced"
            if ap:
                cand = name_before(text, ap.start())
                if cand and len(cand.split()) == 1 and ap.group("former") == "who had been":
                    # "... after Hafize Gaye Erkan resigned. Erkan, who had been governor since": the full name
                    # said just before
                    full = re.search(rf"((?:{NAME_TOKEN} ){{1,3}}){re.escape(cand)}(?![\w-])", before + " " + text)
                    whole = name_before(full.group(0), len(full.group(0))) if full else None
                    cand = whole if whole and whole.endswith(cand) else cand
                if cand and len(cand.split()) >= 2:
                    appos = cand
                    if (ap.group("c") or ap.group("o")) and not country:
                        c = (ap.group("c") or ap.group("o")).strip()
                        if not STYLE_WORDS.intersection(c.split()):  # ", His Excellency General Secretary"
                            country = lex.country(c) or lex.organisations.get(c) or c
            # ("the incumbent president, Hifikepunye Pohamba, has been reelected": who holds it now, named after)
            shadow = re.search(r"\b[Tt]he\s(shadow\s)?(?:(?:incumbent|current|sitting|new|newly\selected|"
                               r"re-elected)\s)?$",
                               text[:pstart])
            # "The shadow home secretary, NAME,", "The executive secretary of the Economic Community of West
            # African States, Mohammad Ibn Chambas, says"
            fronted = bool(shadow and re.match(rf"(?:\s(?:of|for)\s(?:the\s)?[A-Z][^,;:]{{2,80}})?,\s{NAME_TOKEN}\s"
                                               rf"{NAME_TOKEN}", text[m.end():]))
            strong = bool(appointee or appos or fronted)
            if re.search(r"\boutgoing\s(?:\S+\s){0,2}$", text[max(0, pstart - 40): m.start()]):
                continue  # "Scott Morrison, the outgoing prime minister": leaving the office
            body = None
            for b in lex.bodies:
                if text.endswith(b + " ", 0, m.start()) and title.lower() in ("chairman", "chairwoman", "speaker",
                                                                           "chair", "president"):
                    body, pstart = b, m.start() - len(b) - 1
            modifier = None
            if lower and not country and title.lower() in ("leader", "founder", "deputy leader", "chief executive",
                                                           "governor", "chairman", "managing director"):
                # "opposition leader Alexei Navalny", "Hamas leader Yahya Sinwar", "Party founder Ho Chi Minh"
                lb = max(0, m.start() - _LOOKBACK)
                mm = re.search(r"(?<![\w-])(opposition|party|rebel|military|junta|separatist|spiritual|religious|"
                               r"central bank|(?:[A-Z][A-Za-z]+ ){0,2}[A-Z][A-Za-z]+)(?:['’]s)? $", text[lb: m.start()])
                if mm and re.compile(rf" {NAME_TOKEN} {NAME_TOKEN}").match(text, m.end()):
                    words = mm.group(1).split()
                    org_like = (len(words) > 1 and words[-1] in ORG_HEADS) or mm.group(1) in lex.organisations or (
                        len(words) == 1 and words[0] not in NOT_NAME and not lex.country(words[0]))
                    if mm.group(1).lower() in ("opposition", "party", "rebel", "military", "junta", "separatist",
                                               "spiritual", "religious", "central bank"):
                        modifier = mm.group(1).lower()
                    elif org_like:
                        modifier = mm.group(1)
                    if modifier:
                        country, pstart = _prefix_country(text, lb + mm.start(1), before)
                        if not country:
                            pstart = lb + mm.start(1)
            if lower and title.lower() not in [t.lower() for t in lex.titles if t[0].islower()] and not country \
                    and not strong and not modifier:
                if not re.search(r"(?:the|The) (?:\w+ )?$", text[max(0, m.start() - _LOOKBACK): m.start()]):
                    continue
            if lower and not country and title.lower() != "head of state" and not modifier and not strong:
                # "leader", "president" in lower case: only with a country in front ("North Korean leader") or after
                # ("The prime minister of Vanuatu")
                of_after = OF_COUNTRY_AFTER.match(text, m.end())
                if not re.search(r"\bKremlin $|\bWhite House $", text[: m.start()]) and not (
                        of_after and lex.country(of_after.group(1)) and title.lower() != "leader"):
                    continue
            if not country:
                km = re.search(r"\b(Kremlin|White House|Élysée|Elysee|Downing Street)\s$", text[: m.start()])
                if km:
                    country = lex.country(km.group(1))
            # the list's spelling: "foreign minister" -> "Foreign Minister", "leader" stays "leader"
            role = _canonical_role(title)
            if portfolio:
                role = f"{portfolio} {role[0].upper()}{role[1:]}"
            if body:
                role = f"{_canonical_role(title)} of the {body}"
            if fronted and shadow and shadow.group(1):
                role = f"shadow {role.lower()}"
            if modifier and modifier[0].islower():
                role = f"{modifier} {title.lower()}"
            elif modifier and not country:
                country = lex.organisations.get(modifier, modifier)
            # ("UK Foreign Office Minister Wendy Morton": the capitalised words after the country, not the last alone)
            pm = re.search(r"(?<![\w-])((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+) $", text[:pstart])
            kept = pm.group(1).split() if pm else []
            while kept and (kept[0] in NOT_PORTFOLIO or lex.country(kept[0]) or len(kept) == 1 and kept[0] in NOT_NAME):
                kept.pop(0)
            if (kept and not portfolio and title.lower() in ("minister", "secretary", "commissioner") and not country
                    and not lex.country(" ".join(kept))):
                role = f"{' '.join(kept)} {_canonical_role(title)}"
                pstart = pstart - len(" ".join(kept)) - 1
                # "Paraguayan Vice Minister Oscar Cabello": whose office, before the word that starts it
                found, at = _prefix_country(text, pstart, before)
                if found:
                    country, pstart = found, at
            rank = RANK_BEFORE.search(text[:pstart]) if not title[0].islower() else None
            if rank:
                # "Deputy Secretary of State Wendy Sherman": a rank before an office is part of it; without it
                # the office is someone else's (round 34: asked "who was the Secretary of State?", false)
                role, pstart = f"{rank.group(1)} {role}", rank.start(1)
                if not country:  # "Paraguayan Vice Minister of Foreign Relations Oscar Cabello"
                    country, pstart = _prefix_country(text, pstart, before)
            former = re.search(r"(?:\b[Ff]ormer|\b[Tt]hen-|\b[Tt]hen(?=\s)|\b[Ee]x-|\b[Aa]cting|\b[Ii]nterim)\s?$",
                               text[:pstart])
            if not former and (ex := re.search(r"\b(?:[Ff]ormer\s|[Ee]x-)(?P<office>[a-z]+(?:\s[a-z]+)?)\s$",
                                               text[:pstart])) and fold(ex.group("office")) == fold(title):
                former = re.search(r"\S+$", text[: ex.start("office")].rstrip())  # "ex-president President X"
                if former and not country:  # "Madagascan ex-president President Marc Ravalomanana"
                    country = _prefix_country(text, former.start(), before)[0]
            if former:
                # "ex-president" is written "former president": one spelling for learners and matchers alike
                role = f"{former.group(0).strip().lower()} {role}".replace("- ", "-").replace("ex-", "former ")
                pstart = former.start()
            to_come = as_m and appointee and (
                (role in ("President", "Prime Minister", "Vice President") and ELECTED_TO_COME.search(
                    text[:as_m.start() + 1]))
                or (role in ("President", "Vice President") and PRESIDENT_TO_COME.search(text[:as_m.end("v") + 1]))
                # "declared Shrimati Droupadi Murmu elected as the next President of India": not sworn in yet
                or (role in ("President", "Prime Minister", "Vice President") and NEXT_HOLDER.search(text[:m.start()])))
            if as_m and to_come:
                # "X has been elected as the new President": until the inauguration, the President-elect
                role = f"{role}-elect"
            elif as_m and appointee and TAKES_EFFECT.search(text, m.end()):
                # "the appointment of X as Governor of the Reserve Bank ..., with effect from 18 September 2006":
                # the office is still to come (the outgoing governor holds it till then)
                role = f"{role}-designate"
            if ap and appos and ap.group("dep") and not role.lower().startswith(("deputy", "vice")):
                role = f"{ap.group('dep')} {role.lower()}"  # "a former deputy president": not the president
            if not former and re.match(rf"\sunder\s(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?{NAME_TOKEN}", text[m.end():]):
                role = f"former {role}"  # "Machimura, the foreign minister under Mr. Abe": another government's
            elif not former and ap and appos and ap.group("former"):
                # "Erkan, who had been governor since June 2023, quit", "X, a former deputy president of ..."
                role = f"former {role}"

            end = m.end()
            pf = PORTFOLIO.match(text[end:])
            if pf and title.lower() in ("minister", "secretary", "commissioner", "deputy minister"):
                role = f"{role} {pf.group(0).strip()}"
                end += pf.end()
                more = re.match(rf" and (?:{NAME_TOKEN} ?){{1,3}}(?=,)", text[end:])
                # the name is the last two capitalised words ("and Digital Transformation Nadia Calviño")
                run = re.match(rf" and ({NAME_TOKEN}(?: {NAME_TOKEN}){{2,5}})(?![\w'’-])", text[end:])
                words = run.group(1).split() if run else []
                # ... or the words after the last word of a portfolio, two or more ("and International Relations
                # Mohlabi Kenneth Tsekoa")
                cut = max((i + 1 for i, w in enumerate(words[:-2]) if w in PORTFOLIO_ENDS), default=len(words) - 2)
                one = re.match(rf" and {re.escape(' '.join(words[:cut]))}", text[end:]) if len(words) >= 3 else None
                if more and name_at(text, end + len(more.group(0).rstrip()) + 2):
                    # "Minister for Trade and Export Growth, Damien O'Connor": one portfolio, the name after it
                    role, end = f"{role}{more.group(0).rstrip()}", end + len(more.group(0).rstrip())
                elif one:
                    # "Minister for Home Affairs and Immigration Pio Tikoduadua": the name right after the portfolio
                    role, end = f"{role}{one.group(0)}", end + len(one.group(0))
            elif title.lower() == "minister" and (region := _region_remit(text, end)):
                # "Minister for the European Neighbourhood and the Americas Wendy Morton", "Minister for Asia
                # Nigel Adams": a part of the world is the remit, and the name follows it
                role, end = f"{role} for {region}", end + len(f" for {region}")
            envoy = title.lower() in ("ambassador", "envoy", "high commissioner", "head of mission",
                                      "deputy head of mission", "chargé d'affaires", "commissioner")
            posting = (EMBASSY.match(text, end) or POSTED_TO.match(text, end)) if envoy else None
            if posting and posting.re is POSTED_TO and gazetteer().is_world_region(posting.group("to")):
                # "Her Majesty's Trade Commissioner to Europe, Andrew Mitchell": a posting to a part of the world
                role, end = f"{role}{posting.group(0)}", posting.end()
            elif posting and posting.group("to") and _posted_to(posting):
                # "UK Ambassador to the US", "Deputy Head of Mission for the British Embassy to Honduras": where
                # the envoy is posted is part of the office, the embassy's country whose envoy it is
                role = f"{role} to {place_np(_posted_to(posting) or '', True)}"
                end = posting.end()
                if posting.re is EMBASSY and lex.country(posting.group(1)) and not country:
                    country = lex.country(posting.group(1))
            remit = REMIT_FOR.match(text, end) if title.lower().endswith(_REMIT_TITLES) else None
            for owner in OF_WHOM.finditer(remit.group(0) if remit else ""):
                if any(lex.country(" ".join(owner.group(1).split()[:k])) for k in (1, 2, 3)):
                    # "for Trade of Spain and ...": the remit ends where whose office it is begins
                    remit = REMIT_FOR.match(text[:end + owner.start()], end)
                    break
            if remit and not text.startswith(",", remit.end()):
                # "Under Secretary of State for Political Affairs Thomas Shannon": with no comma the name follows
                # the remit's last word of a portfolio ("Affairs"); the capitalised words after it are the name
                words = remit.group(0).split()
                last = next((i for i, w in enumerate(words[:-1]) if i and w in REMIT_ENDS
                             and words[i + 1][:1].isupper() and words[i + 1] not in NOT_NAME), -1)
                if last <= 0 and len(words) >= 4 and name_at(text, remit.end() - len(" ".join(words[-2:]))) == " ".join(
                        words[-2:]) and not any(w in NOT_NAME or w in REMIT_ENDS for w in words[-2:]) and re.match(
                            r"\s[a-z]", text[remit.end():]):
                    # "Special Presidential Envoy for Compact Negotiations Joseph Yun signed": a remit with no word of
                    # a portfolio to end it, and a verb after the last two words: those two are the name
                    last = len(words) - 3
                remit = REMIT_FOR.match(text[: end + len(" " + " ".join(words[: last + 1]))], end) if last > 0 \
                    else remit
            if remit and " for " not in role:
                # "Assistant Secretary of State for International Security and Non-proliferation, Christopher
                # Ford": the remit is part of the office
                role, end = f"{role}{remit.group(0)}", remit.end()
            if served := SERVES_OFFICE.match(text, end):
                # "Technical Secretary to the Presidency of El Salvador": whom the post serves is part of it
                role, end = f"{role}{served.group(0)}", served.end()
            minister = title.lower() in ("minister", "deputy minister") and " of " not in role and " for " not in role
            prep = "for" if text.startswith(" for ", end) else "of"
            # ("spokesman for the Tigray People's Liberation Front", "chairperson for Malawi Electoral Commission")
            # ("Mission Director for the U.S. Agency for International Development (USAID) Jennifer Adams")
            of, end = _of_suffix(text, end, title.lower() in ("spokesman", "spokeswoman", "spokesperson", "chairperson",
                                                              "chairman", "chairwoman", "chair", "director",
                                                              "mission director", "country director",
                                                              "representative") or minister)
            of_said = of is not None
            if of and title.lower() in ("secretary of state",) and not (" for " in role and lex.country(of)
                                                                        and of not in role):
                # (but "Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom")
                of, end = None, m.end()
            if of and of in lex.bodies:
                # "Chairman of the National Assembly": the body is part of the office, not what is led
                role, of = f"{role} of the {of}", None
            elif of and minister and not lex.country(of) and of not in lex.organisations.values():
                # "Korea's Minister of Knowledge Economy", "UK Minister for the Indo-Pacific": an unknown "of" or
                # "for" after a minister is the portfolio; a country after it says whose ("Minister for Foreign
                # and European Affairs of the Netherlands")
                article_word = "the " if text.startswith(f" {prep} the ", m.end()) else ""
                whose_end = re.search(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})$", of)
                if whose_end and lex.country(whose_end.group(1)) and whose_end.start() > 0:
                    role, of = f"{role} {prep} {article_word}{of[: whose_end.start()]}", lex.country(whose_end.group(1))
                else:
                    role, of = f"{role} {prep} {article_word}{of}", None
            if of and envoy and " to " not in role and (post := POSTED_TO.match(text, end)) and _posted_to(post) \
                    and lex.country(of) and _posted_to(post) != lex.country(of):
                # "Ambassador of Iceland to the UK": whose envoy first, then where posted
                role, end = f"{role} to {place_np(_posted_to(post) or '', True)}", post.end()
            explicit = bool(country or of)
            of = of or country
            name: str | None = appointee
            # TITLE NAME (before an appositive: in "met Joe Biden, Prime Minister Fumio Kishida" the office is
            # Kishida's)
            alias = BRACKETED_ALIAS.match(text, end) if not name else None
            if alias and (cand := name_at(text, alias.end())) and len(cand.split()) >= 2:
                # "the Prime Minister of the United Kingdom (“the UK”) the Right Honourable David Cameron"
                name = cand
            if not name and text[end: end + 1] == " ":
                name = name_at(text, end + 1)
                if name and role in lex.monarchs:
                    ep = re.match(rf" the ({NAME_TOKEN})", text[end + 1 + len(name):])
                    if ep:
                        name = f"{name} the {ep.group(1)}"
                if name and len(name.split()) == 1 and lower:
                    name = None
            if not name and text[end: end + 5] == " and ":
                # "Qatari Prime Minister and Foreign Minister Sheikh Mohammed ...": both offices are his
                t2 = title_re.match(text, end + 5)
                if t2 and text[t2.end(): t2.end() + 1] == " ":
                    cand = name_at(text, t2.end() + 1)
                    plural = re.match(r"\s(?:were|are|have|had been)\b", text[t2.end() + 1 + len(cand or ""):])
                    # "The President and Prime Minister Zida were detained": two people, not one with two offices
                    if cand and len(cand.split()) >= 2 and not plural:
                        name, end = cand, t2.end()
                        role = f"{role} and {_canonical_role(t2.group(1))}"

            if appos and name and name != appos and of_said:
                # "Simon Stiell, executive secretary of UN Climate Change": the person is the one before the
                # comma; capitalised words after "of ORG" are the rest of the body's name
                name = appos
                body_m = re.match(r"\s(?:of|for)\s(?:the\s)?([^,;:()]{2,80}?)(?=[,;:)]|$)", text[m.end():])
                if body_m:
                    body_name = body_m.group(1)
                    of = lex.country(body_name) or lex.organisations.get(body_name) or body_name
            if not name and appos:
                name = appos
            # NAME, [the] TITLE ...
            if not name:
                am = re.search(r",\s(?:the\s)?$", text[:pstart])
                if am:
                    cand = name_before(text, am.start())
                    if cand and len(cand.split()) >= 2:
                        name = cand
            portfolios = PORTFOLIO_LIST.match(text, end) if not name and (" of " in role or " for " in role) else None
            if portfolios and name_at(text, portfolios.end() + 2):
                # "Minister of International Trade, Export Promotion, Small Business and Economic Development, Mary
                # Ng": the portfolios listed are the office's; the name comes after the list
                role, end = f"{role}{portfolios.group(0)}", portfolios.end()
            # TITLE ..., NAME, -- or, after a country's office, "The President of France, Nicolas Sarkozy said",
            # "Venezuelan President, Hugo Chavez condemning ..."
            if not name and text[end: end + 2] == ", ":
                cand = name_at(text, end + 2)
                at = text.find(cand, end + 2) if cand else -1  # past a courtesy title ("Her Excellency ...")
                rest_text = POSTNOMINALS_FIRST.sub("", text[at + len(cand):] if cand and at >= 0 else "") or "."
                # (a colon after the name ends it as a comma does: "Quote attributable to Minister for Foreign
                # Affairs, Senator the Hon Penny Wong:")
                # ("The Minister of Foreign Affairs and Trade, Charlie Flanagan TD and the Secretary of State ...": the
                # next office-holder starts after "and the")
                if cand and len(cand.split()) >= 2 and (re.match(r"[,.;:)]|\sand\s(?:the\s)?[A-Z]", rest_text) or (
                        (explicit or m.start() == 0) and not lower and re.match(r" [a-z]{3,}\b", rest_text))):
                    name = cand
            if not name and POSSESSED.search(text[:pstart]):
                # "Her Vice President, also sworn in, is Joseph Boakai": the office's holder after "is"
                im = IS_HOLDER.match(text, end)
                cand = name_at(text, im.end()) if im else None
                if cand and len(cand.split()) >= 2:
                    name = cand
                    if not of:
                        near = {c for _, c in countries_in(before + " " + text)}
                        of = near.pop() if len(near) == 1 else None
            if name and (lex.country(name) or name in lex.organisations or name.split()[-1] in NOT_PERSON_HEADS
                         or name.split()[0] in NOT_PERSON_LEADS or len(name.rstrip(".")) == 1):
                # (a lone letter is a name the text lost: "Prime Minister J os Maria Neves")
                name = None
            if name and not of:
                # "Prime Minister Keir Starmer of the United Kingdom": the country right after the name
                after = text.find(name, end)
                om = OF_AFTER_NAME.match(text[after + len(name):]) if after >= 0 else None
                whose = om.group(1).rstrip(".") if om else ""
                if whose and lex.country(whose):
                    of, explicit = lex.country(whose), True
                elif whose and lex.organisations.get(whose):  # "Nguyen Phu Trong of the Vietnamese Communist Party"
                    of, explicit = lex.organisations[whose], True
            if name and not of and prev and prev[1] and text[prev[0]: pstart] == " and " and not title[0].islower() \
                    and not _is_head(role):
                # "Australian Deputy Prime Minister Marles and Foreign Minister Wong": the country said before the
                # first office of a pair is the second's too (never a head's: "Australian Prime Minister Albanese
                # and President Joko Widodo" met as two countries' heads)
                of, explicit = prev[1], True
            if name == appos and ap and ap.group("former") in ("a former", "the former") and not (
                    of and lex.country(of)):
                # "Phumzile Mlambo-Ngcuka, a former deputy president of South Africa" is a clear past office;
                # "Caputo, a former president of the central bank" (which one, when?) is not
                continue
            if name and title in ("Sultan", "Emir", "Sheikh") and not explicit and re.match(
                    r"(?:Al|El|al|bin|Bin|ibn)\b", name):
                continue  # "Sultan Al Jaber": Sultan is his first name, not an office
            if not name and not (country or (of and lex.country(of))):  # "The prime minister of Vanuatu"
                continue
            named_at = text.find(name, end) if name else -1
            # the name too: "Sultan" of "... Lieutenant General Sultan Burkutbayevich Kamaletdinov" is no office
            taken.append((pstart, named_at + len(name) if name and 0 <= named_at - end <= 30 else end))
            # ("Secretary of State for Foreign, Commonwealth and Development Affairs" is the Foreign Secretary)
            role = lex.title_spellings.get(role.lower(), role)
            out.append(Mention(name, role, of, sent, explicit, taken_up=bool(appointee and name == appointee)))
            prev = (taken[-1][1], prefixed or (of if prev and of == prev[1] else None)) if name else None
        out.extend(_led_by(sent))
        out.extend(_shared_title(sent))
        out.extend(_counterpart(sent, [x for x in out if x.sentence is sent]))
    return out


# "Foreign Secretary Liz Truss and her Lithuanian counterpart Gabrielius Landsbergis": a name right after
# "counterpart", with no office of its own between
COUNTERPART_NAMED = re.compile(r"\b(?:his|her|their)\s(?P<where>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s"
                               r"(?:counterpart|opposite\snumber),?\s(?=[A-Z])")


def _counterpart(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The counterpart abroad of the office-holder named before "his/her <Country> counterpart NAME": the office
    the table of counterparts gives for theirs, in the country the demonym names."""
    lex = lexicon()
    text = sent.text
    out: list[Mention] = []
    for m in COUNTERPART_NAMED.finditer(text):
        country = lex.country(m.group("where"))
        if not country or any(text.startswith(t, m.end()) for t in lex.titles if t[0].isupper()):
            continue  # "his Fiji counterpart, Minister for Home Affairs ... Pio": the office is said
        name = name_at(text, m.end())
        if (not name or len(name.split()) < 2 or lex.country(name) or name in lex.organisations
                or any(x.name == name for x in mentions)):
            continue
        owners = [x for x in mentions if x.name and 0 <= text.find(x.name) < m.start()]
        role = lex.counterparts.get(owners[-1].role) if owners else None
        if role and owners[-1].of != country:
            out.append(Mention(name, role, country, sent, True))
    return out


# "Defence Ministers Ron Mark and Dr Ng Eng Hen", "Presidents Joe Biden and Emmanuel Macron": one plural title
# before two names gives each the title
PLURAL_TITLE = re.compile(rf"(?<![\w-])(?P<title>(?:[A-Z][a-z]+\s){{0,2}}[A-Z][a-z]+s)\s"
                          rf"(?P<a>(?:{NAME_TOKEN}\s){{1,3}}{NAME_TOKEN}),?\s(?:and|&)\s"
                          rf"(?:(?:Dr|Mr|Mrs|Ms)\.?\s)?(?P<b>(?:{NAME_TOKEN}\s){{1,3}}{NAME_TOKEN})(?![\w-])")
# "Mr Mark noted that this was his first meeting ... in his capacity as Minister of Defence": the office of the
# sentence's subject
CAPACITY = re.compile(r"\bin\s(?:his|her)\s(?:capacity|role)\sas\s(?:the\s)?(?:new\s)?")
SUBJECT = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?(?P<who>(?:{NAME_TOKEN}\s){{0,3}}{NAME_TOKEN})\s(?:also\s)?"
                     r"[a-z]+(?:ed|s)\b")


def _shared_title(sent: Sentence) -> list[Mention]:
    """Offices given by a plural title before a pair of names, or by "in his capacity as" to the one person
    the sentence names."""
    lex = lexicon()
    text = sent.text
    out: list[Mention] = []
    for m in PLURAL_TITLE.finditer(text):
        if re.search(r"\b(?:former|ex-|then-?|late|past|previous|earlier|outgoing)\s?$", text[: m.start()], re.I):
            continue  # "former Prime Ministers Bob Hawke and Paias Wingti" hold the office no more
        title = m.group("title")[:-1]
        role = next((t for t in lex.titles if t.lower() == title.lower() and t[0].isupper()), None)
        if not role:
            continue
        for name in (m.group("a"), m.group("b")):
            if not (lex.country(name) or name in lex.organisations or name.split()[0] in NOT_NAME):
                out.append(Mention(name, role, None, sent, False))
    cap = CAPACITY.search(text)
    if cap:
        role = next((t for t in sorted(lex.titles, key=len, reverse=True)
                     if t[0].isupper() and text.startswith(t, cap.end())
                     and not re.match(r"[\w-]", text[cap.end() + len(t):])), None)
        subject = SUBJECT.match(text)
        who = subject.group("who") if subject else None
        if role and who and subject and not (lex.country(who) or who in lex.organisations or who.split()[0] in NOT_NAME
                                 or re.search(rf"\b(?:and|with)\s(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?{NAME_TOKEN}",
                                              text[subject.end("who"): cap.start()])):
            out.append(Mention(who, role, None, sent, False))
    return out


# A release's byline: "The Hon Scott Morrison MP, Prime Minister", "Senator the Hon. Marise Payne, Minister
# for Foreign Affairs", "Antony J. Blinken, Secretary of State", or the name on one line and the office on
# the next ("Rt Hon Winston Peters" / "Minister of Foreign Affairs").
_STYLE = re.compile(r"^(?:(?:Senator|Sen\.)\s)?(?:(?:the|The)\s)?(?:(?:Rt\.?|Right)\s)?"
                    r"(?:Hon\.?|Honourable|Honorable)\s|^(?:Dr|Mr|Mrs|Ms|Senator)\.?\s")


def _byline(sentences: list[Sentence], idx: int) -> list[Mention]:
    """The office-holder a release's byline names (a heading line, which sentence rules skip)."""
    text = sentences[idx].text.strip()
    name_part, sep, role = text.partition(", ")
    if not sep and idx + 1 < len(sentences) and sentences[idx + 1].is_heading and _STYLE.match(text):
        name_part, role = text, sentences[idx + 1].text.strip()  # the office on the next line
    elif sep and _STYLE.match(role):
        name_part, role = role, name_part  # "Minister for Foreign Affairs, the Hon Julie Bishop MP": office first
    role = role.strip().rstrip(".")
    name_part = POSTNOMINALS_AT_END.sub("", _STYLE.sub("", name_part.strip()))
    lex = lexicon()
    if not role or not any(role == t or role.startswith(t + " ") for t in lex.titles if t[0].isupper()):
        return []
    if not re.fullmatch(rf"{NAME_TOKEN}(?: (?:[A-Z]\.|{NAME_TOKEN})){{1,4}}", name_part):
        return []
    if lex.country(name_part) or name_part in lex.organisations or name_part.split()[0] in NOT_NAME:
        return []
    return [Mention(name_part, role, None, sentences[idx], False)]


STYLE_WORDS = frozenset({"Excellency", "Excellencies", "Honourable", "Honorable", "Majesty", "Highness", "Hon",
                         "Hon."})
BRACKETED_ALIAS = re.compile(r"\s\([^()]{1,30}\)\s")  # "(“the UK”)" after a country, before a name
EMBASSY = re.compile(r" (?:for|of|at) the ([A-Z][\w]+) Embassy(?: (?:to|in) (?:the )?"
                     r"(?P<to>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}))?")
POSTED_TO = re.compile(r" to (?:the )?(?P<to>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})")
# "for International Security and Non-proliferation", "for Investments, Trade and Industry" (a list needs its
# "and": "for Security, Christopher Ford," stops at the comma)
PORTFOLIO_LIST = re.compile(r"(?:,\s[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})+,?\sand\s[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}"
                            r"(?=,\s)")
SERVES_OFFICE = re.compile(r" to the (?:Presidency|President|Prime Minister|Government|Cabinet|Council of Ministers)\b")
OF_WHOM = re.compile(r" of (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})")
_CAPS = r"[A-Z][\w-]*(?: (?:and |of |for |the )*[A-Z][\w-]*)*"
# ("for Foreign, Commonwealth and Development Affairs": the list's last item may be more than one word)
REMIT_FOR = re.compile(rf" for (?:the )?{_CAPS}(?:(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)*)+,? and [A-Z][\w-]*"
                       r"(?: [A-Z][\w-]*)*)?")
# The last word of a remit, after which a name may follow with no comma ("for Political Affairs Thomas Shannon"):
# a portfolio's, or one that is also a party's or too rare to be kept from names
REMIT_ENDS = PORTFOLIO_ENDS | {"Labour", "Labor", "Non-proliferation", "Nonproliferation"}
# Offices whose remit follows "for": "Minister of State for the Diaspora and International Development", "Special
# Envoy for Climate", "Commissioner for Migration, Home Affairs and Citizenship"
_REMIT_TITLES = ("secretary", "secretary of state", "minister of state", "envoy", "commissioner", "representative")
FORMER_END = re.compile(r"\b(?:[Ff]ormer\s|[Ee]x-)$")
THE_COUNTRYS = re.compile(r"\b(?:country|nation)['’]s\s")


def _posted_to(posting: re.Match[str]) -> str | None:
    """The country an envoy is posted to ("to the UK." at a sentence's end is the UK)."""
    to = posting.group("to")
    return lexicon().country(to) or lexicon().country(to.rstrip("."))


RANK_BEFORE = re.compile(rf"(?<![\w-])((?:{RANK}[\s-])*{RANK})[\s-]$")
NOT_PORTFOLIO = frozenset({"The", "A", "An", "Former", "Then", "Acting", "Interim", "Deputy", "Vice", "Prime",
                           "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                           "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December", "Today", "Yesterday", "On", "In", "At",
                           # a style is no portfolio: "His Excellency Minister Pedro Dos Reis"
                           "His", "Her", "Their", "Excellency", "Excellencies", "Honourable", "Honorable", "Majesty",
                           "Highness"})
CAPITAL_PORTFOLIO = re.compile(r"(?:^|(?<=,\s)|(?<=\s(?:and|the)\s))((?:[A-Z][a-z]+\s){1,3})$")
OF_COUNTRY_AFTER = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])")
COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s(?:counterpart|"
                         r"opposite\snumber),\s$")
POSSESSED = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s(?:new\s)?$")
IS_HOLDER = re.compile(r"(?:,\s[^,]{1,40},)?\s(?:is|was|will be)\s")
OF_AFTER_NAME = re.compile(r" of (?:the )?([A-Z][\w.]*(?: (?:of (?:the )?)?[A-Z][\w.]*){0,6}?)"
                           r"(?=[,.;:)]|\s(?!of\b)[a-z]|\s\(|$)")  # "Jonas Gahr Støre of Norway this afternoon"


def _region_remit(text: str, end: int) -> str | None:
    """"the European Neighbourhood and the Americas" after "Minister for", when every part is a part of the
    world (the longest such run, so the name after it is left whole); None otherwise."""
    m = re.match(r" for ((?:the )?[A-Z][^,;:()]{1,80})", text[end:])
    if not m:
        return None
    words, found = m.group(1).split(), None
    for k in range(1, min(len(words), 9) + 1):
        run = " ".join(words[:k])
        if all(gazetteer().is_world_region(part) for part in run.split(" and ")):
            found = run
    return found


def _led_by(sent: Sentence) -> list[Mention]:
    """"The Greens, led by Adam Bandt", "the agency's emergency committee, chaired by Dimie Ogoina": a named
    body (capitalised, so not "the talks, led by ...") and the person at its head."""
    lex = lexicon()
    text = sent.text
    out: list[Mention] = []
    for m in LED_BY.finditer(text):
        org = re.sub(r"^The\s", "", m.group(1))
        name = name_at(text, m.end())
        if (not name or len(name.split()) < 2 or org.split()[0] in NOT_NAME or lex.country(org)
                or lex.country(name) or name in lex.organisations):
            continue
        out.append(Mention(name, "leader", lex.organisations.get(org, org), sent, True))
    for m in CHAIRED_BY.finditer(text):
        name = name_at(text, m.end())
        if not name or len(name.split()) < 2 or lex.country(name):
            continue
        owner = m.group("owner")
        body = f"{lex.organisations.get(owner, owner)} {m.group('body')}" if owner else None
        out.append(Mention(name, "chair", body, sent, bool(body)))
    return out


_VAGUE_ROLES = frozenset({"leader", "chief", "head"})


def _vague(role: str) -> bool:
    """"leader", "opposition leader": a description that an office named later replaces ("... swear in
    opposition leader Michael Sata as the country's new president"); so does a bare courtesy title ("Ambassador
    John Danilovich, CEO of the Millennium Challenge Corporation")."""
    return role.lower().rsplit(" ", 1)[-1] in _VAGUE_ROLES or role.lower() in _COURTESY_ROLES


_COURTESY_ROLES = frozenset({"ambassador", "senator"})


def _same_person(a: str, b: str) -> bool:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _is_head(role: str) -> bool:
    r = role.lower()
    return any(r == h or r.endswith(" " + h) for h in lexicon().head_roles) and "deputy" not in r and "vice" not in r


def _full_name_of(name: str, body: str, others: list[str]) -> str | None:
    """The one full name the article gives for a person named by one word ("Lee" -> "Lee Myung-bak",
    "Merkel" -> "Angela Merkel"), family name first or last; None when there is none or more than one, or
    another person of the article already has it."""
    if " " in name.strip() or len(name) < 2:
        return None
    lex = lexicon()
    title_words = {w for t in lex.titles for w in t.split()}
    found = set()
    pattern = rf"(?<![\w.-])(?:({NAME_TOKEN})\s{re.escape(name)}|{re.escape(name)}\s({NAME_TOKEN}))(?![\w-])"
    for m in re.finditer(pattern, body):
        other = m.group(1) or m.group(2)
        if other in NOT_NAME or other in title_words or HONORIFIC.fullmatch(other + " ") or lex.country(other) or \
                other in lex.organisations or other.endswith(("'s", "’s")) or other in NOT_PERSON_HEADS:
            continue  # ("Bush Administration's": a possessive or a body's word ends no one's name)
        found.add(m.group(0))
    if len(found) != 1:
        return None
    (full,) = found
    return None if any(_same_person(full, o) for o in others) else full


# "Lee Myung-bak has won the presidential election in South Korea": the winner is the President-elect
# ("won the country’s historic presidential election rerun": whose and what kind of election may come between)
WON_ELECTION = re.compile(r"\s(?:has\s|had\s)?(?:won|wins)\s(?:the\s)?(?:(?:[A-Z][\w-]*\s)+)?"
                          r"(?:(?:country|nation|[A-Z][\w-]*)['’]s\s)?(?:(?:historic|first|landmark|closely\sfought|"
                          r"fresh|disputed|rescheduled)\s)?"
                          r"(presidential|prime ministerial)\s(?:election|elections|race|vote|run-off|runoff|poll)\b")
_ELECTED_TO = {"presidential": "President-elect", "presidental": "President-elect",
               "prime ministerial": "Prime Minister-elect"}
# "Incumbent president Boni Yayi has been confirmed as the winner": the holder re-elected holds the office
_INCUMBENT = re.compile(r"\b(?:incumb[ae]nt|sitting)\s(?P<title>president|prime minister)\s$", re.I)
# "The electoral commission declared Mr. Sata, leader of the Patriotic Front (PF), winner of Tuesday's
# presidential vote": the one declared the winner
# ("declared presidential challenger Muhammadu Buhari of the All Progressives Congress (APC) the winner of Saturday's
# presidential election": a description before the name, the party after it)
DECLARED_WINNER = re.compile(r"\bdeclared\s(?P<who>[^,]{2,40}?)(?:\s(?:of|from)\s(?:the\s)?[A-Z][^,]{2,60}?)?"
                             r"(?:,\s[^,]{1,80},)?\s(?:the\s)?winner\s(?:of|in)\s"
                             r"(?:the\s)?(?:[\w’'-]+\s){0,3}?(?P<office>presidential|prime ministerial)\s"
                             r"(?:election|elections|race|vote|run-off|runoff|poll)\b")

# "Former soccer star George Weah has been declared the winner of Liberia's presidential election"
# ("Incumbent president Boni Yayi has been confirmed as the winner of the 2011 Benin presidential election"; a
# dropped "i", "presidental", is a slip real copy makes)
DECLARED_PASSIVE = re.compile(r"\s(?:has|have|had|was|were)\s(?:been\s)?(?:declared|confirmed\sas|named|announced\sas)"
                              r"\s(?:the\s)?winner\s(?:of|in)\s"
                              r"(?:the\s)?(?P<tail>(?:[\w’'-]+\s){0,3}?(?P<office>presidenti?al|prime ministerial)\s"
                              r"(?:election|elections|race|vote|run-off|runoff|poll))\b")
# "Candidate Mohamed Bazoum is promising to be president to all citizens after being declared winner of Sunday's
# presidential run-off election": the sentence's subject, named before its first verb
DECLARED_AFTER = re.compile(r"\s(?:after|since|upon|following)\s(?:being|having\sbeen)\sdeclared\s(?:the\s)?winner\s"
                            r"(?:of|in)\s(?:the\s)?(?:[\w’'-]+\s){0,3}?(?P<office>presidential|prime ministerial)\s"
                            r"(?:election|elections|race|vote|run-off|runoff|poll)\b")
SUBJECT_VERB = re.compile(r"\s(?:is|was|has|have|had|will|would|says|said|vowed|vows|promised|promises|pledged|"
                          r"pledges|thanked|thanks)\b")


def _election_winners(sentences: list[Sentence]) -> list[Mention]:
    out: list[Mention] = []
    for sent in sentences:
        for m in WON_ELECTION.finditer(sent.text):
            name = name_before(sent.text, m.start())
            if not name and (ap := re.search(r",\s[^,]{2,60},$", sent.text[: m.start()])):
                name = name_before(sent.text, ap.start())  # "Mahmoud Ahmadinejad, Tehran's mayor, has won"
                if not name and (named := name_at(sent.text, ap.start() + 2)) and sent.text[
                        ap.start() + 2 + len(named): m.start()] == ",":
                    name = named  # "the leader of the opposition Malawi Congress Party (MCP), Lazarus Chakwera, won"
            if not name or len(name.split()) < 2 or name.split()[0] in NOT_NAME:
                continue
            # "the Iranian presidential election"; "won the country’s ... election": the one country the sentence names
            places = [c for _, c in countries_in(sent.text[m.start():])]
            if not places and THE_COUNTRYS.search(m.group(0)):
                places = list(dict.fromkeys(c for _, c in countries_in(sent.text[: m.start()])))
                places = places if len(places) == 1 else []
            out.append(Mention(name, _ELECTED_TO[m.group(1)], places[0] if places else None, sent, bool(places)))
        for m in DECLARED_WINNER.finditer(sent.text):
            # the name ends the description ("presidential challenger Muhammadu Buhari"), or is all of it
            name = name_before(sent.text, m.end("who")) or name_at(sent.text, m.start("who"))
            # "declared Mr. Sata": a surname after a courtesy title is a name (written out in full later)
            titled = bool(HONORIFIC.match(sent.text, m.start("who")))
            if not name or name != m.group("who")[-len(name):] or (len(name.split()) < 2 and not titled) \
                    or name.split()[0] in NOT_NAME:
                continue
            out.append(Mention(name, _ELECTED_TO[m.group("office")], None, sent, False))
        for m in DECLARED_PASSIVE.finditer(sent.text):
            name = name_before(sent.text, m.start())
            if not name or len(name.split()) < 2 or name.split()[0] in NOT_NAME:
                continue
            places = [c for _, c in countries_in(m.group("tail"))]  # "Liberia's presidential election"
            role = _ELECTED_TO[m.group("office")]
            held = _INCUMBENT.search(sent.text, 0, m.start() - len(name))
            if held and held.end() == m.start() - len(name):
                role = _canonical_role(held.group("title"))
            out.append(Mention(name, role, places[0] if places else None, sent, bool(places)))
        for m in DECLARED_AFTER.finditer(sent.text):
            verb = SUBJECT_VERB.search(sent.text, 0, m.start())
            name = name_before(sent.text, verb.start()) if verb and "," not in sent.text[: verb.start()] else None
            if not name or len(name.split()) < 2 or name.split()[0] in NOT_NAME:
                continue
            # "Niger ruling PNDS party candidate ...": the one country the sentence names
            places = list(dict.fromkeys(c for _, c in countries_in(sent.text)))
            out.append(Mention(name, _ELECTED_TO[m.group("office")], places[0] if len(places) == 1 else None, sent,
                               len(places) == 1))
    return out


def extract_leaders(sentences: list[Sentence], source: str) -> list[Fact]:
    """One leader fact per person (first full name, best role), later mentions folded in."""
    mentions = find_mentions(sentences)
    named = {m.name for m in mentions if m.name}
    mentions += [m for m in _election_winners(sentences) if not any(_same_person(m.name or "", n) for n in named)]
    people: list[dict] = []
    descriptions: list[Mention] = []
    for mn in mentions:
        if not mn.name:
            descriptions.append(mn)
            continue
        for p in people:
            if _same_person(p["name"], mn.name):
                if p["role"].startswith(("former ", "ex-", "then-")) and not mn.role.startswith(
                        ("former ", "ex-", "then-")):
                    # "brought back former Prime Minister David Cameron as Foreign Secretary": the office he
                    # holds now is the fact to ask about
                    p["role"], p["of"] = mn.role, mn.of or p["of"]
                if mn.taken_up and not p["taken_up"] and not mn.role.startswith(("former ", "ex-", "then-")) and (
                        mn.of or not p["of"]):  # "sworn in as president" (of what?) keeps "leader of the ANC"
                    # "Ban Ki-moon, South Korean foreign minister, officially assumed his post as United Nations
                    # Secretary-General": the office taken up is the news, the appositive the one left
                    p["role"], p["of"], p["taken_up"] = mn.role, mn.of, True
                if len(mn.name) > len(p["name"]):
                    p["name"] = mn.name
                if _vague(p["role"]) and not _vague(mn.role) and not mn.role.startswith(
                        ("former ", "ex-", "then-")) and (not p["of"] or p["of"] == mn.of):
                    # "Cuban leader Raul Castro" ... "Cuban President Raul Castro": the office is the fact
                    p["role"], p["of"] = mn.role, mn.of or p["of"]
                elif mn.role.lower().startswith(p["role"].lower() + " ") and (not p["of"] or not mn.of
                                                                          or p["of"] == mn.of):
                    # a headline's "Rwandan Minister Dr Vincent Biruta", then "Minister for Foreign Affairs and
                    # International Co-operation": the same office, said in full
                    p["role"], p["of"] = mn.role, p["of"] or mn.of
                if not p["of"] and mn.of and f" of {mn.of}" not in p["role"]:
                    # (never a second time: "Secretary of State for Trade of Spain, Presidency-in-Office ...")
                    p["of"] = mn.of
                if mn.sentence.text not in p["quotes"]:
                    p["quotes"].append(mn.sentence.text)
                break
        else:
            people.append({"name": mn.name, "role": mn.role, "of": mn.of, "quotes": [mn.sentence.text],
                           "notes": None, "taken_up": mn.taken_up})
    # "India's prime minister", "the Kremlin chief": give the one matching person its country.
    for d in descriptions:
        role = d.role.lower()
        if role in ("chief", "head of state", "head of government", "leader"):
            cands = [p for p in people if _is_head(p["role"]) and p["of"] in (None, d.of)]
        else:
            cands = [p for p in people if p["role"].lower() == role and p["of"] in (None, d.of)]
        same = [p for p in cands if p["of"] == d.of]
        if same:
            cands = same
        if len(cands) == 1:
            p = cands[0]
            if not p["of"]:
                p["of"] = d.of
                p["notes"] = f"'of' from a later description: \"{_describe(d)}\"."
            if d.sentence.text not in p["quotes"]:
                p["quotes"].append(d.sentence.text)
        elif not cands and (lede := _named_next(d, sentences, people)):
            people.append(lede)
    people += _predecessors(sentences, people)
    _replacements(sentences, people)
    # Surnames used alone elsewhere ("Chinh", "Trong") become aliases when only one person has them.
    body = " ".join(s.text for s in sentences)
    for p in people:
        full = _full_name_of(p["name"], body, [q["name"] for q in people if q is not p])
        if full:
            p["name"] = full  # "President Lee" where the article says "Lee Myung-bak" before
    facts: list[Fact] = []
    for p in people:
        aliases: list[str] = []
        words = p["name"].split()
        if len(words) > 1 and words[0].lower() == p["role"].split()[0].lower():
            # "Her Majesty Queen Elizabeth II, the Queen of Canada": the office is no part of the name
            aliases.append(p["name"])
            p["name"] = " ".join(words[1:])
            words = words[1:]
        tokens = [t for t in words if t.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV") and t[0].isupper()]
        if len(words) > 2 and words[-2][0].islower():
            # "Ursula von der Leyen" -> "von der Leyen"
            i = len(words) - 2
            while i > 0 and words[i - 1][0].islower():
                i -= 1
            tail = " ".join(words[i:])
            if word_starts(body.replace(p["name"], ""), tail, "-"):
                aliases.append(tail)
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss|The|the)\.?\s{re.escape(tail)}(?![\w-])", body):
                # "Ms. Simpson Miller" of Portia Simpson Miller: a two-word family name, which the surname
                # alone ("Miller") is not
                aliases.append(tail)
                break
        for tok in tokens if len(tokens) > 1 else ():
            if any(tok in a.split() for a in aliases) or re.search(r"\bthe\b", p["name"]) or len(tok) <= 2:
                continue  # "Il" of "Kim Jong Il" is no name anyone is called by
            shared = any(tok in q["name"].split() for q in people if q is not p)
            for alone in word_starts(body, tok, "-"):
                if _NAME_AFTER.match(body, alone + len(tok)):
                    continue  # "Lee" of "Lee Myung-bak"
                if not shared and not _NAME_BEFORE.search(body, max(0, alone - 120), alone):
                    aliases.append(tok)
                    break
        fields: list[tuple[str, object]] = [("name", p["name"]), ("role", p["role"])]
        if p["of"]:
            fields.append(("of", p["of"]))
        facts.append(Fact("leader", tuple(fields), tuple(Quote(source, q) for q in p["quotes"]),
                          aliases=tuple(aliases), notes=p["notes"], hint=slug(f"{p['name']} {p['role']}", 7)))
    return facts


# a name (and its particles) right before a word, or a name right after it: "Lee" of "Tae Lee" or of "Lee Myung-bak"
# is no name of its own
_NAME_BEFORE = re.compile(rf"{NAME_TOKEN} (?:(?:da|de|von|van|der|bin|al) )*$")
_NAME_AFTER = re.compile(rf" {NAME_TOKEN}")
# A lede that names the office and leaves the name to the next sentence: "Iceland's prime minister says his
# ruling coalition has collapsed ... Geir Haarde said he will speak to the president", "The prime minister of
# Vanuatu has lost his seat ... Edward Natapei was ousted after the vote"
_OPENS_WITH_OFFICE = re.compile(r"^(?:The\s|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?['’]s\s)")
_LEFT_OFFICE = re.compile(r"\b(?:was|were|has been|had been)\s(?:ousted|removed|toppled|deposed|sacked|dismissed)\b|"
                          r"\b(?:lost|loses)\s(?:his|her)\s(?:seat|post|job|office)\b|\b(?:resigned|stepped\sdown)\b")


def _named_next(d: Mention, sentences: list[Sentence], people: list[dict]) -> dict | None:
    """The person the sentence after a lede's office names as its subject, holding that office (a former one if
    that sentence says the person was ousted or resigned); None unless the lede opens with the office, names its
    country, and the next sentence opens with a full name nobody else holds an office by."""
    if not d.of or not _OPENS_WITH_OFFICE.match(d.sentence.text) or d.role.lower() in ("chief", "leader"):
        return None
    at = d.sentence.index + 1  # a sentence's index is its place in the article's list
    if at >= len(sentences) or sentences[at].index != at or sentences[at].is_heading:
        return None
    text = sentences[at].text
    name = name_at(text, 0)
    if not name or len(name.split()) < 2 or not re.match(r"\s(?:[a-z]+)\b", text[len(name):]):
        return None
    if any(_same_person(p["name"], name) for p in people) or lexicon().country(name):
        return None
    role = _canonical_role(d.role)
    role = f"{role[:1].upper()}{role[1:]}"
    if _LEFT_OFFICE.search(text):
        role = f"former {role}"
    return {"name": name, "role": role, "of": d.of, "quotes": [d.sentence.text, text],
            "notes": f"office from the sentence before: \"{_describe(d)}\".", "taken_up": False}


# "Sato Kilman, the deputy prime minister until the motion was passed, has been sworn in as Natapei's replacement"
REPLACEMENT = re.compile(rf"(?:,\s[^,]{{1,80}},)?\s(?:has\sbeen|was|is|will\sbe)\s(?:sworn\sin|appointed|named|elected|"
                         rf"installed)\sas\s(?P<who>{NAME_TOKEN})['’]s\s(?:replacement|successor)\b")


def _replacements(sentences: list[Sentence], people: list[dict]) -> None:
    """Whoever is sworn in as someone's replacement takes that person's office, who holds it no more."""
    for sent in sentences:
        for m in REPLACEMENT.finditer(sent.text):
            name = name_before(sent.text, m.start())
            new = [p for p in people if name and _same_person(p["name"], name)]
            old = [p for p in people if m.group("who") in p["name"].split() and p not in new]
            if len(new) != 1 or len(old) != 1:
                continue
            office = re.sub(r"^(?:former|ex-|then-)\s?", "", old[0]["role"])
            new[0].update(role=office[:1].upper() + office[1:], of=old[0]["of"] or new[0]["of"], taken_up=True)
            if not old[0]["role"].startswith(("former ", "ex-", "then-")):
                old[0]["role"] = f"former {old[0]['role']}"
            if sent.text not in new[0]["quotes"]:
                new[0]["quotes"].append(sent.text)


# "Ri's predecessor, Ri Su Yong", "his predecessor Kofi Annan": who held the office before its holder
PREDECESSOR = re.compile(rf"(?:\b(?P<who>{NAME_TOKEN})['’]s|\b(?P<pro>[Hh]is|[Hh]er))\s(?:immediate\s)?predecessor,?\s"
                         rf"(?P<name>{NAME_TOKEN}(?:\s{NAME_TOKEN}){{1,3}})")


def _predecessors(sentences: list[Sentence], people: list[dict]) -> list[dict]:
    """The people named as someone's predecessor, with that office as a former one ("former Foreign Minister"):
    whose predecessor is the person the possessive names, or for "his"/"her" the one person whose office the
    story is about (taken up in it)."""
    out: list[dict] = []
    for sent in sentences:
        for m in PREDECESSOR.finditer(sent.text):
            name = name_at(sent.text, m.start("name"))
            if not name or len(name.split()) < 2 or any(_same_person(p["name"], name) for p in people + out):
                continue
            if m.group("who"):
                holders = [p for p in people if m.group("who") in p["name"].split()]
            else:
                holders = [p for p in people if p["taken_up"]]
            if len(holders) != 1 or holders[0]["role"].startswith(("former ", "ex-", "then-")):
                continue
            holder = holders[0]
            out.append({"name": name, "role": f"former {holder['role']}", "of": holder["of"],
                        "quotes": [sent.text], "notes": f"'role' from \"{m.group(0)}\": {holder['name']}'s "
                                                        "predecessor.", "taken_up": False})
    return out


def _describe(m: Mention) -> str:
    text = m.sentence.text
    i = text.lower().find(m.role.lower())
    return text[max(0, i - 20): i + len(m.role)].split(", ")[-1].strip() if i >= 0 else m.role


# "Priti Patel: Extra UK aid to Dominica following deadly Hurricane Maria" (a GOV.UK headline names its minister)
_HEADLINE_SPEAKER = re.compile(rf"((?:{NAME_TOKEN}\s){{1,2}}{NAME_TOKEN}):\s")


def headline_holder(title: str, sentences: list[Sentence], leaders: list[Fact], source: str) -> list[Fact]:
    """The minister a release's headline names ("Priti Patel: Extra UK aid to Dominica ...") whom the body calls
    only by office ("..., the International Development Secretary announced") and by courtesy title ("Ms Patel
    announced"): a government's release about its own minister. One leader fact, or none unless the body has
    that courtesy name, exactly one office written bare ("the" and a title, no name after it), and nobody
    already holds the surname."""
    m = _HEADLINE_SPEAKER.match(title.strip())
    if not m:
        return []
    lex = lexicon()
    name = m.group(1)
    surname = name.split()[-1]
    if lex.country(name) or name in lex.organisations or name.split()[-1] in NOT_PERSON_HEADS or \
            name.split()[0] in NOT_PERSON_LEADS | STYLE_WORDS or any(
                surname in str(f.get("name")).split() for f in leaders):
        return []
    courtesy = re.compile(rf"\b{HONORIFIC.pattern}{re.escape(surname)}(?![\w-])")
    said = [s for s in sentences if not s.is_heading and courtesy.search(s.text)]
    offices: dict[str, tuple[Sentence, str]] = {}
    for s in sentences:
        for t in _title_re().finditer(s.text):
            before, after = s.text[:t.start()], s.text[t.end():]
            # "the International Development Secretary": a portfolio in capitals is part of the office
            bare = re.search(r"\b[Tt]he\s((?:[A-Z][\w-]*\s){0,3})$", before)
            if bare and not re.match(rf"(?:\s(?:of|for)\b|,?\s{NAME_TOKEN})", after):
                portfolio = bare.group(1) if not lex.country(bare.group(1).strip()) else ""
                offices.setdefault(fold(portfolio + t.group(1)), (s, portfolio + t.group(1)))
    if not said or len(offices) != 1:
        return []
    ((where, office),) = offices.values()
    role = office if " " in office else _canonical_role(office)
    quotes = list(dict.fromkeys([where.text, said[0].text]))
    called = courtesy.search(said[0].text)
    return [Fact("leader", (("name", name), ("role", role[:1].upper() + role[1:])),
                 tuple(Quote(source, q) for q in quotes), aliases=(surname,),
                 notes=f"name from the headline (\"{m.group(0).strip()}\"), office from \"the {office}\" and "
                       f"\"{called.group(0) if called else surname}\" in the text; check it.",
                 hint=slug(f"{name} {role}", 7))]
