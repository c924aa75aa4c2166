"""The bundled word lists are read with libyaml's safe loader when PyYAML has it (quizgen/extract/data.py,
quizgen/gazetteer.py: about 40 ms less per `quizgen extract`); both loaders must read each file the same."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "quizgen" / "extract" / "data").glob("*.yaml")) + [ROOT / "quizgen" / "data" / "gazetteer.yaml"]


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_libyaml_reads_each_word_list_as_the_pure_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - a safe loader
    fast = yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - a safe loader
    assert fast == pure
    assert repr(fast) == repr(pure)  # same types and key order, not only equal values
