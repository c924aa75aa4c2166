"""Figures: money with currency and scale, percentages, counts with their noun, ages and ordinals that
count a series, each with a plain ``value``, a ``unit`` and the ``text`` as written.

What is not a figure is the harder part: clock times ("2:22 a.m."), model and clause numbers
("Boeing 737", "Article 4", "G20"), years, dates, "the two countries" (a reference, not a count),
"first" (not a count), and anything said inside quotation marks.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .data import lexicon
from .dates import find_dates
from .entities import NAME_TOKEN, NOT_NAME
from .facts import STOP, Fact, Quote, slug
from .sentences import Sentence

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
REFERENCE_BEFORE = re.compile(r"\b(?:the|these|those|all|both|each|every|other|The|These|Those|All|Both)\s+$")
ORDINAL_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th)\b")
NOT_ORDINAL_AFTER = {"largest", "biggest", "highest", "lowest", "most", "century", "place",
                     "half", "quarter", "floor", "day", "week", "month", "year"}


def _value(num: str, scale: str | None) -> int | float | None:
    lex = lexicon()
    try:
        v = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        v *= lex.scales.get(scale.lower(), 1)
    return int(v) if v == v.to_integral_value() else float(v)


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _is_plural(word: str) -> bool:
    lex = lexicon()
    if word in lex.irregular_plurals:
        return True
    if re.fullmatch(r"[A-Z][A-Za-z]*s", word) and sum(c.isupper() for c in word) >= 2:
        return True  # "MoUs"
    return (word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and len(word) > 3)


def _masked(sent: Sentence) -> list[tuple[int, int]]:
    """Spans that hold no figures: quotes, dates, clock times, model/clause numbers."""
    text = sent.text
    spans = [(h.start, h.end) for h in find_dates(sent, None, None)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\"[^\"]*\"|“[^”]*”", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm|h)?", text)
              if re.search(r"[:]|a\.?m|p\.?m|h$", m.group(0))]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\d+(?:\.\d+){2,}", text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b\d{1,2}(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\s?o['’]clock)",
                                                        text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\b\d{4}(?:[-/–]\d{2,4})?\b", text)
              if 1000 <= int(m.group(0)[:4]) <= 2100]
    spans += [(m.start(), m.end()) for m in re.finditer(rf"({NAME_TOKEN}|[A-Z]+)[ -]?\d+[\w-]*", text)
              if m.group(1) not in NOT_NAME and m.group(1).lower() not in lexicon().qualifiers
              and m.group(1) not in lexicon().currency_symbols and m.group(1) not in lexicon().currency_codes
              and m.group(1).lower() not in ("only", "just", "some", "all", "with", "and")]
    return spans


def _when(text: str, end: int) -> str | None:
    m = re.match(r"(?:\s*\([^)]*\))?(?:\s+[a-z]+){0,3}?\s+(?:in|by|for)\s+(?:the\s+)?"
                 r"((?:19|20)\d\d(?:[-/–]\d{2,4})?)\b", text[end:])
    return m.group(1) if m else None


def _clause(text: str, a: int, b: int, shown: str) -> str:
    bounds = [0] + [m.end() for m in re.finditer(r"[;:]\s|,\s(?:and|but)\s|\s—\s|\s–\s", text)] + [len(text)]
    lo = max(x for x in bounds if x <= a)
    hi = min([x for x in bounds if x >= b] or [len(text)])
    seg = (text[lo:a] + "…" + text[b:hi]).strip()
    seg = re.sub(r"\s+", " ", seg).rstrip(" ,.;:")
    return seg[:1].upper() + seg[1:]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The figure patterns, built once from the word lists."""
    lex = lexicon()
    sym = "|".join(re.escape(s) for s in sorted(lex.currency_symbols, key=len, reverse=True))
    codes = "|".join(sorted(lex.currency_codes))
    cwords = "|".join(re.escape(w) for w in sorted(lex.currency_words, key=len, reverse=True))
    scales = "|".join(sorted(lex.scales, key=len, reverse=True))
    qual = "|".join(re.escape(q) for q in lex.qualifiers)
    words = "|".join(re.escape(w) for w in sorted(lex.number_words, key=len, reverse=True))
    ords = "|".join(sorted(lex.ordinals, key=len, reverse=True))
    q = rf"(?:(?P<q>(?:{qual}))\s+)?"
    money1 = re.compile(rf"{q}(?P<cur>(?:{sym}|{codes})\s?)(?P<n>{NUM})(?:\s?(?P<s>{scales})\b)?", re.I)
    money2 = re.compile(rf"{q}(?P<n>{NUM})(?:\s(?P<s>{scales}))?\s(?P<cur>{cwords}|{codes})\b")
    pct = re.compile(rf"{q}(?P<n>{NUM})\s?(?P<u>%|percent\b|per cent\b|percentage points?\b)", re.I)
    count = re.compile(rf"{q}(?P<n>{NUM}|\b(?:{words}))(?![\w-])(?:\s(?P<s>million|billion|thousand|trillion)\b)?"
                       rf"(?=(?P<rest>(?:\s[\w’'-]+){{1,4}}))", re.I)
    ordinal = re.compile(rf"\b(?P<n>{ords}|\d+(?:st|nd|rd|th))(?=(?P<rest>(?:\s[\w’'-]+){{1,3}}))", re.I)
    age = re.compile(rf"({NAME_TOKEN}), (?P<n>\d{{1,3}}),|(?P<n2>\d{{1,3}})-year-old|\baged (?P<n3>\d{{1,3}})\b")
    return money1, money2, pct, count, ordinal, age


