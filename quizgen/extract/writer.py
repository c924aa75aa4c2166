"""Writing the draft deck as YAML a teacher can read and edit: block style, FACTS.md field order,
unicode kept, long quotes on one line, full dates as YAML dates and partial ones ("2013-07") as text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from .facts import Fact

HEADER = ("# Draft deck made by `quizgen extract`: every fact below was found by rules, not by a person.\n"
          "# Review each one against its quote, delete what is wrong, then run `quizgen check` on this file.\n")


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents list items under their key, as the hand-written decks do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:  # noqa: D102
        super().increase_indent(flow, False)


def fact_dict(fact: Fact, fid: str) -> dict[str, Any]:
    """One fact as a mapping in FACTS.md order: id, kind, the kind's fields, optional fields, sources."""
    out: dict[str, Any] = {"id": fid, "kind": fact.kind}
    for k, v in fact.fields:
        if v is None or v == "":
            continue
        out[k] = list(v) if isinstance(v, tuple) else v
    if fact.aliases:
        out["aliases"] = list(fact.aliases)
    if fact.notes:
        out["notes"] = fact.notes
    if fact.disputed:
        out["disputed"] = True
    if fact.confidence is not None:
        out["confidence"] = round(fact.confidence, 2)
    if fact.review:
        out["review"] = fact.review
    out["sources"] = [{"source": q.source, "quote": q.text} for q in fact.quotes]
    return out


def dump_deck(deck_id: str, title: str, sources: list[dict[str, Any]], facts: list[tuple[str, Fact]]) -> str:
    """The deck as YAML text (deterministic: same input, same bytes)."""
    data: dict[str, Any] = {"id": deck_id, "title": title, "language": "en", "sources": [], "facts": []}
    for s in sources:
        entry = {"id": s["id"], "path": s["path"], "title": s["title"]}
        if isinstance(s.get("published"), dt.date):
            entry["published"] = s["published"]
        for key in ("url", "outlet"):
            if s.get(key):
                entry[key] = s[key]
        data["sources"].append(entry)
    data["facts"] = [fact_dict(f, fid) for fid, f in facts]
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=100000)
    return HEADER + body
