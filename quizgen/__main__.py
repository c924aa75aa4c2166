"""`python -m quizgen` is the `quizgen` command."""

import sys

from .cli import main

sys.exit(main())
