"""Multi-language text fields: one edit per output language, side by side.

A localised value of the record is a language map (``{"fr": "…", "en": "…"}``)
or, on import, a plain string meaning "the same in every language".
:class:`LocalizedEdit` shows one line (or plain-text) edit per language with a
small language tag, keeps languages it does not show (an ``az`` spelling
stays in the record), and flags in place a required language left empty
while another is filled: dashed outline, "missing translation" placeholder
and a tooltip.  Each edit keeps Qt's own undo/redo: values are only set on
load, never while the user types.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from .focus import request_tab_order
from .marks import set_mark


def language_name(lang: str) -> str:
    """"French" for "fr", in the interface language ("français" in French)."""
    from .. import i18n

    return i18n.language_name(lang)


def _looks_like_lang(key: Any) -> bool:
    head = key.split("-")[0] if isinstance(key, str) else ""
    return 2 <= len(head) <= 3 and head.isalpha() and head.islower()


def has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


class LocalizedEdit(QWidget):
    """One edit per language; ``value()`` is a language map, a string or None.

    ``multiline`` gives plain-text edits (Tab moves on, as in a form);
    ``allow_plain`` adds a "same in all languages" check box for values such
    as an agency name that are written identically everywhere.
    """

    changed = Signal()

    def __init__(self, *, multiline: bool = False, lines: int = 3, per_row: int = 2,
                 allow_plain: bool = False, placeholder: str = "", grow: bool = False,
                 plain_default: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._plain_default = plain_default
        self._multiline = multiline
        self._grow = grow
        self._lines = lines
        self._per_row = per_row
        self._placeholder = placeholder
        self._placeholders: dict[str, str] = {}  # per language, e.g. a reporting verb's lead-in
        self._languages: list[str] = []
        self._display: list[str] | None = None  # languages with an edit: shown + the value's own
        self._required: list[str] = []
        self._edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._tags: dict[str, QLabel] = {}
        self._hidden: dict[str, Any] = {}
        self._loaded_plain: str | None = None  # a plain string shown in every language
        self._problem: tuple[str | None, str] = (None, "")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self.plain_check: QCheckBox | None = None
        if allow_plain:
            self.plain_check = QCheckBox(self.tr("same in all languages"), self)
            self.plain_check.setToolTip(self.tr(
                "Write the value once, for every language (for names such as an agency's)."))
            self.plain_check.toggled.connect(self._plain_toggled)
        # Focus goes to the first language's edit (proxy); the policy lets a
        # label's mnemonic (its buddy is this widget) give it focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        vertical = QSizePolicy.Policy.Expanding if grow else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)

    # ------------------------------------------------------------ structure

    def languages(self) -> list[str]:
        return list(self._languages)

    def edit(self, lang: str) -> QLineEdit | QPlainTextEdit:
        """The edit of ``lang`` (``"*"`` in "same in all languages" mode)."""
        return self._edits[lang]

    def is_plain(self) -> bool:
        return self.plain_check is not None and self.plain_check.isChecked()

    def set_languages(self, shown: list[str], required: list[str] | None = None) -> None:
        """Show ``shown`` languages; flag the ``required`` ones when left empty."""
        value = self.value() if self._edits else self._hidden or None
        self._languages = list(dict.fromkeys(shown))
        self._required = list(required if required is not None else shown)
        self._set(value)

    def _rebuild(self) -> None:
        for widget in (*self._edits.values(), *self._tags.values()):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._edits.clear()
        self._tags.clear()
        if self.plain_check is not None:
            self._grid.removeWidget(self.plain_check)
        langs = ["*"] if self.is_plain() else list(self._display or self._languages)
        for i, lang in enumerate(langs):
            row, col = divmod(i, self._per_row)
            tag = QLabel("=" if lang == "*" else lang, self)
            tag.setProperty("role", "langtag")
            tag.setToolTip(self.tr("All languages") if lang == "*" else language_name(lang))
            edit = self._make_edit(lang)
            tag.setBuddy(edit)
            if self._multiline:
                self._grid.addWidget(tag, row * 2, col)
                self._grid.addWidget(edit, row * 2 + 1, col)
            else:
                tag.setMinimumWidth(QFontMetrics(tag.font()).horizontalAdvance("MMM"))
                tag.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(tag, row, col * 2)
                self._grid.addWidget(edit, row, col * 2 + 1)
                self._grid.setColumnStretch(col * 2 + 1, 1)
            self._edits[lang] = edit
            self._tags[lang] = tag
            # Shown (and so styled) now, not on the next event-loop turn: their
            # size hint must be final when the form lays itself out.
            if not self.isHidden():
                tag.show()
                edit.show()
        if self.plain_check is not None:
            rows = (len(langs) + self._per_row - 1) // self._per_row
            if self._multiline:
                self._grid.addWidget(self.plain_check, rows * 2, 0, 1, -1)
            elif len(langs) == 1:
                self._grid.addWidget(self.plain_check, 0, 2, 1, 2)
            else:
                self._grid.addWidget(self.plain_check, rows, 1, 1, -1)
        if langs:
            self.setFocusProxy(self._edits[langs[0]])
        self._grid.invalidate()
        self.updateGeometry()  # fewer rows than before: let the form shrink
        request_tab_order(self)

    def _make_edit(self, lang: str) -> QLineEdit | QPlainTextEdit:
        edit: QLineEdit | QPlainTextEdit
        if self._multiline:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            line = QFontMetrics(edit.font()).lineSpacing()
            height = line * self._lines + 2 * int(edit.document().documentMargin()) + 2 * edit.frameWidth() + 2
            if self._grow:
                edit.setMinimumHeight(height)
                edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            else:
                edit.setFixedHeight(height)
            edit.textChanged.connect(self._edited)
        else:
            edit = QLineEdit(self)
            edit.textChanged.connect(self._edited)
        edit.setProperty("lang", lang)
        edit.setAccessibleName(f"{self.accessibleName() or self.objectName()} ({lang})")
        placeholder = self._placeholders.get(lang, self._placeholder)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def set_placeholders(self, placeholders: dict[str, str]) -> None:
        """Grey hint text per language (shown while an edit is empty and not flagged missing)."""
        self._placeholders = dict(placeholders)
        self._refresh_marks()

    # ----------------------------------------------------------------- value

    @staticmethod
    def _text(edit: QLineEdit | QPlainTextEdit) -> str:
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def value(self) -> dict | str | None:
        if self.is_plain():
            text = self._text(self._edits["*"]) if "*" in self._edits else ""
            return text if has_text(text) else None
        if self._loaded_plain is not None and all(
            self._text(e) == self._loaded_plain for e in self._edits.values()
        ):
            return self._loaded_plain
        out: dict[str, Any] = {}
        for lang, edit in self._edits.items():
            text = self._text(edit)
            if has_text(text):
                out[lang] = text
        for lang, text in self._hidden.items():
            out.setdefault(lang, text)
        return out or None

    def set_value(self, value: Any) -> None:
        self._set(value)

    def _set(self, value: Any, plain: bool | None = None) -> None:
        if plain is None:
            plain = isinstance(value, str) or (value is None and self._plain_default)
        rebuild = False
        if self.plain_check is not None and self.plain_check.isChecked() != plain:
            self.plain_check.blockSignals(True)
            self.plain_check.setChecked(plain)
            self.plain_check.blockSignals(False)
            rebuild = True
        # A language the value has but the form does not show gets its own edit.
        own = [k for k in value if k not in self._languages and _looks_like_lang(k)] if isinstance(value, dict) else []
        display = self._languages + own
        if display != self._display:
            self._display = display
            rebuild = True
        if rebuild or not self._edits:
            self._rebuild()
        self._hidden = {}
        self._loaded_plain = value if plain and self.plain_check is None else None
        if plain and self.plain_check is None:
            # No plain mode here: the same text in every shown language.
            value = {lang: value for lang in self._languages}
        for lang, edit in self._edits.items():
            if lang == "*":
                text = value if isinstance(value, str) else ""
            else:
                text = value.get(lang) if isinstance(value, dict) else None
                text = text if isinstance(text, str) else ""
            edit.blockSignals(True)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)
                edit.setCursorPosition(0)  # show the beginning of a long title
            edit.blockSignals(False)
        if isinstance(value, dict):
            self._hidden = {k: v for k, v in value.items() if k not in self._edits}
        self._refresh_marks()

    def _plain_toggled(self, plain: bool) -> None:
        texts = [self._text(e) for e in self._edits.values()]
        first = next((t for t in texts if has_text(t)), "")
        self._rebuild()
        if plain:
            self._set(first or None, plain=True)
        else:
            self._set({lang: first for lang in self._languages} if first else None, plain=False)
        self._edited()

    def _edited(self) -> None:
        self._refresh_marks()
        self.changed.emit()

    # ----------------------------------------------------------------- marks

    def missing_languages(self) -> list[str]:
        """Required languages left empty while another language is filled."""
        if self.is_plain():
            return []
        texts = {lang: self._text(e) for lang, e in self._edits.items()}
        if not any(has_text(t) for t in texts.values()) and not any(has_text(t) for t in self._hidden.values()):
            return []
        return [lang for lang in self._required if lang in texts and not has_text(texts[lang])]

    def set_problem(self, severity: str | None, message: str) -> None:
        self._problem = (severity, message)
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        missing = set(self.missing_languages())
        severity, message = self._problem
        for lang, edit in self._edits.items():
            if severity:
                set_mark(edit, severity, message)
            elif lang in missing:
                set_mark(edit, "translation", self.tr(
                    "Missing translation: no {language} text yet. The {lang} document will "
                    "report this field as missing.").format(language=language_name(lang), lang=lang))
            else:
                set_mark(edit, None)
            placeholder = (self.tr("missing translation") if lang in missing
                           else self._placeholders.get(lang, self._placeholder))
            if edit.placeholderText() != placeholder:
                edit.setPlaceholderText(placeholder)

    def focus(self, lang: str | None = None) -> None:
        edit = self._edits.get(lang or "") or next(iter(self._edits.values()), None)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
