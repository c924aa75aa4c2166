"""YAML with the line of every node: PyYAML's C parser, plus containers that remember lines.

Every later check reports ``path:line``, so the loader keeps, for each mapping, the line of each
key, and for each sequence the line of each item. Duplicate keys, which PyYAML silently merges,
are recorded so the checker can report them.

Hostile YAML is refused before it can hurt: nesting deeper than MAX_DEPTH (libyaml's composer
recurses in C and would crash the process), more than MAX_ALIASES alias references, and aliases
that would repeat more than MAX_ALIAS_VALUES values if written out ("billion laughs") or that
refer to the collection containing them.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:  # the C parser when libyaml is present: most of the load time is parsing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_DEPTH = 100  # lists and mappings inside each other; a deck needs 5
MAX_ALIASES = 100_000  # alias references (*name) in one document
MAX_ALIAS_VALUES = 1_000_000  # values the aliases repeat, counted as if each alias were written out
# Block nesting needs indentation or indicators ("- - - x") at the start of a line: with fewer than
# _BLOCK of them, block collections nest at most 2 * _BLOCK + 1 deep, leaving the rest to brackets.
_BLOCK = 25
_DEEP_BLOCK = re.compile("\n[ ?:-]{" + str(_BLOCK) + "}")
_BRACKETS = re.compile(r"[\[\]{}]")


class LineDict(dict[Any, Any]):
    """A mapping that knows its own line and the line of each key."""

    __slots__ = ("line", "key_lines")

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.key_lines: dict[Any, int] = {}

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence that knows its own line and the line of each item."""

    __slots__ = ("line", "item_lines")

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class YamlSyntaxError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []
        self.bad_keys: list[tuple[int, str]] = []
        self.alias_uses: dict[Any, int] = {}  # node -> times it is referenced again by an alias
        self.alias_count = 0

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:  # a node met again: an alias (or a merge key) repeats it
            self.alias_uses[node] = self.alias_uses.get(node, 0) + 1
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                raise YamlSyntaxError(node.start_mark.line + 1,
                                      f"invalid YAML: more than {MAX_ALIASES:,} alias references (*name)")
        return super().construct_object(node, deep)


def _expect(node: yaml.Node, kind: type[yaml.Node], what: str) -> None:
    if not isinstance(node, kind):  # a tag that contradicts the node: !!seq {a: 1}, !!map [a]
        found = getattr(node, "id", "a node")
        raise yaml.constructor.ConstructorError(None, None, f"expected {what}, but found {found}", node.start_mark)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Any:
    _expect(node, yaml.MappingNode, "a mapping")
    data = LineDict()
    data.line = node.start_mark.line + 1
    yield data
    written = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)  # YAML merge keys (<<): the merged pairs come first, then the written ones
    merged = len(node.value) - written
    written_keys: set[Any] = set()
    key_lines = data.key_lines
    for i, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=False)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            loader.bad_keys.append((line, "a mapping key must be a plain value, not a list or mapping"))
            continue
        if merged:  # a written key overrides a merged one; only a key written twice is a duplicate
            if i >= merged:
                if key in written_keys:
                    loader.duplicate_keys.append((line, str(key)))
                written_keys.add(key)
        elif key in data:
            loader.duplicate_keys.append((line, str(key)))
        data[key] = loader.construct_object(value_node, deep=False)
        key_lines[key] = line


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> Any:
    _expect(node, yaml.SequenceNode, "a sequence")
    data = LineList()
    data.line = node.start_mark.line + 1
    yield data
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    # An impossible date (2024-13-01) stays text so the checker can say what is wrong with it.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def load_with_lines(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document; returns the data and the (line, message) of each key problem.

    Raises YamlSyntaxError (with the line where known) for anything that is not valid YAML.
    """
    loader = _LineLoader(text)
    try:
        if deep_line := _too_deep(text):
            raise YamlSyntaxError(deep_line, f"invalid YAML: lists and mappings nested more than {MAX_DEPTH} deep")
        node = loader.get_single_node()
        data = None
        if node is not None:
            try:
                data, loader.duplicate_keys = _construct_plain(loader, node, may_alias="&" in text)
            except _NotPlain:  # anything else (aliases, merge keys, other tags, bad keys): PyYAML's way
                data = loader.construct_document(node)
        if loader.alias_uses:
            _check_aliases(loader.alias_uses)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. a raw control character
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise YamlSyntaxError(line, f"invalid YAML: character {char} is not allowed ({exc.reason}); "
                                    "write it as an escape in double quotes, e.g. \"\\x01\"") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise YamlSyntaxError(mark.line + 1 if mark else None, f"invalid YAML: {message}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(None, f"invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise YamlSyntaxError(None, "invalid YAML: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a scalar PyYAML cannot construct
        raise YamlSyntaxError(None, f"invalid YAML value: {exc}") from None
    finally:
        loader.dispose()
    problems = [(line, f"duplicate key '{key}' (the later value would silently win)")
                for line, key in loader.duplicate_keys]
    problems += loader.bad_keys
    return data, problems


class _NotPlain(Exception):
    """A document :func:`_construct_plain` leaves to PyYAML's constructor."""


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_SCALARS = {"tag:yaml.org,2002:int": yaml.constructor.SafeConstructor.construct_yaml_int,
            "tag:yaml.org,2002:float": yaml.constructor.SafeConstructor.construct_yaml_float,
            "tag:yaml.org,2002:bool": yaml.constructor.SafeConstructor.construct_yaml_bool,
            "tag:yaml.org,2002:null": yaml.constructor.SafeConstructor.construct_yaml_null,
            "tag:yaml.org,2002:timestamp": _construct_timestamp}


