"""`python -m quizgen`: the headless commands (the installed `quizgen` command adds `quiz`)."""

import sys

from .cli import main

sys.exit(main())
