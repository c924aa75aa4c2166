"""Export questions for Anki, a printed worksheet, Moodle, Canvas, Kahoot, Blooket or Quizlet."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import UsageError
from .questions import add_count_argument, add_selection_arguments, load_decks

HELP = "write questions as an Anki deck, worksheet or LMS/quiz-tool import file"


class Format(NamedTuple):
    """What `quizgen export FORMAT --help` says of a format: kept here, not in the exporter modules,
    so that showing help never imports genanki, openpyxl or WeasyPrint."""

    summary: str  # what the file is and where it is imported
    example: str  # the arguments after `quizgen export FORMAT`
    options: dict[str, str]  # the format options it takes (keys of OPTIONS) -> their help for it
    # How many questions by default (the best first): a worksheet or a live game is a set a teacher
    # hands out; a flashcard deck or a question bank holds every question that passed the gate.
    default_count: str = "all"
    types: str | None = None  # the question types the format holds, when not all (chosen from these)


FORMAT_INFO: dict[str, Format] = {
    "anki": Format(
        "Anki package (.apkg): one Anki deck per quizgen deck; importing a new export updates the notes in place.",
        "decks/putin-hanoi-2024.yaml -o putin.apkg --subdecks",
        {"subdecks": "one subdeck per fact kind (Title::Leaders, Title::Dates, ...)"}, "all"),
    "worksheet": Format(
        "Printable worksheet with an answer key, as PDF or as HTML to print from a browser.",
        "decks/putin-hanoi-2024.yaml -o week12.pdf --paper letter --versions A,B",
        {"paper": "page size: a4 or letter (default a4)",
         "versions": "parallel forms (A,B): each its own question and option order and its own key",
         "title": "the heading (default: the deck titles)",
         "date": "the date printed in the heading"}, "20"),
    "gift": Format(
        "Moodle GIFT text: Question bank -> Import, format GIFT (keep the .txt name).",
        "decks/putin-hanoi-2024.yaml -o putin.gift.txt", {}, "20"),
    "moodle-xml": Format(
        "Moodle XML: Question bank -> Import, format Moodle XML.",
        "decks/putin-hanoi-2024.yaml -o putin.xml --title 'Putin in Hanoi'",
        {"title": "the question category's name (default: the deck titles)"}, "20"),
    "qti": Format(
        "QTI 1.2 zip for Canvas: Settings -> Import course content, type QTI .zip file.",
        "decks/putin-hanoi-2024.yaml -o putin-qti.zip --time-limit 30",
        {"time_limit": "seconds per question; times the number of questions, the quiz's time limit",
         "title": "the quiz's title (default: the deck titles)"}, "20"),
    "kahoot": Format(
        "Kahoot quiz spreadsheet (.xlsx): Create -> Import spreadsheet. Multiple choice and true/false only.",
        "decks/putin-hanoi-2024.yaml -o putin.xlsx --time-limit 30",
        {"time_limit": "seconds per question: 5, 10, 20, 30, 60, 90, 120 or 240 (default 20)",
         "title": "the title above the questions (default: the deck titles)"}, "15", "mc,tf"),
    "blooket": Format(
        "Blooket CSV: Create a set -> Spreadsheet import. Multiple choice and true/false only.",
        "decks/putin-hanoi-2024.yaml -o putin.csv --time-limit 30",
        {"time_limit": "seconds per question, at most 300 (default 20)"}, "20", "mc,tf"),
    "quizlet": Format(
        "Quizlet import text: Create -> Import, 'Tab' between term and definition, 'New line' between cards.",
        "decks/putin-hanoi-2024.yaml -o putin.txt", {}),
}
FORMATS = tuple(FORMAT_INFO)

# Format options: option name (a key of Format.options) -> its flag and argparse settings where it applies.
OPTIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "subdecks": ("--subdecks", {"action": "store_true"}),
    "paper": ("--paper", {"choices": ("a4", "letter"), "default": "a4"}),
    "versions": ("--versions", {"metavar": "A,B"}),
    "time_limit": ("--time-limit", {"type": int, "metavar": "SECONDS"}),
    "title": ("--title", {"metavar": "TEXT"}),
    "date": ("--date", {"metavar": "TEXT"}),
}

DESCRIPTION = """\
Export questions for Anki, a printed worksheet, Moodle, Canvas, Kahoot, Blooket or Quizlet.

Each format has its own options: `quizgen export FORMAT --help` shows them with an example.

The file is written atomically; an existing file is replaced only with --force. Questions a
format cannot hold (a typed answer in Kahoot, a question over its 120 characters) are left out
and counted on stderr by reason; --verbose lists each one.
"""
EPILOG = """\
examples:
  quizgen export anki decks/putin-hanoi-2024.yaml -o putin.apkg
  quizgen export gift decks/putin-hanoi-2024.yaml -o putin.gift.txt
  quizgen export kahoot --help
"""


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Paragraphs and examples as written (argparse would run them together), wrapped option help in
    a column wide enough for the longest format name."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One sub-command per format, so that `quizgen export FORMAT --help` shows that format's options."""
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = HelpFormatter
    formats = parser.add_subparsers(title="formats", dest="format", metavar="FORMAT", required=True)
    for name, info in FORMAT_INFO.items():
        sub = formats.add_parser(name, help=info.summary, description=textwrap.fill(info.summary, 78),
                                 epilog=f"example:\n  quizgen export {name} {info.example}\n",
                                 formatter_class=HelpFormatter)
        _add_format_arguments(sub, name, info)


