"""The README documents every command and every export format a user can run."""

from __future__ import annotations

from deckpaths import ROOT

from quizgen.commands.export import FORMATS
from quizgen.export import available
from tui.cli import COMMANDS  # the installed command's: the headless ones and quiz

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_setup_commands_come_first() -> None:
    setup = README.index("## Set-up")
    assert setup < README.index("make quiz") < README.index("## Commands")
    assert setup < README.index("make test") < README.index("## Commands")


def test_every_command_has_an_example() -> None:
    for name in COMMANDS:
        assert f"quizgen {name} " in README, name


def test_every_export_format_is_available_and_documented() -> None:
    assert available() == list(FORMATS)
    for name in FORMATS:
        assert f"quizgen export {name} " in README, name


def test_ci_runs_make_test_only() -> None:
    lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert lines[-1] == "make test"
