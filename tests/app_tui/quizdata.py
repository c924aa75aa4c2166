"""Test data for the TUI tests: a tiny deck on disk and hand-made questions of all four types."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quizgen.questions.model import FALSE, TRUE, AnswerKind, Question, QuestionType, SourceRef

T0 = datetime(2024, 6, 20, 9, 0, tzinfo=UTC)
ARTICLE = ("During his visit, the Kremlin chief met with President To Lam. "
           "Russia and North Korea signed a [pact] on 19 June 2024. "
           "Trade reached $3.5 billion in 2022.")
DECK_YAML = """\
id: tiny
title: "Tiny [bold]deck[/bold]"
sources:
  - id: a
    path: article.txt
    title: "Putin in [Hanoi]"
    published: 2024-06-20
facts:
  - id: to-lam
    kind: leader
    name: To Lam
    role: President
    of: Vietnam
    sources:
      - source: a
        quote: "During his visit, the Kremlin chief met with President To Lam."
"""
SRC_LAM = SourceRef("a", "Putin in [Hanoi]", "During his visit, the Kremlin chief met with President To Lam.",
                    "2024-06-20")
SRC_PACT = SourceRef("a", "Putin in [Hanoi]", "Russia and North Korea signed a [pact] on 19 June 2024.",
                     "2024-06-20")
SRC_TRADE = SourceRef("a", "Putin in [Hanoi]", "Trade reached $3.5 billion in 2022.", "2024-06-20")


def _q(fact: str, qtype: QuestionType, prompt: str, answer: str, kind: AnswerKind, src: SourceRef,
       **kw: object) -> Question:
    return Question(id=f"{fact}:t:{qtype}", deck_id="tiny", fact_id=fact, fact_kind="leader", type=qtype,
                    template="t", prompt=prompt, answer=answer, answer_kind=kind, source=src, **kw)


MC = _q("to-lam", QuestionType.MC, "Who is President of Vietnam?", "To Lam", AnswerKind.PERSON, SRC_LAM,
        options=("Xi Jinping", "To Lam", "Joe Biden", "Kim Jong Un"))
TF = _q("pact", QuestionType.TF, "True or false?", TRUE, AnswerKind.BOOLEAN, SRC_PACT, options=(TRUE, FALSE),
        statement="Russia and North Korea signed a [pact] in June 2024.")
CLOZE = _q("trade", QuestionType.CLOZE, "Trade reached _____ in 2022.", "$3.5 billion", AnswerKind.NUMBER,
           SRC_TRADE, value="3500000000", unit="USD")
TYPED = _q("putin", QuestionType.TYPED, "Who visited Hanoi in June 2024?", "Vladimir Putin", AnswerKind.PERSON,
           SRC_LAM, aliases=("Putin",))
QUESTIONS = [MC, TF, CLOZE, TYPED]


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **kw: float) -> None:
        self.now += timedelta(**kw)


