"""Undo stack: twenty mixed operations on an in-memory model, undone and redone step by step."""

from __future__ import annotations

import copy
import random

import pytest

from desktop_app.annotations.undo import (
    CompoundCommand,
    FunctionCommand,
    UndoStack,
)

Model = dict[int, dict]


class Create:
    def __init__(self, model: Model, ann_id: int, note: str, tags: tuple[str, ...]) -> None:
        self.model, self.ann_id, self.record = model, ann_id, {"note": note, "tags": tags}
        self.label = f"Create note {ann_id}"

    def do(self) -> None:
        assert self.ann_id not in self.model
        self.model[self.ann_id] = dict(self.record)

    def undo(self) -> None:
        del self.model[self.ann_id]


class EditNote:
    """Typing in a note: consecutive edits of the same note merge into one undo step."""

    def __init__(self, model: Model, ann_id: int, text: str) -> None:
        self.model, self.ann_id, self.text = model, ann_id, text
        self.before: str | None = None
        self.label = f"Edit note {ann_id}"

    def do(self) -> None:
        if self.before is None:
            self.before = self.model[self.ann_id]["note"]
        self.model[self.ann_id]["note"] = self.text

    def undo(self) -> None:
        self.model[self.ann_id]["note"] = self.before

    def merge_with(self, newer: object) -> bool:
        if isinstance(newer, EditNote) and newer.ann_id == self.ann_id:
            self.text = newer.text
            return True
        return False


class Retag:
    def __init__(self, model: Model, ann_id: int, tags: tuple[str, ...]) -> None:
        self.model, self.ann_id, self.tags = model, ann_id, tags
        self.before: tuple[str, ...] = ()
        self.label = f"Retag note {ann_id}"

    def do(self) -> None:
        self.before = self.model[self.ann_id]["tags"]
        self.model[self.ann_id]["tags"] = self.tags

    def undo(self) -> None:
        self.model[self.ann_id]["tags"] = self.before


class Delete:
    def __init__(self, model: Model, ann_id: int) -> None:
        self.model, self.ann_id = model, ann_id
        self.saved: dict | None = None
        self.label = f"Delete note {ann_id}"

    def do(self) -> None:
        self.saved = self.model.pop(self.ann_id)

    def undo(self) -> None:
        self.model[self.ann_id] = self.saved


def random_command(model: Model, rng: random.Random, next_id: list[int]):
    kinds = ["create"] + (["edit", "retag", "delete"] if model else [])
    kind = rng.choice(kinds)
    if kind == "create":
        next_id[0] += 1
        return Create(model, next_id[0], f"ghi chú {next_id[0]} 😀", (rng.choice("ABC"),))
    ann_id = rng.choice(sorted(model))
    if kind == "edit":
        return EditNote(model, ann_id, f"sửa {rng.randrange(1000)} 𠀋")
    if kind == "retag":
        return Retag(model, ann_id, tuple(rng.sample("ABCDE", rng.randrange(0, 3))))
    return Delete(model, ann_id)


@pytest.mark.parametrize("seed", range(5))
def test_twenty_mixed_operations_undo_all_then_redo_all(seed):
    rng = random.Random(seed)
    model: Model = {}
    stack = UndoStack()
    next_id = [0]
    states = [copy.deepcopy(model)]
    labels = []
    for _ in range(20):
        command = random_command(model, rng, next_id)
        stack.push(command)
        stack.close_merge()  # every operation is its own step here
        states.append(copy.deepcopy(model))
        labels.append(command.label)
    assert len(stack) == 20
    assert len({repr(s) for s in states}) > 10  # the operations really changed the model
    for step in range(20, 0, -1):
        assert stack.undo_label == labels[step - 1]
        assert stack.undo() == labels[step - 1]
        assert model == states[step - 1]
    assert not stack.can_undo and stack.undo() is None and model == {}
    for step in range(1, 21):
        assert stack.redo() == labels[step - 1]
        assert model == states[step]
    assert not stack.can_redo and stack.redo() is None


