"""Agreements: treaties, pacts, memoranda, deals and partnerships, with their parties as names.

Parties are the countries and organisations the sentence names (demonyms and capitals folded to
countries: "Moscow agreed" is Russia), plus the leaders' countries; "the two sides" and "both
countries" stand for the article's two main countries. A definite mention ("the treaty", "the deal")
refers back to an agreement already found and adds its quote there rather than a new fact, and
hypotheticals ("would breach", "could sign") and anything inside quotation marks are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..text import word_starts
from . import phrases
from .data import lexicon
from .dates import find_dates
from .entities import NOT_NAME, countries_in, organisations_in, subdivisions_in
from .facts import Fact, Quote, slug
from .sentences import Sentence

TRIGGER = re.compile(r"(?<![\w-])(treaty|treaties|pact|pacts|agreement|agreements|accord|accords|memorandum|memoranda|"
                     r"MoU|MoUs|MOU|MOUs|deal|deals|partnership|partnerships|convention|protocol|roadmap|contract|contracts|"
                     # a ceasefire or truce is agreed between the sides of a war ("signed a permanent ceasefire with")
                     r"ceasefire|cease-fire|truce|armistice|"
                     r"joint statement|joint declaration|joint communiqu[eé]|declaration|(?-i:Arrangements?)|"
                     r"(?-i:(?<=[a-z]\s)Compacts?(?!\s(?:of|Review|Negotiations?)\b)))(?![\w-])",
                     re.I)
# "deal with" is the verb after a modal, "to" or a pronoun ("struggled to deal with"), and after a plural
# subject ("courts deal with"); after a determiner, a year or a modifier it is the noun: "his 2018 peace
# deal with neighboring Eritrea", "a trade deal with Japan"
NOT_TRIGGER = re.compile(r"(?:great|good|big|whole) deal(?! with)|"
                         r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )"
                         r"(?<!peace )(?<!trade )(?<!gas )(?<!oil )(?<!arms )(?<!supply )(?<!security )"
                         r"(?<!\d\d\d\d )deal with|deals with|in agreement|"
                         r"in partnership|the deal(?:s)? of", re.I)
DETERMINER = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any",
              "no", "new", "various", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "ten", "dozen", "more", "some", "earlier", "previous", "separate", "both"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
COLLECTIVE = re.compile(r"\b(?:the two (?:sides|governments|countries|nations|leaders|men|states|ministers|"
                        r"presidents|delegations)|both (?:sides|governments|countries|nations|leaders|states|"
                        r"ministers|prime ministers|presidents|foreign ministers)|"
                        # "The Prime Ministers signed a Joint Partnership Declaration": the two leaders of the pair
                        r"the (?:prime ministers|presidents|foreign ministers|heads of (?:state|government))|"
                        r"their countries|our (?:two )?(?:countries|nations)|each other|bilateral|"
                        r"former (?:enemies|foes|rivals)|their annual|[Tt]heir (?:summit|talks|meeting))\b", re.I)
# an infinitive right before the trigger word: "to expand partnerships", "to deepen the partnership"
TO_VERB_BEFORE = re.compile(r"\bto\s(?:further\s|jointly\s)?(?:expand|deepen|strengthen|broaden|build|develop|enhance|"
                            r"explore|pursue|seek|negotiate|upgrade|elevate|advance|boost|forge|establish|launch|"
                            r"work\stowards?|conclude|finalise|finalize|reach)\s(?:(?:an?|the|their|its|new|"
                            r"closer|stronger|further|bilateral|strategic|comprehensive)\s){0,3}$")
REFERRED_TO = re.compile(r"\b(?:under|within|through|via|in line with|as part of|pursuant to|in accordance with|"
                         r"progress on|implementation of|implementing|implement)\s(?:the\s|this\s|their\s|its\s)?"
                         r"(?:[A-Z][\w'’-]*\s){0,6}$")
CLAUSE_BETWEEN = re.compile(r",\s(?:and|but|while|which|who|as|[a-z]+ing)\b|"
                            r"\b(?:when|whereas|until|after|before|once)\b|;")
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|should|if)\b", re.I)
_WAR_ENDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# one still to be signed: "until both sides sign a comprehensive peace deal", "a deal, which is expected to be
# completed later this week" (a present-tense signing after a time word, or a completion still expected)
PENDING_BEFORE = re.compile(r"\b(?:until|unless|once|when|before)\s(?:[^,;.]{0,60}\s)?(?:sign|agree|conclude|reach|"
                            r"finalise|finalize|complete)\s(?:[\w'’-]+\s){0,5}$", re.I)
PENDING_AFTER = re.compile(r"[^.;]{0,60}?\b(?:is|are)\s(?:expected|due|scheduled|set|yet)\sto\sbe\s(?:completed|signed|"
                           r"finali[sz]ed|concluded|agreed|reached)\b", re.I)
VERBAL = re.compile(r"\b(?:agreed|agree|agreeing)\s+(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday)\s+)?(?:on|to|upon)\s+(?!buy\b|purchase|acquire|order\b|sell\b|meet\b|hold\b|discuss|"
                    r"talk|visit|step down|resign|pay\b|disagree|"
                    # a shared view is no agreement between parties: "agreed on the need to strengthen ..."
                    r"the (?:need|importance|value|necessity|urgency|significance|benefits?|priority|role|"
                    r"threat|challenge|danger|risk)s?\b|the (?:continued|ongoing) importance)"
                    r"((?:(?:an?|the)\s|[a-z]+\s)[^,;:.]+)")
PURCHASE = re.compile(r"((?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*)\s(?:had |has |have )?(?:agreed to|will|is to) "
                      r"(?:buy|purchase|acquire|order|take over)\s((?:[\w,.$€-]+\s){0,5}?)"
                      r"((?:[A-Z][\w&-]*)(?:\s[A-Z][\w&-]*){0,2})")
# "Hewlett Packard Enterprise said Tuesday it will buy Juniper Networks"
PURCHASE_SAID = re.compile(r"((?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*)\ssaid(?: on)?(?: \w+day)?(?: that)? it "
                           r"(?:had |has )?(?:agreed to|will|is to) (?:buy|purchase|acquire|take over)\s()")
# "Y's takeover of X", "the acquisition of X by Y": a purchase named as a noun
TAKEOVER = re.compile(r"((?:[A-Z][\w&-]*\s){0,2}[A-Z][\w&-]*)(?:'s|’s)\s(?:[\w.$€-]+\s){0,3}?"
                      r"(?:takeover|acquisition|purchase) of\s((?:[a-z][\w-]*\s){0,3})"
                      r"((?:[A-Z][\w&-]*)(?:\s[A-Z][\w&-]*){0,2})")
# a deal that is only wanted, offered, weighed or under negotiation is not an agreement: "a proposed side
# deal", "talks on a free trade agreement", "a draft accord", "an offer for X was rejected"
NOT_AGREED = re.compile(r"\b(?:proposed|proposal|draft|possible|potential|planned|mooted|prospective|rumou?red|"
                        # one still to come: "including through a future Clean Tech Partnership"
                        r"future|upcoming|forthcoming|eventual|"
                        # one that already binds them: "reaffirmed the enduring partnership between the UK and ..."
                        r"reaffirm(?:ed|s|ing)?|enduring|long-?standing|"
                        r"hypothetical|would-be|talks|negotiations?|negotiating|discuss(?:ing|ed|ions?)?|seek(?:ing|s)?|"
                        r"sought|push(?:ing|es)? for|pursu(?:ing|e|es)|hop(?:es?|ing) for|wants?|offer(?:ed|s)?|"
                        r"bid|block(?:ed|s)?|scrap(?:ped|s)?|abandon(?:ed|s)?|dropped|collapsed|"
                        r"oppos(?:es?|ed|ing)|rejects?|"
                        # a goal: "we were determined to secure an agreement", "aims to conclude a deal"
                        r"determined|determination|intends?|intended|intention|aims?|aimed|aiming|plans?|planning|"
                        r"ready|keen|eager|expects?|expected|committed|"
                        # work begun on a deal, a framework for one, a view of one: nothing signed yet
                        r"work|begun|began|begin|beginning|start(?:ed|ing)?|explor(?:e|ed|ing)|framework for|"
                        r"importance|need|value|indispensable|towards|"
                        # a comparison names an old agreement, not one these parties made: "the biggest since the
                        # 1994 North American Free Trade Agreement"
                        r"since|unlike|like|compared (?:with|to))\s(?:(?!(?:signed|signing|agreed|"
                        r"struck|sealed|reached|"
                        r"inked|concluded|"
                        r"clinched)\b)(?:on|over|about|for|towards?|of|to|a|an|the|new|"
                        r"[a-z0-9][\w.-]*)\s){0,6}$", re.I)
# "A signed X, and B agreed Y": a second clause with its own subject and agreeing verb is its own agreement
CLAUSE_SPLIT = re.compile(r"(?:,|;) (?:and |while |but )?(?=(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} "
                          r"(?:also )?(?:signed|agreed|struck|sealed|inked|reached|concluded)\b)")
WHEN_WORDS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
              "August|September|October|November|December|which|whom|whose")
# (never a date: "signed the ... Agreement on 18 July")
QUAL = re.compile(rf"\s(?:of|on|for|covering|covers|to)\s(?!(?:{WHEN_WORDS})\b|\d{{1,2}}(?:st|nd|rd|th)?\s)"
                  rf"(?:[\w'’-]+\s?){{1,6}}")
FUNCTION = {"sign", "signs", "signing", "conclude", "concludes", "reach", "reaches", "agree", "agrees", "seal", "ink",
            "strike", "adopt", "ratify",
            "signed", "and", "of", "on", "in", "to", "agreed", "inked", "sealed", "announced", "them", "among", "it",
            "they", "he", "she", "we", "with", "by", "for", "at", "as", "from", "into", "also", "had", "has", "have",
            "was", "were", "is", "are", "be", "been", "which", "that", "who", "where", "when", "or", "but"}
AGREEING = re.compile(r"\b(?:signed|sign|signing|agreed|agree|inked|sealed|concluded|announced|reached|struck|adopted|"
                      r"clinched|approved|ratified|forged|entered|declared|launched|established|brokered|"
                      r"mediated)\b", re.I)
NUMBERISH = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", re.I)
QUAL_STOP = re.compile(r"\s(?:in|signed|that|which|between|with|and|after|before|by|was|were|is|are|had|has|"
                       r"will|among|to|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def main_countries(sentences: list[Sentence], title: str, leader_countries: dict[str, str]) -> list[str]:
    """The two countries the article is about: most often named (ties: first named)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    texts = [title] + [s.text for s in sentences]
    pos = 0
    for t in texts:
        for _, c in countries_in(t):
            counts[c] += 1
            first.setdefault(c, pos)
            pos += 1
        for name, c in leader_countries.items():
            n = len(re.findall(rf"\b{re.escape(name)}\b", t))
            if n:
                counts[c] += n
                first.setdefault(c, pos)
                pos += 1
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return ranked[:2]




