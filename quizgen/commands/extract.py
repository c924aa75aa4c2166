"""Make a draft deck from news articles: leaders, dates, figures and agreements, each quoting its
sentence. Offline and deterministic; review the draft, then run `quizgen check` on it."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

HELP = "draft a deck (leaders, dates, figures, agreements) from news articles"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", nargs="+", metavar="ARTICLE",
                        help="plain-text article(s) about one story; several are merged into one deck")
    parser.add_argument("-o", "--output", required=True, metavar="DECK.yaml",
                        help="where to write the deck ('-' for standard output)")
    parser.add_argument("--id", dest="deck_id", metavar="SLUG", help="deck id (default: from the title)")
    parser.add_argument("--title", metavar="TEXT", help="deck title (default: the first article's title)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for articles that state none (resolves 'on Monday')")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..atomic import write_text
    from ..errors import UsageError
    from ..extract import extract_deck

    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            raise UsageError(f"--published: '{args.published}' is not a date like 2024-06-20") from None
    if args.deck_id and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", args.deck_id):
        raise UsageError(f"--id: '{args.deck_id}' is not a slug (lower-case letters, digits and hyphens)")
    to_stdout = args.output == "-"
    if not to_stdout and Path(args.output).is_dir():
        raise UsageError(f"{args.output}: is a directory; give a file name such as {args.output}/deck.yaml")
    if not to_stdout and Path(args.output).exists() and not args.force:
        from ..errors import OutputExistsError

        raise OutputExistsError(args.output)
    out_dir = Path.cwd() if to_stdout else (Path(args.output).parent if str(Path(args.output).parent) else Path("."))
    result = extract_deck(args.articles, out_dir, deck_id=args.deck_id, title=args.title, published=published)
    if to_stdout:
        sys.stdout.write(result.yaml_text)
        sys.stdout.flush()
    else:
        write_text(args.output, result.yaml_text, force=args.force)
        print(f"{args.output}: {result.summary()}; review them, then run `quizgen check {args.output}`",
              file=sys.stderr)
    return 0
