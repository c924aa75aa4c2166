"""quizgen never imports Textual or tui, and the installed `quizgen` command (tui.cli) loads Textual only
for `quiz`: `quizgen check` and the library stay fast and headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "decks" / "putin-hanoi-2024.yaml"

PROBE = """
import sys
{body}
heavy = sorted(m for m in sys.modules if m.split(".")[0] in PACKAGES)
print(",".join(heavy))
"""


def loaded_after(body: str, packages: tuple[str, ...] = ("textual", "tui")) -> list[str]:
    """Which modules of ``packages`` a fresh interpreter has loaded after running ``body``."""
    probe = f"PACKAGES = {packages!r}\n" + PROBE.format(body=body)
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60)
    return [m for m in out.stdout.strip().split(",") if m]


def test_core_modules_do_not_import_textual() -> None:
    body = ("import quizgen.session, quizgen.progress, quizgen.scheduling, quizgen.matching, quizgen.deck\n"
            "import quizgen.cli, quizgen.library, quizgen.commands.stats, quizgen.commands.export")
    assert loaded_after(body) == []


def test_quizgen_check_and_help_do_not_import_textual() -> None:
    body = ("from quizgen.cli import main\n"
            f"rc = main(['check', {str(DECK)!r}, '-q'])\n"
            "assert rc == 0, rc\n"
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            "        main(['--help'])\n"
            "    except SystemExit:\n"
            "        pass")
    assert loaded_after(body) == []


def test_stats_does_not_import_textual(tmp_path: Path) -> None:
    body = ("from quizgen.cli import main\n"
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = main(['stats', {str(DECK)!r}, '--data-dir', {str(tmp_path)!r}])\n"
            "assert rc == 0, rc")
    assert loaded_after(body) == []


def test_the_installed_command_loads_textual_only_for_the_quiz(tmp_path: Path) -> None:
    headless = ("from tui.cli import main\n"
                "import contextlib, io\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                f"    assert main(['check', {str(DECK)!r}]) == 0\n"
                f"    assert main(['stats', {str(DECK)!r}, '--data-dir', {str(tmp_path)!r}]) == 0\n"
                "    try:\n"
                "        main(['--help'])\n"
                "    except SystemExit:\n"
                "        pass")
    assert loaded_after(headless, ("textual",)) == []
    quiz_parser = "from tui.cli import COMMANDS\nfrom quizgen.cli import build_parser\nbuild_parser('quiz', COMMANDS)"
    assert loaded_after(quiz_parser, ("textual",)) == []  # the parser is built before the first frame


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's [tool.importlinter] contracts: the core never imports the app (tui, textual), and
    extraction never imports the question engine (English helpers both need live below both)."""
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:]
    assert "2 kept, 0 broken" in out.stdout


def test_the_core_type_checks() -> None:
    """make lint's mypy run on quizgen/ (pyproject.toml [tool.mypy]), kept green by the suite CI runs."""
    mypy = Path(sys.executable).with_name("mypy")
    out = subprocess.run([str(mypy), "quizgen", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stdout[-3000:]