def _parties(text: str, leader_countries: dict[str, str]) -> list[str]:
    # "PRETORIA, South Africa (AP) — Ethiopia's government ... agreed": the dateline is where the news
    # was filed, not a party
    dl = phrases.DATELINE.match(text)
    if dl:
        text = " " * dl.end() + text[dl.end():]
    got = _between(text)
    if got:
        return got
    # "Israel and Hamas reached an agreement ..., Qatari Prime Minister X announced": the two subjects of the
    # agreeing verb are the parties; a mediator or announcer named elsewhere in the sentence is not one
    m = re.search(r"(?:^\s*|[-—–:] )(?:the )?([A-Z][\w' ]+?) and (?:the )?([A-Z][\w' ]+?) (?:have |had |has )?"
                  r"(?:reached|signed|struck|sealed|agreed|inked|concluded)\b", text)
    if m:
        got = []
        for part in (m.group(1), m.group(2)):
            # "QatarEnergy and Britain's Centrica signed": the companies signed, not Qatar and Britain
            owned = re.fullmatch(r"(?:(?P<c>[A-Z][\w.]*)['’]s )?(?P<n>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})", part.strip())
            cs = countries_in(part) or organisations_in(part)
            name = owned.group("n") if owned else ""
            company = owned is not None and (bool(owned.group("c") and countries_in(owned.group("c")))
                                       or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w+|[A-Z]{2,}", name)))
            if (company and not countries_in(name) and not organisations_in(name) and name.split()[0] not in NOT_NAME
                    and not any(name in n or n.split()[-1] == name for n in leader_countries)):
                got.append(name)
            elif len(cs) == 1:
                got.append(cs[0][1])
        if len(got) == 2 and got[0] != got[1]:
            return got
    # ("a ceremony that took place in Brussels": a capital where something happens is no party; "Moscow agreed" is)
    found: list[tuple[int, str]] = [(pos, c) for pos, c in countries_in(text) if not _adjective_only(text, pos, c)
                                    and not (_CITY.match(text, pos) and not text.startswith(c, pos)
                                             and _WHERE.search(text[:pos]))]
    for pos, org in organisations_in(text):
        if _MEANS.search(text[:pos]):
            continue  # "the United States, through the Millennium Challenge Corporation, signed": a means, no party
        # a country's ruling party signs for the country: "Communist Party of Vietnam" -> Vietnam
        tail = countries_in(org)
        found.append((pos, tail[-1][1] if tail and org.endswith(tail[-1][1]) else org))
    for name, c in leader_countries.items():
        for mm in re.finditer(rf"\b{re.escape(name)}\b", text):
            found.append((mm.start(), c))
    # a province or state acts for itself ("the Government of Canada and British Columbia"); where something
    # happens ("projects in Ontario", "signed in New York") names no party
    found += [(pos, d) for pos, d in subdivisions_in(text) if not _LOCATIVE.search(text[:pos])]
    # a country inside a group's name ("Sudan" of "the Sudan Liberation Movement") is that group; named
    # elsewhere ("the Sudanese government signed ... with the Sudan Liberation Movement") it is a party too
    lex = lexicon()  # (a party that is a country is named by its canonical name: "lex.country(p) == p")
    named = [(pos, pos + len(p)) for pos, p in found if text.startswith(p, pos) and lex.country(p) != p]
    found = [(pos, p) for pos, p in found if not (lex.country(p) == p and any(a <= pos < b for a, b in named))]
    out: list[str] = []
    for _, p in sorted(found):
        if p not in out and not any(p != o and p in o and lex.country(p) != p for o in out):
            out = [o for o in out if not (o != p and o in p and lex.country(o) != o)]
            out.append(p)
    return out


# "between the Ugandan government and the rebel Lord's Resistance Army": one side and the other
_SIDE = r"(?:the )?(?:(?:rebel|militant|armed|opposition|insurgent|separatist|ruling|military)\s)?[A-Z][\w'’ ]+?"
BETWEEN = re.compile(rf"\bbetween ({_SIDE}) and ({_SIDE})\b(?:[,.;:]|\s[a-z]|$)")


def _between(text: str) -> list[str]:
    """The two sides of "between A and B" when both are countries, bodies, groups or provinces; else []."""
    m = BETWEEN.search(text)
    if not m:
        return []
    got = []
    for part in (m.group(1), m.group(2)):
        cs = countries_in(part) or organisations_in(part) or subdivisions_in(part)
        if cs:
            got.append(cs[0][1])
    return got if len(got) == 2 and got[0] != got[1] else []


_LEAD = 3  # the sentences after the headline that state what the story is about


def story_pair(sentences: list[Sentence], title: str, leader_countries: dict[str, str]) -> list[str]:
    """The two sides of the story: the pair its headline or lead sets "between" each other ("a war between the
    Ugandan government and the rebel Lord's Resistance Army"), else its two most named countries."""
    for text in [title] + [s.text for s in sentences[:_LEAD]]:
        sides = _between(text)
        if sides:
            return sides
    return main_countries(sentences, title, leader_countries)


_CITY = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")  # a capital's name, never a short form ("UK", "U.S.")
_WHERE = re.compile(r"\b(?:in|at)\s$")
_MEANS = re.compile(r",\s(?:through|via)\s(?:the\s)?$", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|across|throughout|from|to|into|near|around|outside|inside|within|of)\s(?:the\s)?"
                       r"(?:(?:province|state|city|region) of\s)?$", re.I)