def extract_figures(sentences: list[Sentence], source: str) -> list[Fact]:
    """One figure fact per (value, unit) in the article, listing each sentence that states it."""
    lex = lexicon()
    money1, money2, pct, count, ordinal, age = _patterns()

    found: dict[tuple[object, str], dict] = {}
    order: list[tuple[object, str]] = []

    def add(value: object, unit: str, text: str, sent: Sentence, a: int, b: int, what: str | None = None,
            when: str | None = None) -> None:
        key = (value, unit)
        if key in found:
            if sent.text not in found[key]["quotes"]:
                found[key]["quotes"].append(sent.text)
            return
        found[key] = {"what": what or _clause(sent.text, a, b, text), "value": value, "unit": unit, "text": text,
                      "when": when, "quotes": [sent.text]}
        order.append(key)

    for sent in sentences:
        if sent.is_heading:
            continue
        text = sent.text
        masked = _masked(sent)
        used: list[tuple[int, int]] = []

        def free(a: int, b: int, numpos: int, _masked: list = masked, _used: list = used) -> bool:
            return (not any(x <= numpos < y for x, y in _masked)
                    and not any(x < b and a < y for x, y in _used))

        for rx in (money1, money2):
            for m in rx.finditer(text):
                if not free(m.start(), m.end(), m.start("n")):
                    continue
                cur = m.group("cur").strip()
                code = lex.currency_symbols.get(cur) or lex.currency_words.get(cur.lower()) or cur.upper()
                if code == "RMB":
                    code = "CNY"
                value = _value(m.group("n"), m.group("s"))
                if value is None or value == 0:
                    continue
                used.append((m.start(), m.end()))
                add(value, code, m.group(0), sent, m.start(), m.end(), when=_when(text, m.end()))
        for m in pct.finditer(text):
            if not free(m.start(), m.end(), m.start("n")):
                continue
            unit = "%" if not m.group("u").lower().startswith("percentage") else "percentage points"
            value = _value(m.group("n"), None)
            used.append((m.start(), m.end()))
            add(value, unit, m.group(0), sent, m.start(), m.end(), when=_when(text, m.end()))
        for m in age.finditer(text):
            n = m.group("n") or m.group("n2") or m.group("n3")
            if not n or not free(m.start(), m.end(), m.start("n") if m.group("n") else m.start()) or not (
                    10 <= int(n) <= 120):
                continue
            who = m.group(1) or ""
            used.append((m.start(), m.end()))
            add(int(n), "years", n if m.group("n") else m.group(0), sent, m.start(), m.end(),
                what=f"age of {who}".strip() if who else None)
        for m in count.finditer(text):
            n = m.group("n")
            if not free(m.start(), m.end(), m.start("n")):
                continue
            if n.lower() in ("one", "a dozen", "dozen") and not m.group("q") and n.lower() != "a dozen":
                continue
            if re.search(r"\b(?:several|a few|few|many|some|hundreds|thousands|dozens|tens)\s+$", text[: m.start("n")]):
                continue  # "several hundred": vague
            if REFERENCE_BEFORE.search(text[: m.start()]) and not m.group("q"):
                continue
            before = text[: m.start("n")]
            if re.search(rf"{NAME_TOKEN}[ -]$", before) and not m.group("q") and not re.search(
                    r"(?:^|[.:;,]\s)\S+ $", before):
                continue  # "Boeing 737", "Article 4"
            if re.search(r"\b(?:first|last|past|next|previous|coming)\s+$", text[: m.start("n")]) and not m.group("q"):
                continue  # "the first nine months of 2023": a period, not a count
            tokens = m.group("rest").split()
            if any(t.endswith("est") or t in ("most", "least") for t in tokens[:2]):
                continue  # "the world's two largest economies"
            unit = None
            for i, tok in enumerate(tokens):
                t = tok.strip("’'")
                if t.lower() in lex.not_units and t.lower() != "times":
                    break
                if _is_plural(t) or (t == "times" and i == 0) or (t.endswith("s") and lex.country(t)):
                    unit = t
                    end = m.start("rest") + len(" ".join(tokens[: i + 1])) + 1
                    break
                if not (t.islower() or re.fullmatch(rf"{NAME_TOKEN}|[A-Z0-9-]+", t)) or t.endswith("ly"):
                    break
            if not unit:
                continue
            if n.isdigit() or re.fullmatch(NUM, n):
                value = _value(n, m.group("s"))
            else:
                value = lex.number_words[n.lower()] * (lex.scales[m.group("s").lower()] if m.group("s") else 1)
            if value is None:
                continue
            used.append((m.start(), end))
            written = text[m.start(): end]
            add(value, unit if unit[0].isupper() else unit.lower(), written, sent, m.start(), end,
                when=_when(text, end))
        for m in ordinal.finditer(text):
            n = m.group("n").lower()
            if not free(m.start(), m.end(), m.start("n")):
                continue
            value = lex.ordinals.get(n) or (int(ORDINAL_SUFFIX.match(n).group(1)) if ORDINAL_SUFFIX.match(n) else None)
            if not value or value < 2 or value > 500:
                continue
            tokens = m.group("rest").split()
            noun = None
            for tok in tokens:
                t = tok.strip(",.;:’'")
                if t.lower() in NOT_ORDINAL_AFTER or t.endswith(("est", "-largest", "-biggest")):
                    break
                if t.lower() in STOP or t.lower() in ("since", "after", "before", "until", "among", "of", "out"):
                    break
                if t.islower() and t not in ("such", "sitting", "straight", "consecutive", "annual", "official",
                                             "state", "bilateral", "foreign", "overseas", "new", "successive"):
                    if t in lex.not_units or len(t) < 3:
                        break
                    noun = t
                    break
                if not re.fullmatch(rf"{NAME_TOKEN}|[A-Z]+|such|sitting|straight|consecutive|annual|official|"
                                    r"state|bilateral|foreign|overseas|new|successive", t):
                    break
            if not noun or noun.endswith("s") and not noun.endswith("ss"):
                continue
            used.append((m.start(), m.end()))
            add(value, _plural(noun), m.group("n"), sent, m.start(), m.start("n") + len(m.group("n")))
    out = []
    for key in order:
        f = found[key]
        fields: list[tuple[str, object]] = [("what", f["what"]), ("value", f["value"]), ("unit", f["unit"]),
                                            ("text", f["text"])]
        if f["when"]:
            fields.append(("when", f["when"]))
        out.append(Fact("figure", tuple(fields), tuple(Quote(source, qq) for qq in f["quotes"]),
                        hint=slug(f"{f['unit']} {f['text']}", 6)))
    return out
