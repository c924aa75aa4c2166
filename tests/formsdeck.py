"""A small real deck on disk for the forms of quizgen/questions/forms*.py (order, match, NOT, numeric).

``write_deck(tmp, facts)`` writes the article and a deck of the given facts (YAML text, each quoting the
article verbatim); ``FACTS`` are the full story's facts, by id.
"""

from __future__ import annotations

from pathlib import Path

ARTICLE = ("Leaders sign the Pacific Accord\n"
           "On 3 March 2023 Australia, Japan and India launched a maritime dialogue. "
           "In May 2023 the leaders of Australia, Japan and India met in Hiroshima. "
           "Australia, Japan, India and the Philippines signed the Pacific Accord on 12 February 2024. "
           "Prime Minister Anthony Albanese of Australia welcomed it. "
           "Prime Minister Fumio Kishida of Japan hosted the talks. "
           "President Ferdinand Marcos of the Philippines attended. "
           "Prime Minister Narendra Modi of India sent a message. "
           "Trade between the four countries reached $20.7bn in 2023. "
           "About 2,000 sailors took part in the exercise in 2022. "
           "A second round of talks opened on 12 February 2024."
           "\n")

FACTS = {
    "dialogue": """  - id: dialogue-launched
    kind: date
    event: Australia, Japan and India launched a maritime dialogue
    date: 2023-03-03
    sources:
      - source: a
        quote: "On 3 March 2023 Australia, Japan and India launched a maritime dialogue."
""",
    "hiroshima": """  - id: hiroshima-meeting
    kind: date
    event: The leaders of Australia, Japan and India met in Hiroshima
    date: 2023-05
    sources:
      - source: a
        quote: "In May 2023 the leaders of Australia, Japan and India met in Hiroshima."
""",
    "accord": """  - id: pacific-accord
    kind: agreement
    parties: [Australia, Japan, India, Philippines]
    what: Pacific Accord
    date: 2024-02-12
    sources:
      - source: a
        quote: "Australia, Japan, India and the Philippines signed the Pacific Accord on 12 February 2024."
""",
    "talks": """  - id: second-round
    kind: date
    event: A second round of talks opened
    date: 2024-02-12
    sources:
      - source: a
        quote: "A second round of talks opened on 12 February 2024."
""",
    "talks-month": """  - id: second-round
    kind: date
    event: A second round of talks opened
    date: 2024-02
    sources:
      - source: a
        quote: "A second round of talks opened on 12 February 2024."
""",
    "albanese": """  - id: albanese
    kind: leader
    name: Anthony Albanese
    role: Prime Minister
    of: Australia
    sources:
      - source: a
        quote: "Prime Minister Anthony Albanese of Australia welcomed it."
""",
    "kishida": """  - id: kishida
    kind: leader
    name: Fumio Kishida
    role: Prime Minister
    of: Japan
    sources:
      - source: a
        quote: "Prime Minister Fumio Kishida of Japan hosted the talks."
""",
    "kishida-president": """  - id: kishida
    kind: leader
    name: Fumio Kishida
    role: President
    of: Japan
    sources:
      - source: a
        quote: "Prime Minister Fumio Kishida of Japan hosted the talks."
""",
    "marcos": """  - id: marcos
    kind: leader
    name: Ferdinand Marcos
    role: President
    of: Philippines
    sources:
      - source: a
        quote: "President Ferdinand Marcos of the Philippines attended."
""",
    "modi": """  - id: modi
    kind: leader
    name: Narendra Modi
    role: Prime Minister
    of: India
    sources:
      - source: a
        quote: "Prime Minister Narendra Modi of India sent a message."
""",
    "modi-australia": """  - id: modi
    kind: leader
    name: Narendra Modi
    role: Prime Minister
    of: Australia
    sources:
      - source: a
        quote: "Prime Minister Narendra Modi of India sent a message."
""",
    "trade": """  - id: trade
    kind: figure
    what: trade between the four countries
    value: 20700000000
    unit: USD
    text: $20.7bn
    when: "2023"
    sources:
      - source: a
        quote: "Trade between the four countries reached $20.7bn in 2023."
""",
    "sailors": """  - id: sailors
    kind: figure
    what: sailors who took part in the exercise
    value: 2000
    unit: sailors
    text: About 2,000
    when: "2022"
    sources:
      - source: a
        quote: "About 2,000 sailors took part in the exercise in 2022."
""",
    "second": """  - id: second-round-ordinal
    kind: figure
    what: round of talks
    value: 2
    unit: rounds
    text: second
    sources:
      - source: a
        quote: "A second round of talks opened on 12 February 2024."
""",
}
FULL = ("dialogue", "hiroshima", "accord", "albanese", "kishida", "marcos", "modi", "trade", "sailors")

HEAD = """id: pacific
title: "Leaders sign the Pacific Accord"
sources:
  - id: a
    path: article.txt
    title: "Leaders sign the Pacific Accord"
    published: 2024-02-13
facts:
"""


def write_deck(folder: Path, names: tuple[str, ...] = FULL, name: str = "pacific.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(HEAD + "".join(FACTS[n] for n in names), encoding="utf-8")
    return path