def _seller(tail: str) -> str | None:
    """The company bought, from the words after "agreed to buy": the first capitalised name that is not a
    nationality describing it ("Dutch vaccine maker Mucosa Biologics" -> Mucosa Biologics) nor a number."""
    for mm in re.finditer(r"(?<![\w$€£-])([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2})", tail[:90]):
        name = mm.group(1)
        if name in ("The", "A", "An", "Its", "Their"):
            continue
        hit = countries_in(name)
        if hit and hit[0][0] == 0 and re.match(r"\s[a-z]", tail[mm.end():]) and hit[0][1] != name:
            continue  # a demonym before a lower-case noun: "Dutch vaccine maker ..."
        if re.search(r"[,;:.]", tail[: mm.start()]):
            return None  # the name is past the clause: "agreed to buy 100 jets, Boeing said"
        return name
    return None


PRODUCT_AFTER = re.compile(r"\s(?:fighter\s)?(?:jets?|aircraft|planes?|helicopters?|tanks?|ships?|frigates?|"
                           r"submarines?|missiles?|vehicles?|trains?|systems?|vaccines?|doses?)\b")


def _purchase(text: str) -> tuple[str, str, int, bool] | None:
    """(buyer, seller, start) for "X agreed to buy / will acquire Y" or "X's takeover of Y"; none when the
    purchase is only proposed, offered or negated ("X's proposed takeover of Y", "would buy")."""
    for rx in (PURCHASE, PURCHASE_SAID, TAKEOVER):
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 60): m.start() + len(m.group(0))]
            if re.search(r"\b(?:not|never|no|would|could|might|may|if)\b|n['’]t\b", before) or NOT_AGREED.search(
                    text[max(0, m.start() - 60): m.start(2)]) or re.search(
                    r"\b(?:proposed|planned|possible|potential|rejected|blocked|abandoned|hostile)\b", m.group(0)):
                continue
            buyer = m.group(1).split()
            while buyer and buyer[0] in ("The", "A", "An", "But", "And", "Shares", "Last", "In", "On"):
                buyer.pop(0)
            seller = _seller(text[m.end(2) if rx is TAKEOVER else m.start(2):])
            at = text.find(seller, m.start(2)) if seller else -1
            if seller and (re.search(r"\d", seller) or at >= 0 and PRODUCT_AFTER.match(text, at + len(seller))):
                continue  # "will purchase 12 new F35A fighter jets": a product bought, not a company taken over
            if buyer and seller and " ".join(buyer) != seller:
                return " ".join(buyer), seller, m.start(), rx is TAKEOVER
    return None


# A counterparty inside one country ("President Mugabe and opposition leaders have signed"): the deal is not
# with the article's other country (South Africa only brokered it), so no second country is supplied.
DOMESTIC = re.compile(r"\b(?:opposition|rebels?|rival|rivals|factions?|militias?|insurgents?|separatists?|"
                      r"political\s+parties|unions?|protesters)\b", re.I)


