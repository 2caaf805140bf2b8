"""The ordered chain of named rules: before/after a named rule; an unknown anchor is an error."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import DuplicateRegistrationError, UnknownAnchorError
from newsparse.ruler import Ruler


def noop() -> None:
    pass


def chain(*names: str) -> Ruler[Callable[[], None]]:
    ruler: Ruler[Callable[[], None]] = Ruler()
    for name in names:
        ruler.push(name, noop)
    return ruler


def test_push_before_after() -> None:
    ruler = chain("a", "c")
    ruler.before("c", "b", noop)
    ruler.after("c", "d", noop)
    ruler.before("a", "start", noop)
    assert ruler.names() == ["start", "a", "b", "c", "d"]
    assert len(ruler) == 5 and [r.name for r in ruler] == ruler.names()


@pytest.mark.parametrize("method", ["before", "after", "replace"])
def test_unknown_anchor_is_an_error_never_an_append(method: str) -> None:
    ruler = chain("a", "b")
    with pytest.raises(UnknownAnchorError, match=r"no rule named 'nope'.*rules: a, b"):
        if method == "replace":
            ruler.replace("nope", noop)
        else:
            getattr(ruler, method)("nope", "x", noop)
    assert ruler.names() == ["a", "b"]


def test_duplicate_names_both_plugins() -> None:
    ruler = chain("a")
    ruler.push("mine", noop, "plugin-one")
    with pytest.raises(DuplicateRegistrationError, match="'mine' is registered by both 'plugin-one' and 'plugin-two'"):
        ruler.after("a", "mine", noop, "plugin-two")


def test_replace_and_remove_keep_position() -> None:
    ruler = chain("a", "b", "c")

    def other() -> None:
        pass

    ruler.replace("b", other, "p")
    assert ruler.names() == ["a", "b", "c"] and list(ruler)[1].fn is other and list(ruler)[1].plugin == "p"
    ruler.remove("a")
    assert ruler.names() == ["b", "c"]


@given(st.lists(st.sampled_from(["push", "before", "after"]), max_size=20), st.data())
def test_insertions_keep_names_unique_and_anchored(ops: list[str], data: st.DataObject) -> None:
    ruler = chain("first")
    for i, op in enumerate(ops):
        name = f"r{i}"
        if op == "push":
            ruler.push(name, noop)
            continue
        anchor = data.draw(st.sampled_from(ruler.names()))
        getattr(ruler, op)(anchor, name, noop)
        names = ruler.names()
        assert names.index(name) == names.index(anchor) + (-1 if op == "before" else 1)
    assert len(set(ruler.names())) == len(ruler) == len(ops) + 1
