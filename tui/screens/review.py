"""ReviewScreen: a draft deck's article(s) beside its facts; accept, reject, edit, add, undo, save.

The deck is a :class:`quizgen.deckedit.DeckEditor`: every change is checked as `quizgen check` checks
a deck before it is taken, and saving keeps the file as the user wrote it outside the changed facts.
The screen tells the app it is done with a message (``Closed``: the app exits); it never calls into the app.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.worker import Worker, WorkerState

from quizgen.deckedit import DeckEditor, EditRefused, FactQuestions, articles, best_questions, proposals
from quizgen.errors import QuizgenError

from ..plain import plain, plain_text
from ..widgets.keybar import KeyBar
from ..widgets.review_panes import ArticlePane, FactList, fact_prompt


class ReviewScreen(Screen[None]):
    """Article on the left, facts on the right; the status line counts what is left to review."""

    BINDINGS = [
        Binding("a", "accept", "Accept", id="review-accept",
                tooltip="Accept the fact: clear its review mark, go to the next fact"),
        Binding("r", "reject", "Reject", id="review-reject", tooltip="Remove the fact from the deck"),
        Binding("e", "edit", "Edit", id="review-edit", tooltip="Edit a field of the fact (checked as you type)"),
        Binding("j", "jump", "Jump", id="review-jump",
                tooltip="From a fact to its sentence in the article, or from a sentence to its fact"),
        Binding("n", "new_fact", "New fact", id="review-new",
                tooltip="Add a fact from the sentence under the cursor (the extractor pre-fills it)"),
        Binding("m", "next_marked", "Next marked", id="review-next-marked",
                tooltip="Go to the next fact still marked for review"),
        Binding("u,ctrl+z", "undo", "Undo", id="review-undo", tooltip="Take back the last change"),
        Binding("s,ctrl+s", "save", "Save", id="review-save", tooltip="Write the deck (atomically)"),
        Binding("tab", "switch_pane", "Pane", show=False, id="review-pane",
                tooltip="Move between the article and the facts"),
    ]
    PALETTE = (
        ("Save deck", "Write the reviewed deck", "save"),
        ("Undo", "Take back the last change", "undo"),
        ("Next marked fact", "Go to the next fact still marked for review", "next_marked"),
    )

    class Closed(Message):
        """The review is over (saved, discarded, or nothing changed): the app may exit."""

    def __init__(self, editor: DeckEditor) -> None:
        super().__init__()
        self.editor = editor
        self.status = Static(id="review-status")
        self.article = ArticlePane(id="article")
        self.fact_list = FactList(id="facts")
        self.message = Static(id="review-message")
        self.questions: dict[str, FactQuestions] | None = None
        self._questions_for: object = None  # the deck the questions were made for
        self._shown: tuple[str, dict[int, dict[str, object]]] | None = None  # (text, fields of facts read from it)

    def compose(self) -> ComposeResult:
        yield self.status
        with Horizontal(id="review-body"):
            yield self.article
            yield self.fact_list
        yield self.message
        yield KeyBar()

    def on_mount(self) -> None:
        self.article.border_title = "Article"
        self.fact_list.border_title = "Facts"
        self.refresh_all(0, questions=False)
        first = next((i for i, f in enumerate(self.editor.facts) if f.review), 0)
        self.fact_list.highlighted = first if self.editor.facts else None
        self.fact_list.focus()
        # the article follows the highlighted fact in the same frame (a message would take a second one)
        self.watch(self.fact_list, "highlighted", self.article.mark_fact, init=False)
        # the questions are made in a thread once the screen is painted: before, it would share the
        # interpreter with the first frame
        self.call_after_refresh(self._make_questions)

    # -- showing ----------------------------------------------------------------------------------
    @property
    def current(self) -> int | None:
        """The highlighted fact's index."""
        index = self.fact_list.highlighted
        return index if index is not None and 0 <= index < len(self.editor.facts) else None

    def refresh_all(self, highlight: int | None = None, *, questions: bool = True) -> None:
        """The facts, the article's marks and the status, after a change; questions follow in a thread."""
        keep = self.current if highlight is None else highlight
        self.article.show_articles(articles(self.editor.path, self.editor.deck))
        self.show_facts(keep)
        self.update_status()
        if questions:
            self._make_questions()

    def shown_field(self, index: int) -> dict[str, object]:
        """Fact ``index``'s fields as the checker's loader reads them from the deck's text (its own lines,
        read when it is first shown and kept until the text changes; the editor's round-trip mappings
        are read one fact at a time, for editing)."""
        text = self.editor.text
        if self._shown is None or self._shown[0] is not text:
            self._shown = (text, {})
        read = self._shown[1]
        if (fields := read.get(index)) is None:
            from quizgen.yamlload import load_with_lines

            try:
                data, _problems = load_with_lines(self.editor.fact_source(index))
                fields = dict(data[0])
            except Exception:  # a fact that cannot be read alone (an alias to another fact): the whole text
                data, _problems = load_with_lines(text)
                fields = dict(data["facts"][index])
            read[index] = fields
        return fields

    def shown_fields(self) -> list[dict[str, object]]:
        """Every fact's fields as shown."""
        return [self.shown_field(i) for i in range(len(self.editor.facts))]

    def show_facts(self, highlight: int | None) -> None:
        """The fact list; each fact's text is made when the list first shows (or measures) it."""
        editor = self.editor
        facts = editor.facts
        questions = self.questions

        def prompt(i: int) -> Text:
            if editor.facts is not facts:  # the deck changed since: refresh_all shows it again
                return Text("")
            return fact_prompt(i + 1, len(facts), facts[i], self.shown_field(i),
                               questions.get(facts[i].id) if questions else None, editor.fact_warnings(i))

        with self.app.batch_update():
            self.fact_list.show_facts(len(facts), prompt, highlight)
            self.article.mark_fact(self.current)

    def update_status(self) -> None:
        editor = self.editor
        left = len(editor.marked())
        warnings = len(editor.warnings())
        text = Text()
        text.append("Review  ", style="bold")
        text.append(f"{editor.path.name}  ·  {len(editor.facts)} facts  ·  ")
        text.append(f"{left} left to review" if left else "nothing left to review",
                    style="bold red" if left else "bold green")
        if warnings > left:
            text.append(f"  ·  {warnings - left} other warning{'s' if warnings - left != 1 else ''}", style="yellow")
        text.append("  ·  ")
        text.append("unsaved changes" if editor.dirty else "saved", style="bold" if editor.dirty else "dim")
        self.status.update(plain_text(text))  # the file name as it is
        self.refresh_bindings()

    def say(self, message: str, *, error: bool = False) -> None:
        self.message.update(Text(plain(message), style="bold red" if error else ""))

    def _make_questions(self) -> None:
        deck = self.editor.deck
        self.run_worker(partial(best_questions, deck), thread=True, exclusive=True, group="review-questions",
                        exit_on_error=False, name="questions")
        self._questions_for = deck

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "review-questions" or event.state is not WorkerState.SUCCESS:
            return
        if self._questions_for is self.editor.deck:
            self.questions = worker.result
            self.show_facts(self.current)

    # -- moving -----------------------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list is self.fact_list:
            self.action_edit()
        elif event.option_list is self.article:
            self._to_fact()

    def action_switch_pane(self) -> None:
        (self.article if self.fact_list.has_focus else self.fact_list).focus()

    def action_jump(self) -> None:
        if self.article.has_focus:
            self._to_fact()
            return
        index = self.current
        if index is None:
            return
        option = self.article.option_of_fact(index)
        if option is None:
            self.say("This fact's quote is not one of the article's sentences.", error=True)
            return
        self.article.highlighted = option
        self.article.scroll_to_highlight(top=True)
        self.article.focus()

    def _to_fact(self) -> None:
        found = self.article.sentence_at(self.article.highlighted)
        if found is None:
            return
        _source, _text, facts = found
        if not facts:
            self.say("No fact quotes this sentence: n adds one.")
            return
        target = self.current if self.current in facts else facts[0]  # the fact we came from, if it quotes it
        self.fact_list.highlighted = target
        self.fact_list.scroll_to_highlight(top=True)
        self.fact_list.focus()

    def action_next_marked(self) -> None:
        facts = self.editor.facts
        now = self.current if self.current is not None else -1
        order = [*range(now + 1, len(facts)), *range(0, now + 1)]
        target = next((i for i in order if facts[i].review), None)
        if target is None:
            self.say("Nothing is left marked for review.")
            return
        self.fact_list.highlighted = target
        self.fact_list.scroll_to_highlight(top=True)
        self.fact_list.focus()

    # -- changing ---------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "reject", "edit"):
            return self.current is not None
        if action == "undo":
            return bool(self.editor.history)
        if action == "new_fact":
            return self.article.has_focus
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def _after_change(self, done: str, highlight: int | None) -> None:
        self.refresh_all(highlight)
        self.say(done)

    def action_accept(self) -> None:
        index = self.current
        if index is None:
            return
        fact = self.editor.facts[index]
        try:
            changed = self.editor.accept(index)
        except EditRefused as exc:
            self.say("Not accepted: " + "; ".join(exc.problems), error=True)
            return
        following = min(index + 1, len(self.editor.facts) - 1)
        if changed:
            self._after_change(f"Accepted '{fact.id}': it will be asked.", following)
        else:
            self.fact_list.highlighted = following
            self.say(f"'{fact.id}' had no review mark: kept as it is.")

    def action_reject(self) -> None:
        index = self.current
        if index is None:
            return
        fact = self.editor.facts[index]
        try:
            self.editor.reject(index)
        except EditRefused as exc:
            self.say("Not removed: " + "; ".join(exc.problems), error=True)
            return
        self._after_change(f"Rejected '{fact.id}': removed from the deck (u undoes it).",
                           min(index, len(self.editor.facts) - 1) if self.editor.facts else None)

    def action_edit(self, field: str | None = None) -> None:
        index = self.current
        if index is None:
            return
        from ..dialogs.review import EditFieldDialog

        def done(changed: bool | None) -> None:
            if changed:
                self._after_change(f"Edited '{self.editor.facts[index].id}'.", index)
            self.fact_list.focus()

        self.app.push_screen(EditFieldDialog(self.editor, index, field), callback=done)

    def action_new_fact(self) -> None:
        found = self.article.sentence_at(self.article.highlighted)
        if found is None:
            self.say("Put the cursor on a sentence of the article first.", error=True)
            return
        source, sentence, _facts = found
        from ..dialogs.review import AddFactDialog

        try:
            proposed = proposals(self.editor.path, self.editor.deck, source, sentence)
        except (OSError, QuizgenError) as exc:
            proposed = {}
            self.say(f"The extractor could not read the article: {exc}", error=True)

        def done(index: int | None) -> None:
            if index is not None:
                self._after_change(f"Added '{self.editor.facts[index].id}'.", index)
                self.fact_list.focus()

        self.app.push_screen(AddFactDialog(self.editor, source, sentence, proposed), callback=done)

    def action_undo(self) -> None:
        what = self.editor.undo()
        if what is None:
            self.say("Nothing to undo.")
            return
        self._after_change(f"Undone: {what}.", None)

    def action_save(self) -> bool:
        try:
            path = self.editor.save()
        except QuizgenError as exc:
            self.say(exc.message, error=True)
            self.app.notify(plain(exc.message), title=exc.title, severity="error", markup=False)
            return False
        left = len(self.editor.marked())
        tail = f"; {left} fact{'s' if left != 1 else ''} still marked" if left else "; nothing left marked"
        self.say(f"Saved {path}{tail}.")
        self.update_status()
        return True

    def request_quit(self) -> None:
        """Quit, asking first when there are unsaved changes (the app's q and Ctrl+C come here)."""
        if not self.editor.dirty:
            self.post_message(self.Closed())
            return
        from ..dialogs.review import ConfirmQuitDialog

        def chosen(choice: str | None) -> None:
            if choice == "discard" or (choice == "save" and self.action_save()):
                self.post_message(self.Closed())

        changes = sum(1 for _ in self.editor.history) or 1
        self.app.push_screen(ConfirmQuitDialog(changes), callback=chosen)