def test_consecutive_edits_of_one_note_merge_into_one_step():
    model: Model = {1: {"note": "", "tags": ()}, 2: {"note": "x", "tags": ()}}
    stack = UndoStack()
    for text in ("H", "Hà", "Hà Nội"):
        stack.push(EditNote(model, 1, text))
    stack.push(EditNote(model, 2, "y"))
    stack.push(EditNote(model, 1, "Hà Nội."))
    assert len(stack) == 3
    stack.undo()
    assert model[1]["note"] == "Hà Nội"
    stack.undo()
    assert model[2]["note"] == "x"
    stack.undo()
    assert model[1]["note"] == ""


def test_close_merge_and_undo_break_merging():
    model: Model = {1: {"note": "", "tags": ()}}
    stack = UndoStack()
    stack.push(EditNote(model, 1, "a"))
    stack.close_merge()
    stack.push(EditNote(model, 1, "ab"))
    assert len(stack) == 2
    stack.undo()
    stack.push(EditNote(model, 1, "ac"))  # after an undo a new edit is a new step
    assert len(stack) == 2
    stack.undo()
    assert model[1]["note"] == "a"


def test_push_clears_redo():
    model: Model = {}
    stack = UndoStack()
    stack.push(Create(model, 1, "a", ()))
    stack.undo()
    assert stack.can_redo and stack.redo_label == "Create note 1"
    stack.push(Create(model, 2, "b", ()))
    assert not stack.can_redo and stack.redo_label is None
    assert model == {2: {"note": "b", "tags": ()}}


def test_limit_drops_the_oldest_steps():
    values: list[int] = []
    stack = UndoStack(limit=3)
    for i in range(5):
        stack.push(FunctionCommand(f"add {i}", lambda i=i: values.append(i), values.pop))
    assert len(stack) == 3 and values == [0, 1, 2, 3, 4]
    while stack.can_undo:
        stack.undo()
    assert values == [0, 1]
    stack.limit = 1
    assert len(stack) == 0 and stack.can_redo
    with pytest.raises(ValueError, match="at least 1"):
        UndoStack(limit=0)


def test_observers_are_told_about_every_change_and_can_unsubscribe():
    events: list[tuple[bool, bool]] = []
    stack = UndoStack()
    unsubscribe = stack.subscribe(lambda: events.append((stack.can_undo, stack.can_redo)))
    noop = FunctionCommand("noop", lambda: None, lambda: None)
    stack.push(noop)
    stack.undo()
    stack.redo()
    stack.clear()
    assert events == [(True, False), (False, True), (True, False), (False, False)]
    unsubscribe()
    stack.push(noop)
    assert len(events) == 4


def test_failing_command_leaves_history_unchanged():
    model: Model = {}
    stack = UndoStack()
    stack.push(Create(model, 1, "a", ()))
    with pytest.raises(KeyError):
        stack.push(Delete(model, 99))
    assert len(stack) == 1 and stack.undo_label == "Create note 1"


def test_macro_is_one_step_and_rolls_back_on_error():
    model: Model = {}
    stack = UndoStack()
    with stack.macro("Import 3 notes"):
        for i in range(3):
            stack.push(Create(model, i, f"n{i}", ()))
    assert len(stack) == 1 and stack.undo_label == "Import 3 notes" and len(model) == 3
    stack.undo()
    assert model == {}
    stack.redo()
    assert len(model) == 3
    with pytest.raises(KeyError), stack.macro("Delete all"):
        stack.push(Delete(model, 0))
        stack.push(Delete(model, 0))  # already gone: fails, first delete is rolled back
    assert len(model) == 3 and len(stack) == 1


def test_compound_command_undoes_in_reverse_order():
    log: list[str] = []
    compound = CompoundCommand(
        "both",
        [
            FunctionCommand("a", lambda: log.append("do a"), lambda: log.append("undo a")),
            FunctionCommand("b", lambda: log.append("do b"), lambda: log.append("undo b")),
        ],
    )
    compound.do()
    compound.undo()
    assert log == ["do a", "do b", "undo b", "undo a"]