def _construct_plain(loader: _LineLoader, root: yaml.Node, may_alias: bool) -> tuple[Any, list[tuple[int, str]]]:
    """The data and duplicate keys ``loader.construct_document(root)`` gives, for a document of plain
    mappings, sequences and scalars (what a deck is), built in one loop instead of PyYAML's per-node calls:
    the containers are filled in the same order (level by level, as its state generators run), so the
    same duplicates come in the same order. Raises _NotPlain for anything else: a node met twice (an
    alias), a merge or other special key, a tag without a plain constructor, a key that is no scalar, a
    scalar constructor that fails (PyYAML then raises its own error)."""
    seen: set[int] = set()
    duplicates: list[tuple[int, str]] = []
    pending: list[tuple[Any, yaml.Node]] = []  # (container, node) to fill, in PyYAML's order

    def value(node: yaml.Node) -> Any:
        if may_alias:
            if id(node) in seen:
                raise _NotPlain
            seen.add(id(node))
        tag = node.tag
        if tag == _STR and type(node) is yaml.ScalarNode:
            return node.value
        if tag == _MAP and type(node) is yaml.MappingNode:
            data: Any = LineDict()
        elif tag == _SEQ and type(node) is yaml.SequenceNode:
            data = LineList()
        else:
            make = _SCALARS.get(tag)
            if make is None or type(node) is not yaml.ScalarNode:
                raise _NotPlain
            try:
                return make(loader, node)
            except Exception:
                raise _NotPlain from None
        data.line = node.start_mark.line + 1
        pending.append((data, node))
        return data

    top = value(root)
    at = 0
    while at < len(pending):
        data, node = pending[at]
        at += 1
        if type(data) is LineList:
            data.item_lines = [child.start_mark.line + 1 for child in node.value]
            data.extend(value(child) for child in node.value)
            continue
        key_lines = data.key_lines
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag not in _PLAIN_KEYS:
                raise _NotPlain  # (a merge key, "=", a mapping or list as a key)
            key = value(key_node)
            line = key_node.start_mark.line + 1
            if key in data:
                duplicates.append((line, str(key)))
            data[key] = value(value_node)
            key_lines[key] = line
    return top, duplicates


_PLAIN_KEYS = frozenset({_STR, *_SCALARS})


def _too_deep(text: str) -> int | None:
    """The line where lists and mappings first nest deeper than MAX_DEPTH, or None.

    libyaml's composer recurses in C and crashes the process somewhere past 20,000 levels, so the
    nesting is measured on the parser's events (an iterative state machine) first, but only when a
    cheap look at the text says it could be that deep.
    """
    if not _could_nest_too_deep(text):
        return None
    try:
        return _first_line_too_deep(text, _BaseLoader)
    except yaml.YAMLError:
        # Newer libyaml builds (PyYAML 6.0.4's wheels) stop deep nesting with a limit and wording of
        # their own, and their scanner looks ahead past our limit before the parser reports a level.
        # PyYAML's pure-Python parser has no such limit and is just as iterative, so it measures the
        # depth; a genuine syntax error raises again there (or later, when the document is loaded).
        return _first_line_too_deep(text, yaml.SafeLoader)


def _first_line_too_deep(text: str, loader: Any) -> int | None:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark.line + 1 if event.start_mark is not None else 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _could_nest_too_deep(text: str) -> bool:
    """An over-estimate from the text alone: long runs of indentation, or brackets nested deep."""
    if _DEEP_BLOCK.search(text) or _DEEP_BLOCK.match("\n" + text[:_BLOCK]):
        return True
    budget = MAX_DEPTH - 2 * _BLOCK - 1
    if text.count("[") + text.count("{") <= budget:
        return False
    depth = 0  # brackets inside quoted text count too: that only makes the estimate higher
    for m in _BRACKETS.finditer(text):
        if m[0] in "[{":
            depth += 1
            if depth > budget:
                return True
        elif depth:
            depth -= 1
    return False


def _check_aliases(uses: dict[Any, int]) -> None:
    """Refuse aliases that refer to the collection holding them, or that repeat too many values.

    Each node's size counts the values it would have if every alias in it were written out; sizes
    are memoised, so the walk costs as many steps as there are nodes, never the expanded size.
    """
    sizes: dict[Any, int] = {}
    open_nodes: set[Any] = set()

    def children(node: yaml.Node) -> list[yaml.Node]:
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        if isinstance(node, yaml.MappingNode):
            return [n for pair in node.value for n in pair]
        return []

    def size(root: yaml.Node) -> int:
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                open_nodes.discard(node)
                sizes[node] = 1 + sum(sizes[c] for c in children(node))
                continue
            if node in sizes:
                continue
            if node in open_nodes:
                raise YamlSyntaxError(node.start_mark.line + 1,
                                      "invalid YAML: an alias (*name) refers to the list or mapping that contains it")
            open_nodes.add(node)
            stack.append((node, True))
            stack.extend((c, False) for c in children(node) if c not in sizes)
        return sizes[root]

    repeated = 0
    for node, count in uses.items():
        repeated += size(node) * count
        if repeated > MAX_ALIAS_VALUES:
            raise YamlSyntaxError(node.start_mark.line + 1,
                                  f"invalid YAML: aliases (*name) repeat more than {MAX_ALIAS_VALUES:,} values "
                                  "if written out; write the values out or use fewer aliases")
