"""Export questions for Anki, a printed worksheet, Moodle, Canvas, Kahoot, Blooket or Quizlet.

Example: quizgen export gift decks/putin-hanoi-2024.yaml -o putin.gift.txt
The file is written atomically; an existing file is replaced only with --force. Questions a
format cannot hold (too long for Kahoot, a typed answer in a choice-only tool) are left out
and listed on stderr with the reason.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .questions import add_selection_arguments

HELP = "write questions as an Anki deck, worksheet or LMS/quiz-tool import file"
FORMATS = ("anki", "worksheet", "gift", "moodle-xml", "qti", "kahoot", "blooket", "quizlet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", metavar="FORMAT", help=f"one of: {', '.join(FORMATS)}")
    parser.add_argument("decks", nargs="+", metavar="DECK", help="deck YAML files")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_selection_arguments(parser)
    group = parser.add_argument_group("format options")
    group.add_argument("--subdecks", action="store_true",
                       help="anki: one subdeck per fact kind (Title::Leaders, Title::Dates, ...)")
    group.add_argument("--versions", default=None, metavar="A,B",
                       help="worksheet: parallel forms with their own question/option order and key")
    group.add_argument("--paper", choices=("a4", "letter"), default="a4", help="worksheet: paper size")
    group.add_argument("--time-limit", type=int, default=None, metavar="SECONDS",
                       help="kahoot/blooket: seconds per question")
    group.add_argument("--title", default=None, help="title shown in the export (default: the deck titles)")
    group.add_argument("--date", default=None, metavar="TEXT", help="worksheet: the date printed in the heading")


def _source_date_epoch() -> int | None:
    """The reproducible-builds convention: with SOURCE_DATE_EPOCH set, a file's time stamps come from it
    (the Anki notes' modification time instead of the deck file's mtime), so two checkouts of one
    deck give the same bytes."""
    from ..errors import UsageError

    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) >= 2**40:
        raise UsageError(f"SOURCE_DATE_EPOCH={raw[:40]!r}: expected seconds since 1970 (an integer)")
    return int(raw)


def run(args: argparse.Namespace) -> int:
    from ..atomic import write_bytes
    from ..errors import OutputExistsError, UsageError
    from ..export import ExportRequest, available, get_exporter
    from .questions import load_questions

    if args.format not in FORMATS:
        raise UsageError(f"unknown export format '{args.format}' (choose from: {', '.join(available())})")
    exporter = get_exporter(args.format)
    output = Path(args.output)
    if output.suffix.lower() not in exporter.SUFFIXES:
        raise UsageError(f"{output}: a {args.format} export is written to a file ending in "
                         f"{' or '.join(exporter.SUFFIXES)}")
    if output.exists() and not args.force:  # say so before the (possibly slow) export work
        raise OutputExistsError(str(output))
    versions = [v.strip() for v in args.versions.split(",") if v.strip()] if args.versions else None
    modified = _source_date_epoch()
    decks, questions = load_questions(args)
    request = ExportRequest(
        decks=tuple(decks), questions=tuple(questions), output=output, seed=args.seed,
        options={"subdecks": args.subdecks, "versions": versions, "paper": args.paper,
                 "time_limit": args.time_limit, "title": args.title, "date": args.date, "modified": modified},
    )
    result = exporter.render(request)
    for skipped in result.skipped:
        print(f"skipped {skipped.question_id}: {skipped.reason}", file=sys.stderr)
    write_bytes(output, result.data, force=args.force)
    written = result.count or len(questions) - len(result.skipped)
    print(f"{output}: {written} questions ({args.format})" +
          (f", {len(result.skipped)} left out (see above)" if result.skipped else ""))
    return 0
