"""Deck and article text on screen: shown as written, never interpreted.

Markup: every piece of deck text goes into a rich ``Text`` or a Textual ``Content`` built from a plain string
(never a markup string, never ``markup=True``), so "[bold red]x[/]" shows its brackets. Escape sequences:
neither of those removes ESC ("\\x1b[31m" would reach the terminal and colour or move the cursor), so
control characters are replaced by their visible symbols here ("␛[31m"): ``plain`` for a string,
``plain_text`` for a rich Text (one character for one, so its styles stay where they were).
"""

from __future__ import annotations

from rich.text import Text

# C0 controls but tab and newline as the control pictures (␛ for ESC, ␇ for BEL), DEL as ␡, C1 controls
# (a lone \x9b is a CSI to some terminals) as the replacement character.
_SHOWN = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n"}
_SHOWN[0x7F] = 0x2421
_SHOWN.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def plain(text: str) -> str:
    """``text`` with every control character (but tab and newline) replaced by a visible symbol."""
    return text.translate(_SHOWN)


def plain_text(text: Text) -> Text:
    """``text`` (changed in place and returned) with its control characters shown as symbols."""
    shown = plain(text.plain)
    if shown != text.plain:
        text.plain = shown  # same length: the spans keep their places
    return text


__all__ = ["plain", "plain_text"]
