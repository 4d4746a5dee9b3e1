"""What every page (tab) of the meeting form shares.

An :class:`EditorPage` owns the widgets of one tab and the record paths they
show.  The form (:class:`chancery.ui.editor.form.MeetingEditor`) holds six of
them and only delegates:

* ``load(meeting)`` fills the page's widgets from a normalised record;
* ``fill(meeting)`` writes the page's values into a record (in place), keeping
  the keys the page does not know;
* ``focus_path(path)`` focuses the widget of a record path the page owns and
  returns True (after asking to be shown: ``revealRequested``), else False;
* ``apply_marks(problems, kind)`` draws the problems of the page's paths beside
  their fields;
* ``set_languages(shown, required)``, ``participants_changed()``,
  ``rename_ref(old, new)`` and ``prepare()`` pass the form's state on to the
  page's fields and lists;
* ``changed`` is emitted on any edit (the form ignores it while it loads).

Every string of a page is translated in the ``MeetingEditor`` context, as when
the pages were one class: ``translate("MeetingEditor", …)``, which lupdate
reads as it read ``self.tr(…)`` there, so the .ts files did not change.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from ....record import first_index, path_under, split_path
from ...messages import problem_message
from ..lists import ListContext, RowListEditor
from ..localized import LocalizedEdit, _looks_like_lang
from ..marks import set_mark, worst
from ..vocab import VocabularyChecklist

translate = QCoreApplication.translate

Mark = Callable[[int | None, str, str | None, str], None]
Focus = Callable[[int | None, str, str | None], None]


class Target:
    """A place in a page that shows the problems of a record path and can take focus."""

    def __init__(self, mark: Mark, clear: Callable[[], None], focus: Focus):
        self.mark = mark
        self.clear = clear
        self.focus = focus


def parse_rest(rest: str) -> tuple[int | None, str, str | None]:
    """What follows a target's path: the item index, the key within it and a language tag."""
    index, key = first_index(rest)
    steps = split_path(rest)
    last = steps[-1] if steps else None
    lang = last if isinstance(last, str) and _looks_like_lang(last) and last != key else None
    if index is None and key and _looks_like_lang(key):
        lang, key = key, ""
    return index, key, lang


def form_layout() -> QFormLayout:
    """A label-and-field layout whose fields take the width and whose labels never wrap."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def form_box(title: str, rows: list[tuple[str, QWidget]], parent: QWidget) -> QGroupBox:
    """A titled group of labelled fields (a label's "&" gives its field a shortcut)."""
    box = QGroupBox(title, parent)
    form = form_layout()
    for label, field in rows:
        form.addRow(label, field)
    box.setLayout(form)
    return box


class EditorPage(QWidget):
    """One tab of the meeting form: its widgets, the record paths they show, their marks and focus."""

    changed = Signal()
    revealRequested = Signal()

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._targets: dict[str, Target] = {}
        self._localized_edits: list[LocalizedEdit] = []

    # ------------------------------------------------------------ contract

    def title(self) -> str:
        """The tab's title, translated, with its Alt+letter."""
        raise NotImplementedError

    def load(self, meeting: dict) -> None:
        """Fill the page's widgets from a normalised record."""
        raise NotImplementedError

    def fill(self, meeting: dict) -> None:
        """Write the page's values into ``meeting`` (in place), keeping what the page does not show."""
        raise NotImplementedError

    def lists(self) -> list[RowListEditor]:
        """The page's row lists (statements, documents…): they follow participants and languages."""
        return []

    def prepare(self) -> None:
        """In idle time, build the rows a typical record needs (the first load is then quicker)."""

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        """The languages the page's localised fields edit (``shown``) and flag when empty (``required``)."""
        for edit in self._localized_edits:
            edit.set_languages(shown, required)
        for row_list in self.lists():
            row_list.set_languages()

    def participants_changed(self) -> None:
        for row_list in self.lists():
            row_list.participants_changed()

    def rename_ref(self, old: str, new: str) -> None:
        for row_list in self.lists():
            row_list.rename_ref(old, new)

    # ------------------------------------------------------- marks and focus

    def resolve(self, path: str) -> tuple[str, Target, str] | None:
        """The page's target deepest above ``path``, and the rest of the path; None when not the page's."""
        best: tuple[str, Target, str] | None = None
        for prefix, target in self._targets.items():
            rest = path_under(path, prefix)
            if rest is not None and (best is None or len(prefix) > len(best[0])):
                best = (prefix, target, rest)
        return best

    def apply_marks(self, problems: list, kind: str | None) -> None:
        """Clear the page's marks, then draw those of ``problems`` whose paths the page owns."""
        for target in self._targets.values():
            target.clear()
        grouped: dict[tuple[str, int | None, str], list] = {}
        for problem in problems:
            found = self.resolve(problem.path)
            if found is None:
                continue
            prefix, _target, rest = found
            index, key, _lang = parse_rest(rest)
            grouped.setdefault((prefix, index, key), []).append(problem)
        for (prefix, index, key), group in grouped.items():
            severity = worst(problem.severity for problem in group)
            message = "\n".join(problem_message(problem, kind) for problem in group)
            self._targets[prefix].mark(index, key, severity, message)

    def focus_path(self, path: str) -> bool:
        """Show the page (``revealRequested``) and focus the widget of ``path``; False when not the page's."""
        found = self.resolve(path)
        if found is None:
            return False
        _prefix, target, rest = found
        self.revealRequested.emit()
        index, key, lang = parse_rest(rest)
        target.focus(index, key, lang)
        return True

    # -------------------------------------------------------------- helpers

    def _edited(self, *_args: Any) -> None:
        self.changed.emit()

    def _localized(self, name: str, **kwargs: Any) -> LocalizedEdit:
        edit = LocalizedEdit(parent=self, **kwargs)
        edit.setObjectName(name)
        edit.setAccessibleName(name)
        edit.changed.connect(self._edited)
        self._localized_edits.append(edit)
        return edit

    def _field(self, path: str, widget: QWidget) -> None:
        """Register ``widget`` as the place of ``path``: marks and focus."""

        def mark(_index: int | None, _key: str, severity: str | None, message: str) -> None:
            set_mark(widget, severity, message)

        def focus(_index: int | None, _key: str, lang: str | None) -> None:
            if isinstance(widget, LocalizedEdit):
                widget.focus(lang)
            elif hasattr(widget, "focus") and callable(widget.focus):
                widget.focus()
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._targets[path] = Target(mark, lambda: set_mark(widget, None), focus)

    def _vocab_target(self, path: str, widget: VocabularyChecklist) -> None:
        def mark(index: int | None, _key: str, severity: str | None, message: str) -> None:
            if index is None:
                widget.set_problem(severity, message)
            else:
                widget.mark_entry(index, severity, message)

        def clear() -> None:
            widget.set_problem(None, "")
            widget.clear_entry_marks()

        self._targets[path] = Target(mark, clear, lambda index, _key, _lang: widget.focus(index))

    def _list_target(self, path: str, widget: RowListEditor) -> None:
        def mark(index: int | None, key: str, severity: str | None, message: str) -> None:
            if index is None or not 0 <= index < len(widget.rows):
                widget.set_problem(severity, message)
            else:
                widget.rows[index].mark(key, severity, message)

        def focus(index: int | None, key: str, lang: str | None) -> None:
            widget.focus(index, key)
            if index is not None and 0 <= index < len(widget.rows) and lang:
                field = widget.rows[index].fields.get(key)
                if isinstance(field, LocalizedEdit):
                    field.focus(lang)

        self._targets[path] = Target(mark, widget.clear_marks, focus)
