"""Make a draft deck from news articles: leaders, dates, figures and agreements, each quoting its
sentence. An article is a plain-text file, a saved web page (.html), or a link (http/https, fetched:
the only network access quizgen makes). Review the draft, then run `quizgen check` on it.

  quizgen extract ARTICLE... -o DECK.yaml          one deck from one story's articles (merged)
  quizgen extract ARTICLE_OR_DIR... -o OUTDIR/     one deck per article, in parallel (--jobs N)
  quizgen extract --feed FEED -o OUTDIR/           one deck per item of an RSS or Atom feed (file or URL)

A web page's article text is saved beside its deck (NAME.txt for NAME.yaml): the deck's quotes are
checked against it."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

HELP = "draft a deck (leaders, dates, figures, agreements) from news articles, web pages, links or a feed"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..cli import RawDescriptionHelpFormatter  # argparse's, without importing shutil

    parser.formatter_class = RawDescriptionHelpFormatter
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="plain-text article, saved web page (.html) or http(s) link; with -o DECK.yaml "
                             "several are merged into one deck, with -o DIR/ each (and each directory's "
                             ".txt/.html files) gets its own")
    parser.add_argument("-o", "--output", required=True, metavar="DECK.yaml|DIR/",
                        help="the deck to write ('-' for standard output), or a directory (ending in /) "
                             "for one deck per article or feed item")
    parser.add_argument("--feed", metavar="FEED", help="RSS or Atom feed (file or URL): one deck per item into -o DIR/")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="with --feed: only items published on or after it")
    parser.add_argument("--limit", type=int, metavar="N", help="with --feed: at most N items (the feed's first)")
    parser.add_argument("--jobs", "-j", type=int, metavar="N",
                        help=f"with -o DIR/: articles extracted in N processes at once (default {_default_jobs()})")
    parser.add_argument("--id", dest="deck_id", metavar="SLUG", help="deck id (default: from the title)")
    parser.add_argument("--title", metavar="TEXT", help="deck title (default: the first article's title)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date for articles that state none (resolves 'on Monday')")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="for links: give up on a page after this long (default 20)")
    parser.add_argument("--force", action="store_true", help="replace existing output files")


def _default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _date(flag: str, value: str | None) -> dt.date | None:
    from ..errors import UsageError

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag}: '{value}' is not a date like 2024-06-20") from None


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    published = _date("--published", args.published)
    since = _date("--since", args.since)
    if args.deck_id and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", args.deck_id):
        raise UsageError(f"--id: '{args.deck_id}' is not a slug (lower-case letters, digits and hyphens)")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError("--timeout: give a number of seconds above 0")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs: give a number of processes, 1 or more")
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit: give a number of items, 1 or more")
    out = args.output
    to_dir = out.endswith(("/", os.sep)) or args.feed is not None or any(
        os.path.isdir(a) for a in args.articles)
    if args.feed is not None:
        if args.articles:
            raise UsageError("--feed: give the feed alone, without articles")
    elif not args.articles:
        raise UsageError("give an article (file, saved page or link), or --feed FEED")
    elif args.since or args.limit:
        raise UsageError("--since and --limit choose items of a feed: use them with --feed")
    if to_dir:
        if out == "-":
            raise UsageError("-o -: one deck per article needs a directory, such as -o decks/")
        if args.deck_id or args.title:
            raise UsageError("--id and --title name one deck; with -o DIR/ each deck is named from its article")
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"{out}: is a file, not a directory")
        return _run_many(args, published, since)
    if args.jobs is not None:
        raise UsageError("--jobs: only with -o DIR/ (one deck per article)")
    return _run_one(args, published)


def _run_one(args: argparse.Namespace, published: dt.date | None) -> int:
    from pathlib import Path

    from ..atomic import occupied
    from ..errors import OutputExistsError, UsageError
    from ..extract.sources import build_deck, load_input, write_built

    to_stdout = args.output == "-"
    if not to_stdout and Path(args.output).is_dir():
        raise UsageError(f"{args.output}: is a directory; give a file name such as {args.output}/deck.yaml, "
                         f"or {args.output}/ (ending in /) for one deck per article")
    if not to_stdout and occupied(args.output) and not args.force:
        raise OutputExistsError(args.output)
    loaded = [load_input(a, timeout=args.timeout) for a in args.articles]
    deck_path = None if to_stdout else Path(args.output)
    built = build_deck(loaded, deck_path, deck_id=args.deck_id, title=args.title, published=published)
    for where in built.undated:
        print(f"{where}: no publication date found, so 'on Monday' and the like are left out; give one "
              f"with --published YYYY-MM-DD (or a line such as 'Published 10 July 2023' under the title)",
              file=sys.stderr)
    if to_stdout:
        sys.stdout.write(built.yaml_text)
        sys.stdout.flush()
        return 0
    write_built(built, force=args.force)
    saved = "".join(f"; the page's text is in {p}" for p in built.texts)
    print(f"{args.output}: {built.summary}{saved}; review them beside the article with `quizgen review "
          f"{args.output}`, then run `quizgen check {args.output}`", file=sys.stderr)
    return 0


def _run_many(args: argparse.Namespace, published: dt.date | None, since: dt.date | None) -> int:
    from pathlib import Path

    from ..extract.batch import Progress, find_articles, run_jobs

    out_dir = Path(args.output)
    if args.feed is not None:
        jobs, skipped_by_choice = _feed_jobs(args, out_dir, published, since)
        total_label = "items"
    else:
        inputs = find_articles(args.articles, exclude=out_dir)
        jobs = _article_jobs(inputs, args, out_dir, published)
        skipped_by_choice = 0
        total_label = "articles"
    if not jobs:
        from ..errors import UsageError

        raise UsageError(f"no {total_label} to extract" + (" (none match --since)" if skipped_by_choice else ""))
    workers = args.jobs or _default_jobs()
    progress = Progress(len(jobs))
    outcomes = run_jobs(jobs, workers, progress)
    print(progress.finish(args.output), file=sys.stderr)
    failed = sum(1 for o in outcomes if o.status == "failed")
    return 2 if failed == len(outcomes) else 0


def _article_jobs(inputs: list[str], args: argparse.Namespace, out_dir, published):  # noqa: ANN001, ANN202
    from ..extract.batch import Job, slug_name
    from ..extract.fetch import is_url

    taken: set[str] = set()
    jobs = []
    for spec in inputs:
        if is_url(spec):
            name = spec.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
            name = re.sub(r"\.(s?html?|php|aspx?)$", "", name)
        else:
            name = os.path.splitext(os.path.basename(spec))[0]
        stem = slug_name(name, taken)
        jobs.append(Job(where=spec, source=spec, deck_path=str(out_dir / f"{stem}.yaml"), deck_id=stem,
                        published=published, force=args.force, timeout=args.timeout))
    return jobs


def _feed_jobs(args: argparse.Namespace, out_dir, published, since):  # noqa: ANN001, ANN202
    from ..errors import DeckError, Problem
    from ..extract.article import MAX_BYTES
    from ..extract.batch import Job, slug_name
    from ..extract.feed import FeedError, parse_feed
    from ..extract.fetch import FEED_TYPES, fetch, is_url

    feed_spec = args.feed
    if is_url(feed_spec):
        got = fetch(feed_spec, MAX_BYTES, timeout=args.timeout or 20.0, accept=FEED_TYPES + ("text/plain", "text/html"))
        data, base = got.body, got.url
    else:
        from ..files import UnreadableFile, read_regular_file

        try:
            data = read_regular_file(feed_spec, MAX_BYTES, "feed")
        except UnreadableFile as exc:
            raise DeckError([Problem(feed_spec, None, "no such feed file" if str(exc) == "no such file"
                                     else str(exc))]) from None
        base = None
    try:
        feed = parse_feed(data, base)
    except FeedError as exc:
        raise DeckError([Problem(feed_spec, None, str(exc))]) from None
    items = list(feed.items)
    chosen_out = 0
    if since is not None:
        kept = [it for it in items if it.published is not None and it.published >= since]
        chosen_out = len(items) - len(kept)
        items = kept
    if args.limit is not None:
        items = items[: args.limit]
    taken: set[str] = set()
    jobs = []
    for it in items:
        where = f"{feed_spec}: item {it.index}" + (f" '{it.title[:60]}'" if it.title else "")
        stem = slug_name(it.title or f"item {it.index}", taken, fallback=f"item-{it.index}")
        source = it.link if it.link and is_url(it.link) else None
        jobs.append(Job(where=where, source=source, html=it.content, url=it.link, title=it.title or None,
                        published=it.published or published, outlet=feed.title, deck_path=str(out_dir / f"{stem}.yaml"),
                        deck_id=stem, force=args.force, timeout=args.timeout))
    return jobs, chosen_out