def _clauses(sentences: list[Sentence]) -> list[tuple[int, Sentence]]:
    """(index, sentence) pairs, with a sentence that joins two agreements in clauses of their own ("Uruguay
    and Germany signed a memorandum ..., and Brazil agreed a partnership with the EU ...") split in two, so
    that each agreement gets its own parties rather than all four."""
    out: list[tuple[int, Sentence]] = []
    for idx, sent in enumerate(sentences):
        cuts = [m.start() for m in CLAUSE_SPLIT.finditer(sent.text)]
        bounds = [0, *cuts, len(sent.text)]
        parts = [(a, sent.text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if len(parts) > 1 and all(TRIGGER.search(t) for _, t in parts):
            for a, t in parts:
                lead = len(t) - len(t.lstrip(",; ").removeprefix("and ").removeprefix("while ").removeprefix("but "))
                out.append((idx, replace(sent, text=t[lead:], start=sent.start + a + lead)))
        else:
            out.append((idx, sent))
    return out


NAMED = re.compile(r"(?<![\w-])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}) (?:(?:last|this) (?:week|month|year) |"
                   r"on \w+day |also |has |have |had )?(?:signed|agreed|struck|sealed|inked|concluded|reached) "
                   r"(?:a|an) [^,;.]{0,60}?\bwith (?:the )?(?:[a-z][\w-]* ){0,3}"
                   r"([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}(?: and [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2})?)")
NOT_SUBJECT = {"The", "A", "An", "In", "On", "At", "But", "And", "Separately", "However", "Meanwhile", "Also", "It",
               "They", "He", "She", "We", "Last", "This", "That", "Earlier", "Later", "Then", "Both"}


def _named_parties(text: str) -> list[str]:
    """Parties named as the subject and the partner of a signing verb, for companies and bodies the word
    lists do not know: "Juniper last month agreed a partnership with Microsoft", "The European Commission
    signed a framework contract with vaccine maker CSL Seqirus". Empty unless both sides are names."""
    m = NAMED.search(text)
    if not m:
        return []
    subject = m.group(1).split()
    while subject and subject[0] in NOT_SUBJECT:
        subject.pop(0)
    if not subject or subject[0] in NOT_SUBJECT or subject[-1] in WHEN_WORDS.split("|"):
        return []
    out: list[str] = []
    for name in [" ".join(subject), *m.group(2).split(" and ")]:
        name = re.sub(r"\s(?:on|in|for|to|of)$", "", name)
        known = countries_in(name) or organisations_in(name)
        p = known[0][1] if len(known) == 1 else name
        if p in WHEN_WORDS.split("|") or p in NOT_SUBJECT:
            return []
        if p not in out:
            out.append(p)
    return out if len(out) >= 2 else []


_GOAL = re.compile(r"\b(?:join|joins|joined|joining|membership (?:of|in)|accession to|entry into|member of|"
                   r"members of|closer to|bid for|bid to join)\s(?:the\s)?$", re.I)


def _only_as_a_goal(text: str, party: str) -> bool:
    """"a trade deal that moves Moscow closer to joining the World Trade Organization": a body the deal
    leads towards is not a party to it."""
    spots = _party_spots(text, party)
    return bool(spots) and all(_GOAL.search(text[:at]) for at in spots)


def _party_spots(text: str, party: str) -> list[int]:
    """Where ``text`` names a party under any of its names ("Moscow", "Russian" for Russia)."""
    from .data import lexicon

    lex = lexicon()
    names = [n for n, c in {**lex.organisations, **lex.place_to_country}.items() if c == party] or [party]
    return [p for n in names for p in word_starts(text, n, "-")]


# Whom a deal is good or bad for is no party to it: "a terrible deal for the United States, Israel, and the world".
_BENEFICIARY = re.compile(r"\b(?:deal|agreement|accord|pact|treaty)s?\s(?:is\s|was\s)?(?:good|bad|great|terrible|"
                          r"fair|unfair|important|historic|vital|win|a\swin|beneficial|crucial)?\s?for\s"
                          r"(?:the\s)?(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*,?\s(?:and\s)?(?:the\s)?)*$")
# An agreement named as a predicate with an opinion is a view of an agreement, not one made: "X is a terrible
# deal", "it was a bad agreement".
_EVALUATED = re.compile(r"\b(?:is|was|are|were|be|remains?)\s(?:an?|the)\s(?:[a-z]+\s){0,2}$")
# A participle that describes an abstract noun is no agreeing: "the approach agreed at the March European
# Council"; nor is agreeing with a view: "agreed that the deal is terrible", "agreed it was essential".
_NOT_BINDING = re.compile(r"\b(?:approach|plan|measures?|steps?|principles?|language|wording|text|timeline|"
                          r"position|conclusions?|priorities|objectives?|goals?|targets?|commitments?|date|timetable|"
                          r"mechanism|process|format|agenda|arrangements?)\s(?:agreed|adopted|approved|"
                          r"endorsed|announced|launched|established)\b|"
                          r"\b(?:agreed|agree|agreeing)\s(?:that|it\s|there\s|the\s\w+\s(?:is|was|are|were)\b|on\s"
                          r"the\s(?:need|importance))", re.I)


def _is_named(what: str) -> bool:
    """A proper name of an agreement: "Strategic Partnership Agreement", "the Paris Agreement"."""
    words = [w for w in what.split() if w.lower() not in ("of", "on", "the", "and", "for", "in", "to")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _bare(what: str) -> bool:
    """An agreement named by its noun alone ("accord", "the deal", "a new agreement")."""
    return bool(re.fullmatch(r"(?:(?:a|an|the|new|this|that)\s)*(?:treaty|pact|agreement|accord|deal|memorandum|MoU|"
                             r"partnership|contract)", what.strip(), re.I))


def _binds(text: str) -> bool:
    """Whether a verb of the sentence makes or announces an agreement (not only describes a plan or a view)."""
    covered = [(m.start(), m.end()) for m in _NOT_BINDING.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in covered) for m in AGREEING.finditer(text))


def _generic_plural(text: str, m: re.Match[str]) -> bool:
    """A plural agreement word without a number or an agreeing verb before it, or partners after it, speaks of
    agreements in general ("international agreements", "new bilateral agreements"); "signed five agreements"
    and "agreements with Australia" do not."""
    word = m.group(0).lower()
    if not (word.endswith("s") or word == "memoranda") or word.endswith("ss") or word == "mous":
        return False  # a singular, or "MoUs" (named by their parties, never in general)
    before = text[max(0, m.start() - 60): m.start()]
    if re.match(r"\s+(?:with|between)\s(?:the\s)?[A-Z]", text[m.end():]):
        return False  # "similar agreements with Australia, signed in January 2022"
    return not NUMBERISH.search(before[-30:]) and not re.search(
        r"\b(?:signed|sign|signing|inked|sealed|concluded|reached|struck|clinched|agreed|ratified)\s"
        r"(?:[\w-]+\s){0,4}$", before)


def _only_as_beneficiary(text: str, party: str) -> bool:
    """A country named only in "a deal for X, Y and Z" (whom it serves) is no party."""
    spots = _party_spots(text, party)
    return bool(spots) and all(_BENEFICIARY.search(text[:at]) for at in spots)


def _full_name(party: str, article: str) -> str:
    """A company's short name as the article first gave it in full: "Juniper" -> "Juniper Networks" when
    the article says "Juniper Networks" somewhere; countries and known bodies are kept as they are."""
    if " " in party or countries_in(party) or organisations_in(party):
        return party
    longer = re.findall(rf"(?<![\w-]){re.escape(party)}((?: [A-Z][\w&-]*){{1,2}})", article)
    longer = [x for x in longer if not re.search(r" (?:The|A|An|On|In|And|But|President|Chief|CEO)\b", x)]
    if not longer or len(set(longer)) != 1:
        return party
    full = party + longer[0]
    for sent in re.split(r"(?<=[.!?])\s+", article):
        if full in sent and re.search(rf"(?<![\w-]){re.escape(party)}(?! {re.escape(longer[0].strip())})\b", sent):
            return party  # both in one sentence are two bodies: "CSL Seqirus said its parent CSL had agreed"
    return full


ACTOR_NOUNS = re.compile(r"(?:and |or |, )*(?:[A-Z][\w'-]*\s)*(?:government|governments|authorities|officials|side|"
                         r"sides|delegation|delegations|forces|troops|army|navy|leaders?|counterpart|negotiators|"
                         r"diplomats|ministers?|ministry|companies|company|firms?|state|people|citizens|nationals|workers|"
                         r"students|soldiers|prisoners|recruits|hostages|head|heads|president|premier|prime|"
                         r"chief|envoy|ambassador|foreign|defen[cs]e|counterparts)\b")


def _adjective_only(text: str, pos: int, country: str) -> bool:
    """Whether a demonym at `pos` only describes a thing ("frozen Russian assets", "Chinese coast guard
    ships"): such a country is named, not bound. The country's name, a capital, or a demonym before a
    title or an actor ("Russian officials", "Japanese Foreign Minister") can stand for a party."""
    m = re.match(r"[\w'-]+(?: [A-Z][\w'-]+)*", text[pos:])
    word = m.group(0) if m else ""
    if word == country or word.endswith(("ns", "ese")) and word[0].isupper() and " " not in word:
        return False  # "Vietnam", a plural people ("Russians", "the Japanese")
    rest = text[pos + len(word):]
    if not re.match(r" [a-z]", rest) or not re.search(r"(?:an|ish|ese|ian|ic|i|ch)$", word.split()[-1]):
        return False  # a capital or a name ("Moscow agreed"), or followed by a title ("Russian President")
    return not ACTOR_NOUNS.match(rest.lstrip())


def _split_withs(text: str, parties: list[str], sent: Sentence,
                 pub: dt.date | None) -> list[tuple[list[str], str | None]]:
    """For "X has agreements with A, ..., and with B, ...": [([X, A], date of A's clause), ([X, B], ...)];
    empty when the sentence does not list its partners in separate "with" clauses."""
    if not re.search(r",?\s(?:and|as well as)\swith\s", text):
        return []
    withs: list[tuple[int, str]] = []
    for mm in re.finditer(r"\bwith (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)", text):
        found = countries_in(mm.group(1)) or organisations_in(mm.group(1))
        if found and found[0][1] in parties and found[0][1] not in [p for _, p in withs]:
            withs.append((mm.start(), found[0][1]))
    others = [p for p in parties if p not in [w for _, w in withs]]
    if len(withs) < 2 or not others:
        return []
    hits = find_dates(sent, pub, None)
    out: list[tuple[list[str], str | None]] = []
    for i, (at, party) in enumerate(withs):
        nxt = withs[i + 1][0] if i + 1 < len(withs) else len(text)
        own = [h.iso for h in hits if at < h.start < nxt]
        out.append(([*others, party], own[0] if own else None))
    return out


# ... or one whose name says whose it is ("signed the UK- Iceland-Norway agreement on trade in goods")
SIGNED_HERE = re.compile(r"\b(?:signed|sealed|inked|concluded|ratified)\s(?:(?:this|that)\s(?:new\s)?|the\snew\s|"
                         r"the\s(?:[A-Z][\w.’']*\s?[-–]\s?)+[A-Z][\w.’']*\s(?:[a-z]+\s){0,3})$")
def _clause_between(text: str, a: int, b: int) -> bool:
    """Whether a clause boundary lies between ``a`` and ``b``; a ", and" that joins the signatories is none:
    "In a signing ceremony today ..., Chief Executive Officer of the Millennium Challenge Corporation, Ambassador
    John Danilovich, and Lesotho's Minister ... signed a $363 million Compact"."""
    return any(not phrases.joins_subjects(text, m.start()) for m in CLAUSE_BETWEEN.finditer(text, a, b))


FRONTED_ADJUNCT = re.compile(r"\b(?:following|after|before|ahead of|during)\s(?:a|an|the|his|her|their|our)\s"
                             r"[^,;]{0,80}$", re.I)


def _mention_what(text: str, m: re.Match[str]) -> tuple[str, str, int]:
    """(description, determiner, specificity) of a trigger word's noun phrase."""
    head = text[: m.start()]
    mods: list[str] = []
    qm = re.search(r"(\"[^\"]{1,40}\"|“[^”]{1,40}”)\s$", head)
    if qm:  # a quoted name for the agreement: a "no limits" partnership
        mods.append(qm.group(1))
        head = head[: qm.start()]
    # "the UK – Central America Association Agreement": a dash between names joins them, one word of the name
    head = re.sub(r"(?<=[A-Za-z])\s?[–—]\s?(?=[A-Z])|(?<=[A-Za-z])\s-\s(?=[A-Z])", "–", head)
    words = re.findall(r"[\w'’$€.,–-]+", head)
    det = ""
    recent = words[-5:]
    for i in range(len(recent) - 1, -1, -1):
        w = recent[i]
        wl = w.lower().strip(",")
        if w.endswith(","):
            break
        if wl in ("and", "of", "&") and m.group(0)[0].isupper() and mods and mods[0][:1].isupper() and i > 0 \
                and recent[i - 1][:1].isupper() and not recent[i - 1].endswith(","):
            mods.insert(0, w)  # "the Partnership and Cooperation Agreement": one name
            continue
        if wl in ("more", "than", "over", "around", "about", "nearly", "almost", "some", "least") or (
                wl in ("a", "an") and mods and mods[0].lower() == "dozen") or (
                wl == "at" and mods and mods[0].lower() == "least"):  # "at least three peace deals"
            mods.insert(0, w)
            continue
        if wl in DETERMINER and not NUMBERISH.search(wl):
            det = wl
            if wl in ("new", "separate", "earlier", "previous", "various", "several"):
                mods.insert(0, w)
                continue
            break
        if re.fullmatch(r"[a-z][a-z-]*|[A-Z][\w–-]*|\d{4}|\d+|[$€£¥]\d[\d.,]*", w) and wl not in FUNCTION:
            # "a $400 billion deal": the amount stays with its scale word
            mods.insert(0, w)
            continue
        break
    tail = ""
    q = QUAL.match(text[m.end():])
    if q:
        tail = q.group(0)
        more = re.match(r"\"[^\"]{1,60}\"|“[^”]{1,60}”", text[m.end() + q.end():])
        if more and not QUAL_STOP.search(tail, 3):
            tail += more.group(0)
        stop = QUAL_STOP.search(tail, 3)
        # "the Treaty of Friendship and Cooperation": "and" between the capitalised words of a name
        while stop and m.group(0)[0].isupper() and re.match(r"\sand\s[A-Z]", tail[stop.start():]) and \
                tail[: stop.start()].split()[-1][:1].isupper():
            stop = QUAL_STOP.search(tail, stop.end())
        if stop:
            tail = tail[: stop.start()]
        quoted = re.match(r"([^,;:.\"“”]*?)(\"[^\"]{1,60}\"|“[^”]{1,60}”)", tail)
        tail = quoted.group(0) if quoted else re.split(r"[,;:.\"“”]", tail)[0].rstrip()
        side = re.match(r"\sfor\s(?:the\s)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})", tail)
        if side and countries_in(side.group(1)):
            tail = ""  # "signed the Memorandum for the United States and ...": for whom it was signed, no name
    proper: list[str] = []
    for w in reversed(mods):
        if not (w[:1].isupper() or w in ("and", "of", "&") and proper):
            break
        proper.insert(0, w)
    while proper and proper[0] in ("and", "of", "&"):
        proper.pop(0)
    described = {w.lower() for w in mods}
    if m.group(0)[0].isupper() and proper and len(proper) < len(mods) and not any(NUMBERISH.search(w) for w in mods):
        mods = proper  # "the landmark Partnership and Cooperation Agreement": the name, not the praise
    what = " ".join(mods + [m.group(0)]) + tail
    if not tail.strip() and len(mods) <= 1:
        # a bare "agreement": say what it is about from "in which they pledged ..." when the text does
        rel = re.match(r"(?:\s+on \w+day)?\s+(?:in which|under which|where|that|which)\s+[^,;:.]{3,120}|"
                       # "an agreement aimed at resolving a border dispute [that has dragged on ...]"
                       r"\s+(?:aimed at|designed to|intended to|meant to)\s+[^,;:.]{3,80}?(?=\s(?:that|which|who)\b|"
                       r"[,;:.]|$)", text[m.end():])
        if rel:
            what += re.sub(r"^\s+on \w+day", "", rel.group(0)).rstrip()
    score = ((2 if tail.strip() else 0) + (2 if m.group(0)[0].isupper() else 0) + (1 if det not in DEFINITE else 0)
             + (2 if any(NUMBERISH.search(w) for w in mods) else 0)
             # a proper name ("the Atlantic Declaration", "the Hiroshima Accord") is a mention of its own,
             # and the name before a subtitle is the name ("The Hiroshima Accord: An Enhanced ... Partnership")
             + (1 if mods and m.group(0)[0].isupper() and all(w[:1].isupper() or w in ("and", "of", "&")
                                                                for w in mods) else 0)
             + (2 if m.group(0)[0].isupper() and re.match(r":\s[A-Z]", text[m.end():]) else 0)
             # "the ceasefire agreement between Israel and Hamas": the parties make it a mention of its own
             + (3 if re.match(r"\s+between (?:the )?[A-Z]", text[m.end():]) else 0)
             + (1 if re.match(r"\s+with (?:the )?(?:[a-z]+ )?[A-Z]", text[m.end():]) else 0))
    if det in ("earlier", "previous", "several", "various") or described & {"earlier", "previous", "existing",
                                                                                "original", "former"}:
        score -= 2  # "the existing European Union - Central America Association Agreement": background
    return what.strip(), det, score


def extract_agreements(sentences: list[Sentence], source: str, pub: dt.date | None, title: str,
                       leader_countries: dict[str, str]) -> list[Fact]:
    """Agreement facts, one per agreement mentioned, each with its parties and date where stated."""
    pair = story_pair(sentences, title, leader_countries)
    found: list[dict] = []
    last_at = -10
    for idx, sent in _clauses(sentences):
        if sent.is_heading:
            continue
        text = sent.text
        quoted = [(q.start(), q.end()) for q in re.finditer(r"\"[^\"]*\"|“[^”]*”", text)]
        candidates: list[tuple[int, str, str, int]] = []  # (score, what, det, position)
        for m in TRIGGER.finditer(text):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            ctx = text[max(0, m.start() - 12): m.end() + 6]
            if NOT_TRIGGER.search(ctx):
                continue
            if re.match(r"\s(?:Agreement|Accord|Treaty|Pact|Protocol|Convention|Declaration|Arrangement|Memorandum)\b",
                        text[m.end():]) or (m.group(0).lower() in _WAR_ENDS and re.match(
                            r"\s(?:agreement|deal|accord|pact|treaty|talks|line)\b", text[m.end():], re.I)):
                continue  # "Economic Partnership Agreement", "a ceasefire deal": the noun that follows is the one
            if m.group(0) != "Declaration" and m.group(0).lower() == "declaration" or (
                    m.group(0) == "Declaration" and not re.search(r"\b[A-Z][\w-]+\s$", text[: m.start()])):
                continue  # a named declaration ("the Atlantic Declaration") binds; "a declaration of war" does not
            unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda q: " " * len(q.group(0)), text)
            if re.search(r"\b(?:not|never|refused|failed|rejected|without|no|nor)\b|n['’]t\b",
                         unquoted[max(0, m.start() - 50): m.start()]):
                continue  # "did not sign a deal": the absence of an agreement is not one
            if NOT_AGREED.search(unquoted[max(0, m.start() - 60): m.start()]):
                continue
            if m.group(0).lower().startswith("contract") and not re.search(
                    r"\b(?:signed|awarded|agreed|struck|sealed|inked|clinched)\b[^,;.]{0,40}$", text[: m.start()]):
                continue  # "a contract" binds only when signed: "his contract expires", "contracts for difference"
            if _EVALUATED.search(text[: m.start()]):
                continue  # "the Iran nuclear deal is a terrible deal": a view of an agreement named before
            if TO_VERB_BEFORE.search(text, 0, m.start()):
                continue  # "agreed to expand partnerships": a goal's object, nothing made (read as agreed to)
            if PENDING_BEFORE.search(unquoted, max(0, m.start() - 120), m.start()) or PENDING_AFTER.match(
                    unquoted, m.end()):
                continue  # "until both sides sign a comprehensive peace deal": one still to be signed
            what, det, score = _mention_what(text, m)
            if score < 3 and _generic_plural(text, m):
                continue  # "continuity for international agreements": agreements in general, none made here
            candidates.append((score, what, det, m.start()))
        purchase = _purchase(text)
        verbal = VERBAL.search(text)
        hyp = HYPOTHETICAL.search(text)
        # "Kerry and Judeh signed this new MOU": a definite mention signed in this very sentence is this
        # sentence's agreement, however it was introduced before
        new = [c for c in candidates if (c[2] not in DEFINITE or c[0] >= 3 or SIGNED_HERE.search(text, 0, c[3]))
               and (c[0] >= 3 or _binds(text))]
        if hyp and not re.search(r"\b(?:signed|agreed|inked|sealed|concluded)\b", text):
            new = []
        if not new and not purchase and not verbal:
            if candidates and found and idx - last_at <= 3 and text not in found[-1]["quotes"]:
                found[-1]["quotes"].append(text)
            continue
        parties = _parties(text, leader_countries)
        named = _named_parties(text) if not purchase else []
        if named and (len(parties) < 2 or set(parties) < set(named)):
            parties = named
        if not new and verbal and not purchase:
            # "Leaders ... agreed to provide Ukraine with a loan ..., sending what US President Joe Biden
            # called ...": the parties are in the agreeing clause, not in what follows it
            parties = _parties(text[: verbal.end()], leader_countries)
        if purchase and not new:
            buyer, seller, at, noun = purchase
            what = re.split(r"[,;:.]\s|\.$", text[at:])[0]
            what = what if noun else "agreement to " + re.split(r" (?:agreed to|will|is to) ", what, maxsplit=1)[-1]
            found.append({"parties": [buyer, seller], "what": what,
                          "date": None, "quotes": [text], "key": "purchase", "at": idx})
            last_at = idx
            continue
        joint = (len(parties) == 1 and parties[0] in pair and verbal is not None
                 and re.search(r"\w \band\b \w", text[: verbal.start()]) is not None)  # "A and B agreed to ..."
        if not new and verbal and not hyp and (len(parties) + (2 if COLLECTIVE.search(text) else 0) >= 2 or joint):
            what = verbal.group(1).strip()
            if not re.match(r"(?:an?|the)\s", what):
                what = f"to {what}"
            new = [(1, what, "", verbal.start(1))]
        if not new:
            # a reference back ("the treaty", "The deal is worth ..."): add the quote to the latest agreement
            if candidates and found and idx - last_at <= 3:
                if text not in found[-1]["quotes"]:
                    found[-1]["quotes"].append(text)
            continue
        # a tie goes to a name over a count ("sign two landmark agreements: the Strategic Partnership Agreement
        # and ..."), then to the first
        best = max(new, key=lambda c: (c[0], c[1][:1].isupper() or bool(re.search(r"\b[A-Z]\w+ (?:Agreement|"
                                                                                r"Accord|Treaty|Pact|Partnership)\b",
                                                                                c[1])), -c[3]))
        ps = [p for p in parties if not _only_as_a_goal(text, p) and not _only_as_beneficiary(text, p)]
        between = re.search(r"\bbetween [A-Z]", text)
        if (COLLECTIVE.search(text) and len(pair) == 2 and not between
                and set(_parties(text[: best[3]], leader_countries)) <= set(pair)):
            # "the two countries", "both sides": the pair the article is about, unless the sentence names
            # someone else as the signatories ("Biden and Zelensky signed a bilateral agreement" at a summit
            # in Italy); who is named after the agreement ("days before Russia invaded Ukraine") does not count;
            # after a deal between one of them and another ("the Ugandan government signed a ceasefire with the
            # Lord's Resistance Army"), those two; a company's purchase names no side of the story
            ps = next((list(f["parties"]) for f in reversed(found) if len(f["parties"]) == 2
                       and f["key"] != "purchase" and set(f["parties"]) & set(pair)), list(pair))
            ps = list(pair) if set(ps) == set(pair) else ps
        if len(ps) < 2 and found and idx - last_at <= 3:
            for c in found[-1]["parties"]:
                if c not in ps and len(ps) < 2:
                    ps.append(c)
        if len(ps) == 1 and ps[0] in pair and _binds(text) and not DOMESTIC.search(text):
            ps.append(next(c for c in pair if c != ps[0]) if len(pair) == 2 else ps[0])
            ps = list(dict.fromkeys(ps))
        if len(ps) < 2:
            continue
        split = _split_withs(text, ps, sent, pub)
        if split:
            # "agreements with Australia, signed in January 2022, and with the United Kingdom, signed in
            # January 2023" are two agreements, each dated by its own clause: one of the three would be false
            trig = TRIGGER.search(best[1])
            for parts, date in split:
                found.append({"parties": parts, "what": best[1], "date": date, "quotes": [text],
                              "key": (frozenset(parts), trig.group(0).lower()[:6] if trig else ""), "at": idx})
            last_at = idx
            continue
        # a date nearer to another agreement of the sentence is that one's ("The Élysée Treaty of 1963 ...
        # was renewed by the Aachen Treaty in January 2019"); a year in the name dates the agreement itself
        hits = [h for h in find_dates(sent, pub, None)
                if all(abs(h.start - best[3]) <= abs(h.start - c[3]) for c in candidates
                       # "A Memorandum of Understanding (MoU) signed today (9 May 2025)": a bracketed short form
                       # of the same agreement is no other one nearer the date
                       if not re.fullmatch(r"[\w\s'’-]{0,60}\(\s*", text[best[3]: c[3]]))
                # "replicates the existing ... Agreement, and will ensure ... when the UK ceases to be a member of
                # the EU on 31 October": a date past a clause boundary is another clause's
                and not _clause_between(text, min(h.end, best[3]), max(h.start, best[3]))
                # "following a conversation with Prime Minister Johnson last night, New Zealand and the United
                # Kingdom have Agreed in Principle ...": the date of a fronted adjunct is its noun's
                and not (h.end < best[3] and "," in text[h.end: best[3]] and FRONTED_ADJUNCT.search(text, 0, h.start))]
        date = None
        if REFERRED_TO.search(text, 0, best[3]):
            # "agreed to hold the first meeting ... in October to drive progress under the Atlantic Declaration":
            # an agreement referred to, not made, in this sentence; October is the meeting's (round 1's false key)
            hits = []
        own = re.search(r"\b(?:of|from)\s((?:19|20)\d\d)\b|^(?:the\s)?((?:19|20)\d\d)\s", best[1], re.I)
        if own:
            date = own.group(1) or own.group(2)
        elif hits:
            near = min(hits, key=lambda h: abs(h.start - best[3]))
            date = near.iso
        trig = TRIGGER.search(best[1])
        key = (frozenset(ps), trig.group(0).lower()[:6] if trig else "")
        dup = next((f for f in found if f["key"] == key and f["what"].lower() == best[1].lower()), None)
        if dup is None:
            dup = next((f for f in found if f["key"] == key and NUMBERISH.search(best[1])
                        and NUMBERISH.search(f["what"])), None)
        if dup is None and _bare(best[1]):
            # "signed an accord" then "the agreement is ...": between the same parties, a second bare noun is the
            # same agreement, not another (round 12 asked one accord twice, its parties reversed)
            dup = next((f for f in reversed(found) if f["key"] != "purchase" and set(ps) == set(f["parties"])
                        and _bare(f["what"])), None)
        if dup is None and _is_named(best[1]) and (NAMED_AS.search(text, 0, best[3]) or NAMED_APPOSITION.match(text)):
            # "signed an agreement between the UK and Georgia ... The deal – formally known as the UK-Georgia
            # Strategic Partnership and Cooperation Agreement – ...": the bare agreement just made, by its name
            dup = next((f for f in reversed(found) if f["key"] != "purchase" and idx - f["at"] <= 3
                        and set(ps) == set(f["parties"]) and _bare(f["what"])), None)
            if dup is not None:
                dup["what"] = best[1]
        if dup is None and best[2] in DEFINITE:
            # "The ceasefire agreement between Israel and Hamas" after "Israel and Hamas reached an agreement":
            # a definite mention of parties already bound is the same agreement, described better
            dup = next((f for f in reversed(found) if f["key"] != "purchase" and set(ps) <= set(f["parties"])
                        and f["key"][1] == key[1]), None)
        if dup is not None:
            if text not in dup["quotes"]:
                dup["quotes"].append(text)
            dup["date"] = dup["date"] or date
            if len(best[1]) > len(dup["what"]):
                dup["what"] = best[1]
            continue
        found.append({"parties": ps, "what": best[1], "date": date, "quotes": [text], "key": key, "at": idx})
        for other in new:
            # "sign two landmark agreements: the Strategic Partnership Agreement and the Economic Partnership
            # Agreement": each named agreement of a list joined by "and" is one of its own, same parties and day
            later = max((other, best), key=lambda c: c[3])
            at = text.rfind(later[1], 0, later[3] + len(later[1]))
            if (other is not best and _is_named(other[1]) and _is_named(best[1]) and at > 0
                    and re.search(r"\band\s(?:the\s)?$", text[:at][-80:].split(",")[-1])
                    and not any(f["what"].lower() == other[1].lower() for f in found)):
                trig2 = TRIGGER.search(other[1])
                found.append({"parties": ps, "what": other[1], "date": date, "quotes": [text],
                              "key": (frozenset(ps), trig2.group(0).lower()[:6] if trig2 else ""), "at": idx})
        last_at = idx
    article = " ".join([title] + [x.text for x in sentences])
    out = []
    for f in found:
        f["parties"] = [_full_name(p, article) for p in f["parties"]]
        what = f["what"]
        try:
            what = phrases.agreement_what(what, f["quotes"]) or what
        except Exception:  # noqa: BLE001 - wording only: keep the mention as written
            pass
        # a piece of the agreement's own name is no party ("US-UK Technology" of the US-UK Technology Safeguards
        # Agreement, round 20): a party the lexicon does not know and the name holds goes
        f["parties"] = [p for p in f["parties"] if not _name_piece(p, what)]
        what = _spelt_out(what, article)
        # "the UK-Kenya agreement on defence today", "the UK- Iceland-Norway agreement": when it was signed is no
        # part of its name, nor a space the page left in a hyphenated one
        what = SPACED_HYPHEN.sub("-", RELATIVE_TAIL.sub("", what))
        # "Memorandum of Understanding affirming our close [and continuing partnership]": a participle after the
        # name starts what it does, cut where the sentence was; the name is the agreement
        what = re.sub(r"^(.*\b[A-Z][\w'’-]*\)?)\s(?:affirming|reflecting|confirming|setting|establishing|allowing|"
                      r"enabling|ensuring|covering|providing|outlining|committing)\b.*$", r"\1", what)
        year = re.match(r"((?:19|20)\d\d)\s(?=[A-Z])", what)
        if year and f["date"] and str(f["date"]).startswith(year.group(1)):
            # "the 1962 Treaty of Friendship": the year is its date, asked as such; kept in the name it would
            # print the answer ("In what year did they sign the 1962 Treaty ...?")
            what = what[year.end():]
        fields: list[tuple[str, object]] = [("parties", list(f["parties"])), ("what", what)]
        if f["date"]:
            d = f["date"]
            fields.append(("date", dt.date.fromisoformat(d) if len(d) == 10 else d))
        out.append(Fact("agreement", tuple(fields), tuple(Quote(source, q) for q in f["quotes"]),
                        hint=slug(what, 5)))
    return out


SPACED_HYPHEN = re.compile(r"(?<=\w)-\s(?=[A-Z])")
RELATIVE_TAIL = re.compile(rf"\s(?:{phrases.RELATIVE_DAY}|this\sweek)\b.*$")
# The name of an agreement just mentioned: "formally known as the ...", "The deal – the ... –"
NAMED_AS = re.compile(r"\b(?:(?:formally|officially)\s)?(?:known\sas|called|dubbed|titled|named)\s(?:the\s)?$")
NAMED_APPOSITION = re.compile(r"(?:The|This)\s(?:new\s)?(?:deal|agreement|accord|pact|treaty|memorandum)\s?[–—(,]")


def _spelt_out(what: str, article: str) -> str:
    """A bare short form spelt out as the article introduces it: "MOU" after "its memorandum of understanding
    (MOU) of assistance" is "memorandum of understanding (MOU)" ("which country signed the MOU?" says nothing
    to a student who has not read the release)."""
    short = re.fullmatch(r"(?:new\s)?([A-Z][A-Za-z]{1,5})", what)
    if not short or not short.group(1)[1:].isupper() and not short.group(1).isupper():
        return what
    acronym = short.group(1)
    for m in re.finditer(rf"((?:[\w-]+\s){{1,6}})\(\s*{re.escape(acronym)}\s*\)", article):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            tail = words[-k:]
            initials = "".join(w[0] for w in tail).lower()
            content = "".join(w[0] for w in tail if w.lower() not in ("of", "and", "the", "for", "on")).lower()
            if acronym.lower() in (initials, content):
                # "(MOU) of assistance to the Hashemite Kingdom": what it is of says which memorandum
                qual = re.match(r"\s(?:of|on|for)\s(?:(?!(?:to|with|at|in|and|between|by|from)\b)[\w.'’-]+\s?){1,3}",
                                article[m.end():])
                return f"{' '.join(tail)} ({acronym}){qual.group(0).rstrip() if qual else ''}"
    return what


def _name_piece(party: str, what: str) -> bool:
    """Whether ``party`` is only the first words of the agreement's own capitalised name ("US-UK Technology"
    of "US-UK Technology Safeguards Agreement"), not a country, body or company that signed it."""
    from .data import lexicon

    lex = lexicon()
    if lex.country(party) or party in lex.organisations or party in lex.organisations.values():
        return False
    return re.search(rf"(?<![\w-]){re.escape(party)}(?:\s[A-Z][\w-]*)*\s(?:Agreement|Accord|Treaty|Pact|Protocol|"
                     rf"Convention|Declaration|Memorandum|Charter|Partnership|Arrangement)\b", what) is not None