def _add_format_arguments(parser: argparse.ArgumentParser, name: str, info: Format) -> None:
    parser.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML files")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_selection_arguments(parser)
    add_count_argument(parser, info.default_count)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list each question left out, not only how many for each reason")
    own = parser.add_argument_group(f"{name} options") if info.options else None
    for option, (flag, settings) in OPTIONS.items():
        if own is not None and option in info.options:
            own.add_argument(flag, dest=option, help=info.options[option], **settings)
        else:
            # Accepted by the parser only to be refused by name in run(): argparse alone would say
            # "unrecognized arguments" without saying which format the option belongs to.
            action = "store_true" if settings.get("action") == "store_true" else "store"
            parser.add_argument(flag, dest=option, action=action, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


class MisplacedOptions(UsageError):
    """Format options given to a format that does not take them: one line each, all at once."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.problems = lines

    def lines(self) -> list[str]:
        return list(self.problems)


def misplaced_options(args: argparse.Namespace) -> list[str]:
    """One line per format option given that ``args.format`` does not take, naming the formats that do."""
    lines = []
    for option, (flag, _) in OPTIONS.items():
        if option in FORMAT_INFO[args.format].options or option not in vars(args):
            continue
        takers = [name for name, info in FORMAT_INFO.items() if option in info.options]
        listed = ", ".join(takers[:-1]) + f" and {takers[-1]}" if len(takers) > 1 else takers[0]
        lines.append(f"{flag}: applies only to {listed}, not to {args.format}")
    return lines


def _source_date_epoch() -> int | None:
    """The reproducible-builds convention: with SOURCE_DATE_EPOCH set, a file's time stamps come from it
    (the Anki notes' modification time instead of the deck file's mtime), so two checkouts of one
    deck give the same bytes."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) >= 2**40:
        raise UsageError(f"SOURCE_DATE_EPOCH={raw[:40]!r}: expected seconds since 1970 (an integer)")
    return int(raw)


_REFILLS = 8  # rounds of replacing questions a format cannot hold with the next best


def run(args: argparse.Namespace) -> int:
    from ..atomic import occupied, write_bytes
    from ..errors import OutputExistsError
    from ..export import ExportRequest, get_exporter, skip_report
    from .questions import select

    if misplaced := misplaced_options(args):
        raise MisplacedOptions(misplaced)
    exporter = get_exporter(args.format)
    output = Path(args.output)
    if output.suffix.lower() not in exporter.SUFFIXES:
        raise UsageError(f"{output}: a {args.format} export is written to a file ending in "
                         f"{' or '.join(exporter.SUFFIXES)}")
    if occupied(output) and not args.force:  # say so before the (possibly slow) export work
        raise OutputExistsError(str(output))
    options = {option: getattr(args, option, None) for option in OPTIONS}
    versions = options["versions"]
    options["versions"] = [v.strip() for v in versions.split(",") if v.strip()] if versions else None
    options["modified"] = _source_date_epoch()
    if args.types is None:  # a set of 15 for Kahoot is 15 questions Kahoot can hold
        args.types = FORMAT_INFO[args.format].types
    decks, types = load_decks(args)
    pool: list[Any] | None = None

    def whole_pool() -> list[Any]:
        nonlocal pool
        if pool is None:
            from ..questions import generate_many

            pool = generate_many(decks, seed=args.seed, types=types)
        return pool

    # A set of N is N questions the format can hold: what it leaves out (too long for Kahoot, say)
    # makes way for the next best, a few rounds at most; with --count all nothing is to be refilled.
    left_out: dict[str, Any] = {}
    for _ in range(_REFILLS):
        if left_out:
            chosen, _rejected = select(decks, [q for q in whole_pool() if q.id not in left_out], args.count)
        else:
            chosen = _first_set(args, decks, types, whole_pool)
        questions = [r.question for r in chosen]
        request = ExportRequest(decks=tuple(decks), questions=tuple(questions), output=output, seed=args.seed,
                                options=options)
        result = exporter.render(request)
        if not result.skipped or args.count.strip().lower() == "all":
            break
        left_out.update({s.question_id: s for s in result.skipped})
    written = result.count or len(questions) - len(result.skipped)
    left_out.update({s.question_id: s for s in result.skipped})
    for line in skip_report(tuple(left_out.values()), verbose=args.verbose):
        print(line, file=sys.stderr)
    write_bytes(output, result.data, force=args.force)
    print(f"{output}: {written} questions ({args.format})" +
          (f", {len(left_out)} left out (see above)" if left_out else ""))
    return 0


def _first_set(args: argparse.Namespace, decks: list[Any], types: tuple[Any, ...],
               whole_pool: Any) -> list[Any]:
    """``select`` of the whole pool for --count, kept across runs beside the deck cache (keyed by the decks'
    and their articles' bytes, quizgen's files, --seed, --types and --count: quizgen/deckcache.py), so
    exporting a deck again does not make its questions again. Not kept with --no-cache."""
    from .. import deckcache
    from ..questions import stored
    from .questions import select

    params = ("export-set", args.seed, tuple(t.value for t in types), args.count.strip().lower())
    use_cache = getattr(args, "cache", True)
    data = deckcache.load_derived("questions", decks, params) if use_cache else None
    if data is not None:
        try:
            return stored.decode(data)
        except Exception:  # stored by other code or damaged beyond the checksum: make the set again
            pass
    chosen, _rejected = select(decks, whole_pool(), args.count)
    if use_cache:
        try:
            data = stored.encode(chosen)
        except stored.Unstorable:
            return chosen
        deckcache.save_derived("questions", decks, params, data)
    return chosen
