"""The meeting in the form: open, new, duplicate, revert, save (conflicts), autosave, recovery.

A part of :class:`~chancery.ui.main_window.MainWindow` (a mixin: it shares the window's state);
the methods were moved here unchanged.
"""

from __future__ import annotations

import copy
import datetime as _dt
import time

from PySide6.QtCore import QCoreApplication, QTimer

from ...errors import ConflictError, RecordError, UserError
from ..messages import problem_message

# The strings keep the context they had in main_window.py (the .ts files need no change):
# lupdate reads translate("MainWindow", …) as it read self.tr(…) in class MainWindow.
translate = QCoreApplication.translate


class EditingSession:
    """The meeting in the form: open, new, duplicate, revert, save (conflicts), autosave, recovery."""

    def _ensure_editor(self):
        """Create the form the first time a meeting is opened (keeps start-up light)."""
        if self.editor is not None:
            return self.editor
        from ..editor import MeetingEditor, ProblemsList

        editor = MeetingEditor(self.archive, self.settings_values, self.editor_panel)
        editor.setObjectName("meetingEditor")
        editor.set_output_languages(list(self.settings_values.get("output_languages") or []))
        editor.changed.connect(self._editor_changed)
        editor.fieldLeft.connect(self._field_left)
        problems = ProblemsList()
        problems.setObjectName("problemList")
        problems.follow(editor)  # lists problems and missing translations; a click calls focus_path
        self.problems_dock.setWidget(problems)
        self.problem_list = problems
        editor.problemsChanged.connect(self._problems_changed)
        editor.translationsChanged.connect(self._problems_changed)
        self.editor_panel.addWidget(editor)
        self.editor = editor
        self.presence.editor_created(editor)
        return editor

    def warm_up(self) -> None:
        """Build the form in idle time after start-up, so the first meeting opens at once."""
        if self.editor is None:
            self._ensure_editor()

    def _show_editor(self, meeting: dict, *, version: int | None, modified: bool) -> None:
        editor = self._ensure_editor()
        editor.load(meeting)
        editor.set_modified(modified)
        self.current_id = str(meeting["id"])
        self.base_version = version
        self.editor_panel.setCurrentWidget(editor)
        QTimer.singleShot(0, self._problems_changed)  # the list may already be up to date
        self._set_autosave_label(modified)
        self._update_actions()
        self.preview_timer.start()
        self.meetingOpened.emit(self.current_id)

    def _close_editor(self) -> None:
        self.autosave_timer.stop()
        self.current_id = None
        self.base_version = None
        if self.editor is not None:
            self.editor.set_modified(False)
        self.editor_panel.setCurrentWidget(self.placeholder)
        if self.problem_list is not None:
            self.problem_list.set_problems([])
            self.problem_list.set_missing_translations([])
        self._problems_changed()  # no meeting, no problem count
        self._set_autosave_label(False)
        self._update_actions()

    def _focus_editor(self) -> None:
        if self.editor is not None and self.editor_panel.currentWidget() is self.editor:
            self.editor.focus_first_field()  # the first field of the tab, not the tab bar

    def open_meeting(self, meeting_id: str, *, ask: bool = True) -> bool:
        """Load a stored meeting into the form (asking first about unsaved changes)."""
        if meeting_id == self.current_id and self.editor is not None:
            return True
        if ask and not self.confirm_leave():
            return False
        try:
            meeting, version = self.archive.meeting_for_edit(meeting_id)
        except UserError as error:
            self._error(translate("MainWindow", "Cannot open the meeting"), str(error))
            return False
        self._show_editor(meeting, version=version, modified=False)
        self.select_meeting(meeting_id)
        return True

    def new_meeting(self) -> bool:
        if not self.confirm_leave():
            return False
        self._show_editor(self._new_record(), version=None, modified=False)
        self.editor.tabs.setCurrentIndex(self.editor.TAB_MEETING)  # a new meeting starts at the beginning
        self.view.clearSelection()
        self._focus_editor()
        return True

    def _new_record(self) -> dict:
        """A fresh draft with the ministry's defaults (home country, dateline, agency)."""
        s = self.settings_values
        from ...record import new_meeting  # not before the window's first paint

        meeting = new_meeting()
        if s.get("home_country"):
            meeting["place"]["country"] = s["home_country"]
        if s.get("dateline"):
            meeting["place"]["city"] = dict(s["dateline"])
            meeting["publication"]["dateline"] = dict(s["dateline"])
        if s.get("agency"):
            meeting["publication"]["agency"] = s["agency"]
        elif s.get("ministry"):
            meeting["publication"]["publisher"] = dict(s["ministry"])
        return meeting

    def duplicate(self) -> bool:
        """Start a new draft from the meeting in the form (the original stays as it is)."""
        if self.editor is None or self.current_id is None:
            return False
        if not self.confirm_leave():
            return False
        source = self.editor.meeting() if self.current_id else None
        if source is None:
            return False
        copy_ = copy.deepcopy(source)
        import uuid

        copy_["id"] = str(uuid.uuid4())
        copy_["status"] = "draft"
        self._show_editor(copy_, version=None, modified=True)
        self.view.clearSelection()
        self.statusBar().showMessage(
            translate("MainWindow", "A copy of the meeting is open as a new draft; save it to keep it."), 8000
        )
        self.autosave_timer.start()
        return True

    def revert(self) -> None:
        if self.current_id is None or self.base_version is None:
            return
        meeting_id = self.current_id
        self.archive.discard_autosave(meeting_id)
        self._autosaved_ids.discard(meeting_id)
        self.current_id = None
        self.open_meeting(meeting_id, ask=False)

    def confirm_leave(self) -> bool:
        """Before the form changes meeting or the window closes: Save / Discard / Cancel."""
        if self.editor is None or self.current_id is None or not self.editor.is_modified():
            return True
        from ..dialogs import ask_unsaved, meeting_title

        answer = ask_unsaved(self, meeting_title(self.editor.meeting(), self.language))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.archive.discard_autosave(self.current_id)
            self._autosaved_ids.discard(self.current_id)
            self.editor.set_modified(False)
            self.autosave_timer.stop()
            return True
        return False

    def save(self) -> bool:
        """Store the form's record; a stale version opens the conflict dialog instead of overwriting."""
        if self.editor is None or self.current_id is None:
            return False
        meeting = self.editor.meeting()
        try:
            result = self.archive.save(meeting, expected_version=self.base_version)
        except ConflictError as error:
            return self._resolve_conflict(meeting, error)
        except RecordError as error:
            if self.problem_list is not None:
                self.problem_list.set_problems(error.problems)
            self.problems_dock.show()
            why = (
                translate(
                    "MainWindow",
                    "A final record must be complete and valid. Fix the problems listed, or save it as a draft.",
                )
                if meeting.get("status") == "final"
                else translate(
                    "MainWindow", "Some fields hold what cannot be stored, even in a draft. Fix the problems listed."
                )
            )
            self._error(
                translate("MainWindow", "The meeting was not saved"),
                why + "\n\n" + "\n".join(problem_message(p, meeting.get("kind")) for p in error.problems[:12]),
            )
            return False
        except UserError as error:
            self._error(translate("MainWindow", "The meeting was not saved"), str(error))
            return False
        self.autosave_timer.stop()
        self.archive.discard_autosave(result.id)
        self._autosaved_ids.discard(result.id)
        self.base_version = result.version
        self.current_id = result.id
        self.editor.set_modified(False)
        self._set_autosave_label(False)
        if result.created:
            self._reload_list(keep=result.id)
        else:
            self.model.refresh_ids([result.id])
        message = translate("MainWindow", "Saved.")
        if result.warnings:
            message += " " + " ".join(problem_message(w, meeting.get("kind")) for w in result.warnings[:3])
        self.statusBar().showMessage(message, 6000)
        self._update_actions()
        self.meetingSaved.emit(result.id)
        return True

    def _resolve_conflict(self, mine: dict, error: ConflictError) -> bool:
        try:
            stored, stored_version = self.archive.meeting_for_edit(error.meeting_id)
        except UserError:
            stored, stored_version = {}, error.actual
        from ..dialogs import ConflictDialog

        dialog = ConflictDialog(stored, mine, stored_version=stored_version, my_version=error.expected, parent=self)
        dialog.exec()
        if dialog.choice == "reload":
            self.archive.discard_autosave(error.meeting_id)
            self._autosaved_ids.discard(error.meeting_id)
            self._show_editor(stored, version=stored_version, modified=False)
            self.model.refresh_ids([error.meeting_id])
            self.statusBar().showMessage(translate("MainWindow", "Reloaded the stored version."), 6000)
            return True
        if dialog.choice == "copy":
            return self._save_as_copy(mine, error.meeting_id)
        self.statusBar().showMessage(translate("MainWindow", "Not saved: the meeting was changed elsewhere."), 8000)
        return False

    def _save_as_copy(self, mine: dict, original_id: str) -> bool:
        try:
            result = self.archive.save_as_copy(mine, original_id=original_id)
        except UserError as error:
            self._error(translate("MainWindow", "The copy was not saved"), str(error))
            return False
        self._autosaved_ids.discard(original_id)
        self._show_editor(self.archive.get_meeting(result.id), version=result.version, modified=False)
        self._reload_list(keep=result.id)
        self.statusBar().showMessage(translate("MainWindow", "Your version was saved as a new draft."), 8000)
        return True

    def _editor_changed(self) -> None:
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()  # not restarted per key: typing non-stop still autosaves
        self._set_autosave_label(True)
        self.save_action.setEnabled(True)
        self.revert_action.setEnabled(self.base_version is not None)
        self.setWindowModified(True)
        if self.preview_dock.isVisible():
            self.preview_timer.start()

    def _field_left(self) -> None:
        if self.editor is not None and self.editor.is_modified():
            self.autosave_now()

    def autosave_now(self) -> None:
        """Keep the form's unsaved state in the archive (survives a crash or a kill)."""
        self.autosave_timer.stop()
        if self.editor is None or self.current_id is None or not self.editor.is_modified():
            return
        started = time.perf_counter()
        try:
            meeting = self.editor.meeting()
            self.archive.autosave(meeting, self.base_version)
        except Exception as error:  # never let a background safety net interrupt typing
            self.statusBar().showMessage(translate("MainWindow", "Autosave failed: %1").replace("%1", str(error)), 8000)
            return
        self.last_autosave_ms = (time.perf_counter() - started) * 1000
        self._autosaved_ids.add(str(meeting["id"]))
        self.autosave_label.setText(
            translate("MainWindow", "Unsaved changes — kept safe at %1").replace(
                "%1", _dt.datetime.now().strftime("%H:%M:%S")
            )
        )

    def _set_autosave_label(self, modified: bool) -> None:
        if self.current_id is None:
            self.autosave_label.setText("")
        elif modified:
            self.autosave_label.setText(translate("MainWindow", "Unsaved changes"))
        elif self.base_version is None:
            self.autosave_label.setText(translate("MainWindow", "New meeting, not saved yet"))
        else:
            self.autosave_label.setText(translate("MainWindow", "All changes saved"))

    def check_recovery(self, *, always: bool = False) -> bool:
        """Offer drafts left by a crash; True if one was restored into the form."""
        from PySide6.QtWidgets import QMessageBox

        drafts = [d for d in self.archive.autosaves() if str(d[0].get("id")) != self.current_id]
        if not drafts:
            if always:
                QMessageBox.information(
                    self,
                    translate("MainWindow", "Recover unsaved work"),
                    translate("MainWindow", "There is no unsaved work to recover."),
                )
            return False
        from ..dialogs import RecoveryDialog

        dialog = RecoveryDialog(drafts, language=self.language, parent=self)
        dialog.exec()
        if dialog.choice is None:
            return False
        action, which = dialog.choice
        if action == "discard":
            for index in which:
                self.archive.discard_autosave(str(drafts[index][0]["id"]))
            return False
        draft, base_version, _saved_at = drafts[which]
        if not self.confirm_leave():
            return False
        from ...record import normalize

        self._show_editor(normalize(draft), version=base_version, modified=True)
        self._autosaved_ids.add(str(draft["id"]))
        if base_version is not None:
            self.select_meeting(str(draft["id"]))
        self.statusBar().showMessage(
            translate("MainWindow", "Unsaved work restored. Save it to keep it in the archive."), 10000
        )
        return True

    def _problems_changed(self, *_args) -> None:
        count = len(self.problem_list.paths()) if self.problem_list is not None else 0
        if count:
            self.problems_dock.setWindowTitle(translate("MainWindow", "Problems (%1)").replace("%1", str(count)))
            self.problems_button.setText(translate("MainWindow", "%n problem(s)", "", count))
            self.problems_button.show()
        else:
            self.problems_dock.setWindowTitle(translate("MainWindow", "Problems"))
            self.problems_button.hide()
