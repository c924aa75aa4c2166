"""The installed `quizgen` command: quizgen's headless commands plus `quiz` and `review`, the terminal app.

It lives here, not in quizgen, because the core never imports the app: this outer layer puts the two
together. Importing it costs argparse and quizgen.cli only; Textual loads when `quiz` or `review` runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from quizgen import cli

# `quiz` and `review` before `stats`, as `quizgen --help` lists them.
COMMANDS = {**{k: v for k, v in cli.COMMANDS.items() if k != "stats"}, "quiz": "tui.command",
            "review": "tui.review_command", "stats": cli.COMMANDS["stats"]}


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, COMMANDS)


if __name__ == "__main__":
    sys.exit(main())
