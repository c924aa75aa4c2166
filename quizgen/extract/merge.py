"""Merging the facts of several articles about one story into one list.

The same fact from two sources becomes one fact that lists each source's own sentence. Two sources
that give different values for the same thing (a figure, a date, a role) keep both facts, each
flagged ``disputed: true`` with a note naming the other value: a quiz should then ask it only as
"according to source X".
"""

from __future__ import annotations

from dataclasses import replace

from .facts import Fact, Quote, content_words, fold

# Count nouns that name the same kind of thing ("ten agreements" vs "a dozen accords").
UNIT_FAMILIES = {"agreements": "agreements", "accords": "agreements", "deals": "agreements",
                 "documents": "agreements", "memoranda": "agreements", "mous": "agreements", "pacts": "agreements",
                 "treaties": "agreements", "contracts": "agreements"}


def _unit(f: Fact) -> str:
    u = fold(f.get("unit"))
    return UNIT_FAMILIES.get(u, u)


def _names_match(a: object, b: object) -> bool:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if ta and tb and (ta <= tb or tb <= ta):
        return True
    return _near_name(a, b)


def _near_name(a: object, b: object) -> bool:
    """Same name but for one token cut short or run on ("Pham Minh Chinh" / "Pham Minh Chinhder")."""
    la, lb = fold(a).split(), fold(b).split()
    if len(la) != len(lb) or len(la) < 2:
        return False
    diff = [(x, y) for x, y in zip(la, lb, strict=True) if x != y]
    return len(diff) == 1 and len(min(diff[0], key=len)) >= 3 and (
        diff[0][0].startswith(diff[0][1]) or diff[0][1].startswith(diff[0][0]))


def _about_same(a: Fact, b: Fact) -> bool:
    """Whether two facts of one kind speak of the same thing (whatever their values)."""
    if a.kind == "leader":
        return _names_match(a.get("name"), b.get("name"))
    if a.kind == "figure":
        if _unit(a) != _unit(b):
            return False
        wa, wb = content_words(a.get("what")), content_words(b.get("what"))
        if a.get("unit") in ("%",) or len(str(a.get("unit"))) == 3 and str(a.get("unit")).isupper():
            shared = wa & wb
            return len(shared) >= 2 and len(shared) >= 0.5 * min(len(wa), len(wb))
        return True if _unit(a) == "agreements" else bool(wa & wb) and len(wa & wb) >= 0.5 * min(len(wa), len(wb))
    if a.kind == "date":
        wa, wb = content_words(a.get("event")), content_words(b.get("event"))
        shared = wa & wb
        return len(shared) >= 3 and len(shared) >= 0.5 * min(len(wa), len(wb))
    if a.kind == "agreement":
        pa = {fold(p) for p in _parties(a)}
        pb = {fold(p) for p in _parties(b)}
        return pa == pb and (fold(a.get("what")).split()[-1:] == fold(b.get("what")).split()[-1:]
                             or not a.get("date") or not b.get("date"))
    return False


def _parties(f: Fact) -> tuple[object, ...]:
    parties = f.get("parties")
    return tuple(parties) if isinstance(parties, list | tuple) else ()


def _same_value(a: Fact, b: Fact) -> bool:
    if a.kind == "leader":
        return fold(a.get("role")) == fold(b.get("role"))
    if a.kind == "figure":
        try:
            va, vb = float(a.get("value")), float(b.get("value"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return abs(va - vb) <= 0.01 * max(abs(va), 1e-9)
    if a.kind == "date":
        return str(a.get("date")) == str(b.get("date"))
    if a.kind == "agreement":
        da, db = a.get("date"), b.get("date")
        return not da or not db or str(da) == str(db)
    return False


def _combine(a: Fact, b: Fact) -> Fact:
    quotes = a.quotes + tuple(q for q in b.quotes if q not in a.quotes)
    fields = dict(a.fields)
    notes = a.notes or b.notes
    for k, v in b.fields:
        if k == "name" and _near_name(fields[k], v):
            # a misspelling in one source: keep the form that is also used alone as an alias
            keep_b = any(x in str(v).split() for x in b.aliases) and not a.aliases
            other = fields[k] if keep_b else v
            fields[k] = v if keep_b else fields[k]
            notes = _join(notes, f"Sources spell the name differently: also \"{other}\".")
        elif k not in fields or (k in ("name", "of") and fold(fields[k]) in fold(v)
                                 and len(str(v)) > len(str(fields[k]))):
            fields[k] = v
    order = [k for k, _ in a.fields] + [k for k, _ in b.fields if k not in dict(a.fields)]
    aliases = a.aliases + tuple(x for x in b.aliases if x not in a.aliases)
    return replace(a, fields=tuple((k, fields[k]) for k in order), quotes=quotes, aliases=aliases, notes=notes)


def _describe(f: Fact) -> str:
    value = {"leader": "role", "figure": "text", "date": "date", "agreement": "date"}[f.kind]
    return f"\"{f.get(value)!s}\""


def merge_facts(groups: list[list[Fact]]) -> list[Fact]:
    """Merge the per-article fact lists (in source order) into one list, flagging disagreements."""
    merged: list[Fact] = []
    for group in groups:
        for fact in group:
            for i, have in enumerate(merged):
                if have.kind != fact.kind or not _about_same(have, fact):
                    continue
                if any(q.source in {x.source for x in fact.quotes} for q in have.quotes):
                    continue  # two facts of one article were already judged different
                if _same_value(have, fact):
                    merged[i] = _combine(have, fact)
                    break
                src_a = ", ".join(sorted({q.source for q in have.quotes}))
                src_b = ", ".join(sorted({q.source for q in fact.quotes}))
                merged[i] = replace(have, disputed=True, notes=_join(
                    have.notes, f"Sources disagree: {src_a} says {_describe(have)}, {src_b} says {_describe(fact)}."))
                fact = replace(fact, disputed=True, notes=_join(
                    fact.notes, f"Sources disagree: {src_a} says {_describe(have)}, {src_b} says {_describe(fact)}."))
                merged.append(fact)
                break
            else:
                merged.append(fact)
    return merged


def _join(a: str | None, b: str) -> str:
    return f"{a} {b}" if a else b


__all__ = ["merge_facts", "Quote"]
