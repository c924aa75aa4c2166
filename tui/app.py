"""QuizApp: decks on the first screen, a session per deck, progress in SQLite; ``make_app`` builds it."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quizgen.errors import QuizgenError
from quizgen.library import DEFAULT_NEW_LIMIT, find_decks

from .plain import plain

if TYPE_CHECKING:  # decks, progress, the question engine and the session load after the first frame
    from quizgen.matching import DeckNames
    from quizgen.model import Deck
    from quizgen.progress import DeckCounts, ProgressStore
    from quizgen.questionpool import QuestionPool
    from quizgen.questions.model import Question
    from quizgen.scheduling import SpacedRepetition
    from quizgen.session import QuizSession

    from .screens.deck_picker import DeckPickerScreen
    from .screens.quiz import QuizScreen
    from .screens.results import ResultsScreen

QuestionSource = Callable[["Deck"], "list[Question]"]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DeckEntry:
    """One deck on the deck screen: loaded (with its questions) or broken (with its error).

    The deck screen shows first with the file names; a daemon thread then loads every deck
    (``loaded``), then gives each deck a pool that makes its questions as a session needs them
    (``startable``: a large deck's first questions are made ahead), then goes over every deck's whole
    pool for the ids (``ready``); the app then counts its questions by progress state (``counts``),
    again whenever the deck screen comes back, and the deck screen shows them. (With the app's
    ``questions_for``, a deck's questions are a list made at once: ``questions``.)
    """

    path: Path
    deck: Deck | None = None
    questions: list[Question] = field(default_factory=list)
    error: QuizgenError | None = None
    names: DeckNames | None = None
    loaded: bool = False  # the deck file was read (or failed to)
    ready: bool = False  # every question id known (or the deck is broken)
    counts: DeckCounts | None = None  # new, learning, due, learned (None: not known yet)
    pool: QuestionPool | None = None  # the deck's questions, made as needed (None with ``questions_for``)
    startable: bool = False  # a session can start (its questions can be made now)

    def question_ids(self) -> list[str]:
        """Every question's id (waits for the pool's pass over the deck when it is still going)."""
        return self.pool.ids() if self.pool is not None else [q.id for q in self.questions]

    @property
    def title(self) -> str:
        return self.deck.title if self.deck else self.path.name

    @property
    def facts(self) -> int:
        return len(self.deck.facts) if self.deck else 0


class QuizApp(App[None]):
    """Study decks with spaced repetition; every answer is saved before the next question shows.

    The app owns the decks, the progress file and the navigation; its screens tell it what the student
    chose with messages (``DeckPickerScreen.Study``, ``QuizScreen.Finished``, ``ResultsScreen.ReviewMissed``)
    or by dismissing themselves, and never call into it. It hands them their data (the deck screen's
    entries and counts, a quiz screen's session).
    """

    CSS_PATH = "app.tcss"
    TITLE = "quizgen"
    SUB_TITLE = "study the news"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit; every answer given is already saved"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit-now",
                tooltip="Quit from anywhere, even while typing; answers given are saved"),
        Binding("question_mark", "help", "Help", key_display="?", id="help", tooltip="Show every key"),
        Binding("f1", "help", "Help", show=False, id="help-f1", tooltip="Show every key (works while typing)"),
    ]

    def __init__(self, deck_paths: Sequence[Path], *, store_path: Path | None = None,
                 data_dir: str | os.PathLike[str] | None = None, clock: Clock = utc_now,
                 new_limit: int = DEFAULT_NEW_LIMIT, questions_for: QuestionSource | None = None,
                 srs: SpacedRepetition | None = None) -> None:
        """``store_path`` is the progress file; without it, progress.sqlite3 in ``data_dir`` (see
        :func:`make_app`), worked out after the first frame (so the progress module loads then)."""
        super().__init__()
        self.deck_paths = list(deck_paths)
        self.store_path = store_path
        self.data_dir = data_dir
        self.now = clock
        self.new_limit = new_limit
        self.questions_for = questions_for
        self.srs = srs
        self.store: ProgressStore | None = None
        self.progress_notice: str | None = None  # a damaged progress file was set aside (see exit_lines)
        self.progress_error: QuizgenError | None = None  # the progress file could not be used
        self.entries: list[DeckEntry] = []
        self.session: QuizSession | None = None  # the latest session (tests read it)
        self.deck_screen: DeckPickerScreen | None = None  # the first screen (None in a subclass without it)
        self._loading_stop = threading.Event()  # set when the app closes: the loading thread stops telling it
        self._scan_go = threading.Event()  # cleared while a session starts: the pass over a deck waits
        self._scan_go.set()

    def get_default_screen(self) -> Screen[object]:
        """The deck screen is the app's first screen (no blank default screen is built and painted first)."""
        from .screens.deck_picker import DeckPickerScreen

        self._pending: DeckEntry | None = None
        self.entries = [DeckEntry(p) for p in self.deck_paths]
        self.deck_screen = DeckPickerScreen(self.entries)
        return self.deck_screen

    def on_mount(self) -> None:
        # immediate: the counts are right before the deck screen paints again (after a session, a dialog)
        self.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Load the decks, open the progress file and make the questions once the deck screen shows.

        Opening the progress file checks it (and migrates or sets aside a damaged one): a set-aside
        is a notification now and a line on stderr when the app closes (``exit_lines``); a file that
        cannot be used (from a newer quizgen, unreadable, no data dir) is an error dialog, then exit
        status 2 (``exit_status``) with the message on stderr: nothing can be saved without it.
        """
        self.run_worker(self._prepare_in_background(), group="prepare", exit_on_error=False)
        from quizgen.progress import DB_NAME, ProgressStore
        from quizgen.progress import data_dir as resolve_data_dir

        try:
            if self.store_path is None:
                self.store_path = resolve_data_dir(self.data_dir) / DB_NAME
            self.store = ProgressStore(self.store_path)
        except QuizgenError as exc:
            self.progress_error = exc
            self.show_error(exc, hint="Closing this quits: answers cannot be saved without the progress file.",
                            on_close=lambda: self.exit(return_code=2))
            return
        if self.store.notice:
            self.progress_notice = self.store.notice
            self.notify(plain(self.store.notice), title="Progress file set aside", severity="warning", timeout=60,
                        markup=False)

    def exit_lines(self) -> list[str]:
        """What to print on stderr once the app has closed: a set-aside notice, a progress file error."""
        lines = [self.progress_notice] if self.progress_notice else []
        if self.progress_error is not None:
            lines += self.progress_error.lines()
        return lines

    def exit_status(self) -> int:
        """2 if the progress file could not be used (however the app was closed), else the return code."""
        return 2 if self.progress_error is not None else (self.return_code or 0)

    def on_unmount(self) -> None:
        self._loading_stop.set()
        self._scan_go.set()
        if self.store is not None:
            self.store.close()
            self.store = None

    @staticmethod
    def _load(entry: DeckEntry) -> None:
        from quizgen.deck import load_deck

        try:
            entry.deck = load_deck(entry.path)
        except QuizgenError as exc:
            entry.error = exc
            entry.ready = True
        except Exception as exc:  # a bug in the loader: say so in a dialog, don't lose the app
            entry.error = QuizgenError(f"{entry.path}: could not load the deck: {exc!r}", "Deck loader error")
            entry.ready = True
        entry.loaded = True

    async def _prepare_in_background(self) -> None:
        """Worker: run ``_prepare`` in a daemon thread and wait for it (or for the app to close).

        Not a Textual thread worker: those run in asyncio's default executor, whose threads are joined
        when the app's event loop closes and again when Python exits, so a read that never returns (a
        deck on a stuck network mount, a file that is a named pipe on a loader that opens it) kept the
        process alive after q or Ctrl+C until kill -9. A daemon thread is left behind at exit; this
        coroutine is cancelled with the app's workers and just stops waiting. Errors in the thread are
        this worker's (``exit_on_error=False``: logged, the app goes on), as before.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()

        def run() -> None:
            try:
                self._prepare()
            except BaseException as exc:  # handed to the worker, which reports it
                _settle(loop, done, exc)
            else:
                _settle(loop, done, None)

        threading.Thread(target=run, name="quizgen-prepare", daemon=True).start()
        await done

    def _tell_ui(self, entry: DeckEntry | None) -> bool:
        """From the loading thread: ``_prepared(entry)`` in the app's thread. False once the app is closing."""
        if self._loading_stop.is_set():
            return False
        try:
            self.call_from_thread(self._prepared, entry)
        except RuntimeError:  # the app stopped meanwhile: nobody to tell
            return False
        return True

    def _prepare(self) -> None:
        """Loading thread: load every deck, then every deck's questions (no store access); tell the UI.

        Stops when the app is closing, so a thread that was stuck on one deck does no more once freed.
        """
        for entry in self.entries:
            if self._loading_stop.is_set():
                return
            self._load(entry)
        if not self._tell_ui(None):
            return
        for step in (self._make_pool, self._scan_pool):
            for entry in self.entries:
                if entry.deck is None or entry.ready:
                    continue
                try:
                    step(entry)
                except _Closing:
                    return
                except QuizgenError as exc:
                    entry.error = exc
                    entry.ready = True
                except Exception as exc:  # a bug in the engine: say so in a dialog, don't lose the app
                    entry.error = QuizgenError(f"{entry.path}: could not make questions: {exc!r}",
                                               "Question engine error")
                    entry.ready = True
                if not self._tell_ui(entry):
                    return

    def _make_pool(self, entry: DeckEntry) -> None:
        """Loading thread: ``entry``'s questions, or the pool that makes them (a large deck's first new
        questions made ahead, so a session starts at once)."""
        assert entry.deck is not None
        if self.questions_for is not None:
            from quizgen.matching import DeckNames

            questions = self.questions_for(entry.deck)
            entry.names = DeckNames.from_questions(questions)
            entry.questions = questions
            entry.startable = entry.ready = True
            return
        from quizgen.questionpool import QuestionPool

        pool = QuestionPool(entry.deck)
        if not pool.complete:
            facts: set[str] = set()
            for q in pool.ordered():
                facts.add(q.fact_id)
                if len(facts) > self.new_limit:
                    break
        entry.pool = pool
        entry.startable = True
        entry.ready = pool.scanned

    def _scan_pool(self, entry: DeckEntry) -> None:
        """Loading thread: every question id of a large deck (for its counts), held while a session starts."""
        assert entry.pool is not None

        def pause() -> None:
            self._scan_go.wait()
            if self._loading_stop.is_set():
                raise _Closing

        entry.pool.scan(pause)
        entry.ready = True

    def _prepared(self, entry: DeckEntry | None) -> None:
        """A deck's questions are ready (``None``: every deck is loaded)."""
        self._update_counts(self.entries if entry is None else (entry,))
        if self._pending is not None and self._pending.error is not None:
            entry, self._pending = self._pending, None
            self.start_quiz(entry)  # a broken deck: its error, now that it is known
        elif entry is not None and self._pending is entry and entry.startable:
            self._pending = None
            self.start_quiz(entry)

    def counts(self, entry: DeckEntry) -> DeckCounts | None:
        """``entry``'s questions by progress state, now (None until its questions and the progress file are)."""
        if self.store is None or entry.deck is None or not entry.ready:
            return None
        return self.store.counts(entry.deck.id, entry.question_ids(), self.now())

    def _update_counts(self, entries: Iterable[DeckEntry]) -> None:
        """Count ``entries`` afresh; the deck screen shows every deck's row again (repainting what changed)."""
        for entry in entries:
            entry.counts = self.counts(entry)
        if self.deck_screen is not None and self.deck_screen.is_mounted:
            self.deck_screen.refresh_counts()

    def _screen_changed(self, screen: Screen[object]) -> None:
        """Back on the deck screen (after a session, a dialog): answers may have changed the counts."""
        if screen is self.deck_screen:
            self._update_counts(self.entries)

    # -- what the screens ask for ---------------------------------------------------------------
    def on_deck_picker_screen_study(self, message: DeckPickerScreen.Study) -> None:
        message.stop()
        self.start_quiz(message.entry)

    def on_quiz_screen_finished(self, message: QuizScreen.Finished) -> None:
        """The last question was answered: the results replace the quiz."""
        from .screens.results import ResultsScreen

        message.stop()
        self.switch_screen(ResultsScreen(message.session, message.entry))

    def on_results_screen_review_missed(self, message: ResultsScreen.ReviewMissed) -> None:
        """A session of just the questions missed replaces the results."""
        message.stop()
        self.start_quiz(message.entry, only=message.questions, replace=True)

    # -- navigation -----------------------------------------------------------------------------
    def start_quiz(self, entry: DeckEntry, only: Iterable[Question] | None = None, *,
                   replace: bool = False) -> None:
        """Open a session on ``entry`` (due + new, or just ``only``); says so when nothing is due."""
        from quizgen.session import QuizSession

        from .screens.quiz import QuizScreen

        if entry.error is not None:
            self.show_error(entry.error)
            return
        if not entry.startable:
            self._pending = entry  # starts as soon as its questions are ready
            self.notify("Preparing questions…", timeout=2)
            return
        if self.store is None or entry.deck is None:
            self.notify("No progress file is open, so answers cannot be saved.", title="Cannot study",
                        severity="error")
            return
        self._scan_go.clear()  # the pass over a large deck waits until the session's first frame
        self.call_after_refresh(self._scan_go.set)
        try:
            session = QuizSession(entry.deck.id, entry.pool or entry.questions, self.store, clock=self.now,
                                  new_limit=self.new_limit, srs=self.srs, only=only, names=entry.names)
        except QuizgenError as exc:
            self._scan_go.set()
            self.show_error(exc)
            return
        if not session.items:
            self._scan_go.set()  # (the message needs every question id: the pass must go on)
            self.notify(self._nothing_due(entry), title="Nothing to study now", markup=False)
            return
        self.session = session
        screen = QuizScreen(session, entry)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def _nothing_due(self, entry: DeckEntry) -> str:
        assert self.store is not None and entry.deck is not None
        cards = self.store.cards(entry.deck.id)
        dues = [cards[qid].due for qid in entry.question_ids() if qid in cards]
        title = plain(entry.title)  # as written: no markup (markup=False), no escape sequences
        if not dues:
            return f"{title}: no questions."
        nxt = min(dues).astimezone()
        return f"{title}: all caught up (today's new cards done). Next review {nxt:%d %b %H:%M}."

    def show_error(self, exc: QuizgenError, *, hint: str | None = None,
                   on_close: Callable[[], object] | None = None) -> None:
        from .dialogs.error import ErrorDialog

        dialog = ErrorDialog(exc.title, "\n".join(exc.lines()), hint=hint)
        self.push_screen(dialog, callback=None if on_close is None else lambda _: on_close())

    def action_help(self) -> None:
        from .dialogs.help import HelpDialog

        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Show every key of the quiz", self.action_help)
        for binding in getattr(screen, "PALETTE", ()):
            name, help_text, action = binding
            if screen.check_action(action, ()) is True:
                yield SystemCommand(name, help_text, lambda a=action, s=screen: s.run_action(a))


class _Closing(Exception):
    """The app is closing: the loading thread stops where it is."""


def _settle(loop: asyncio.AbstractEventLoop, done: asyncio.Future[None], error: BaseException | None) -> None:
    """From another thread: finish ``done`` (with ``error``, if any), unless the loop or the wait is over."""

    def finish() -> None:
        if done.done():  # the worker was cancelled: the app is closing
            return
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)

    try:
        loop.call_soon_threadsafe(finish)
    except RuntimeError:  # the loop is closed: the app has gone
        pass


def make_app(decks: Iterable[str | os.PathLike[str]] = (), *, data_dir: str | os.PathLike[str] | None = None,
             clock: Clock = utc_now, new_limit: int = DEFAULT_NEW_LIMIT,
             questions_for: QuestionSource | None = None, srs: SpacedRepetition | None = None) -> QuizApp:
    """The app for ``quizgen quiz``, ``python -m tui`` and the tests.

    Args:
        decks: deck files or directories of decks; none means the bundled decks.
        data_dir: where progress.sqlite3 lives (default: ``$QUIZGEN_HOME`` or the user data dir).
        clock: returns the current time (aware); tests pass a fixed one.
        new_limit: new questions per deck per day.
        questions_for: a deck's questions (default: the question engine).
    """
    return QuizApp(find_decks(decks), data_dir=data_dir, clock=clock, new_limit=new_limit,
                   questions_for=questions_for, srs=srs)

__all__ = ["DeckEntry", "QuizApp", "make_app"]
