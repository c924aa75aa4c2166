"""Keys as the help screen, the hint line and the README write them ("Enter", "Esc", "Ctrl+C", "↑"),
read from the bindings themselves so that what is shown is what is bound."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

NAMES = {"enter": "Enter", "escape": "Esc", "question_mark": "?", "up": "↑", "down": "↓", "home": "Home",
         "end": "End", "pageup": "PgUp", "pagedown": "PgDn", "tab": "Tab", "space": "Space"}


def key_name(key: str) -> str:
    """"ctrl+c" -> "Ctrl+C", "escape" -> "Esc", "f1" -> "F1", "t" -> "t"."""
    *modifiers, base = key.strip().split("+")
    name = NAMES.get(base) or (base.upper() if len(base) > 1 or modifiers else base)
    return "+".join([*(m.capitalize() for m in modifiers), name])


def binding_keys(bindings: Iterable[BindingType], *ids: str) -> list[str]:
    """The keys of the bindings with these ids, in that order, each named by ``key_name``.

    A KeyError for an id no binding has: a help line about a key that is gone fails loudly (tests open
    the help) instead of telling the student about a key that does nothing.
    """
    by_id = {b.id: b for b in bindings if isinstance(b, Binding) and b.id}
    return [key_name(key) for i in ids for key in by_id[i].key.split(",")]


def join_keys(keys: Iterable[str]) -> str:
    """Keys for one line of help: "1 2 3 4" is written "1-4"; others are separated by spaces."""
    keys = list(dict.fromkeys(keys))
    digits = [k for k in keys if k.isdigit() and len(k) == 1]
    if len(digits) >= 3 and [int(d) for d in digits] == list(range(int(digits[0]), int(digits[0]) + len(digits))):
        first = keys.index(digits[0])
        keys = [k for k in keys if k not in digits]
        keys.insert(first, f"{digits[0]}-{digits[-1]}")
    return " ".join(keys)
