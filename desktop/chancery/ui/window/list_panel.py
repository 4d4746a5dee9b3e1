"""The archive list: filters, the search box (debounced, off the GUI thread), selection, empty states.

A part of :class:`~chancery.ui.main_window.MainWindow` (a mixin: it shares the window's state);
the methods were moved here unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import refdata
from ...errors import UserError
from ..archive_model import (
    CHUNK,
    COLUMN_KEYS,
    SNIPPET_COLUMN,
    ArchiveModel,
    ArchiveView,
    SnippetDelegate,
    fit_columns,
)
from ..tasks import run_in_background
from . import ASYNC_LISTING_ABOVE, icon

# The strings keep the context they had in main_window.py (the .ts files need no change):
# lupdate reads translate("MainWindow", …) as it read self.tr(…) in class MainWindow.
translate = QCoreApplication.translate


class ListPanel:
    """The archive list: filters, the search box (debounced, off the GUI thread), selection, empty states."""

    def _build_list_panel(self) -> None:
        self.list_panel = QWidget()
        self.list_panel.setObjectName("listPanel")
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            translate("MainWindow", "Search: names in any spelling, places, topics, country:KG, with:…")
        )
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.textChanged.connect(self._search_text_changed)
        self.search_box.returnPressed.connect(self._search_now)
        layout.addWidget(self.search_box)

        from ..editor.reflow import Reflow

        filters = Reflow(self.list_panel, spacing=6)  # on one line when the list is wide, else wrapped
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setEditable(True)
        self.country_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_filter.addItem(translate("MainWindow", "All countries"), None)
        self.country_filter.setToolTip(translate("MainWindow", "Counterpart country"))
        self.country_filter.currentIndexChanged.connect(self._filters_changed)
        self.country_filter.lineEdit().editingFinished.connect(self._country_typed)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(translate("MainWindow", "All kinds"), None)
        for code in refdata.vocabulary("meeting_kind"):
            self.kind_filter.addItem(refdata.label("meeting_kind", code, self.language), code)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.addItem(translate("MainWindow", "All years"), None)
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        for combo in (self.country_filter, self.kind_filter, self.year_filter):
            # as narrow as "All countries" allows: long kind or country names do not widen the list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(1)
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 44)
        filters.add(self.country_filter, 3)
        filters.add(self.kind_filter, 3)
        filters.add(self.year_filter, 2)
        layout.addWidget(filters)

        self.model = ArchiveModel(self.archive, self, language=self.language)
        # a large archive lists off the GUI thread (the id query takes 0.1-0.5 s at 100,000),
        # including the listing the sort indicator below asks for
        self.model.asynchronous = self.archive.count() > ASYNC_LISTING_ABOVE
        self.view = ArchiveView()
        self.view.setObjectName("archiveList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring at 100k rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(COLUMN_KEYS.index("date"), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.viewport_resized.connect(lambda: fit_columns(self.view))  # columns follow the list's width
        self.view.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self.view))
        self.view.setColumnHidden(SNIPPET_COLUMN, True)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.doubleClicked.connect(lambda _index: self._focus_editor())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_label)
        layout.addWidget(self.list_stack, 1)

        counts = QHBoxLayout()
        self.result_count = QLabel()
        self.result_count.setObjectName("resultCount")
        self.query_error = QLabel()
        self.query_error.setObjectName("queryError")
        self.query_error.setVisible(False)
        counts.addWidget(self.result_count)
        counts.addStretch(1)
        counts.addWidget(self.query_error)
        layout.addLayout(counts)

    def _finish_list_panel(self) -> None:
        """What the list panel needs once it can be used, not to be painted (MainWindow.finish_building).

        An event filter converts every event of the widget it watches into a Python object (a few ms of
        PySide6 set-up for the first events of each kind), so the search box's is installed after the paint.
        """
        self.search_box.installEventFilter(self)  # Down arrow into the results, Escape clears
        completer = self.country_filter.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

    def selected_ids(self) -> list[str]:
        model = self.view.selectionModel()
        if model is None:
            return []
        rows = sorted({index.row() for index in model.selectedRows()})
        return [mid for mid in (self.model.id_at(r) for r in rows) if mid]

    def select_meeting(self, meeting_id: str) -> None:
        row = self.model.row_of(meeting_id)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                self.view.clearSelection()
            else:
                index = self.model.index(row, 0)
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                self.view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        self._update_actions()

    def _current_row_changed(self, current, previous) -> None:
        meeting_id = self.model.id_at(current.row()) if current.isValid() else None
        if meeting_id is None or meeting_id == self.current_id:
            return
        if not self.open_meeting(meeting_id) and self.current_id:  # cancelled: keep the selection on the open one
            QTimer.singleShot(0, lambda: self.select_meeting(self.current_id))

    def _reload_list(self, keep: str | None = None) -> None:
        """Re-read the list (same query, sort and filters), keeping ``keep`` selected."""
        self.run_search(select=keep)

    def _list_ready(self) -> None:
        """A new id list is in the model (listing or search): counts, empty state, selection."""
        self._after_list_change()
        target, self._pending_select = self._pending_select or self.current_id, None
        if target:
            self.select_meeting(target)

    def _after_list_change(self) -> None:
        count = self.model.rowCount()
        query = self.search_box.text().strip()
        filtered = any(self.model.filters.get(k) for k in ("country", "kind", "year"))
        self.view.setColumnHidden(SNIPPET_COLUMN, not self.model.searching)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(not self.model.searching)
        fit_columns(self.view)
        if self.model.searching:
            text = translate("MainWindow", "%n result(s)", "", count)
        elif filtered:
            text = translate("MainWindow", "%n meeting(s) match the filters", "", count)
        else:
            text = translate("MainWindow", "%n meeting(s)", "", count)
        self.result_count.setText(text)
        if count:
            self.list_stack.setCurrentWidget(self.view)
            return
        if self.model.searching:
            message = translate(
                "MainWindow", "No meetings match “%1”.\nCheck the spelling, try fewer words, or clear the filters."
            ).replace("%1", query)
        elif filtered:
            message = translate("MainWindow", "No meetings match these filters.")
        else:
            message = translate(
                "MainWindow",
                "The archive is empty.\n\nPress %1 to record a meeting,\nor use File ▸ Import… "
                "to bring in meetings from a JSON file.",
            ).replace("%1", self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.empty_label.setText(message)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _fill_year_filter(self) -> None:
        oldest = self.archive.list_ids(sort="date", descending=False, limit=1)
        newest = self.archive.list_ids(sort="date", descending=True, limit=1)
        rows = self.archive.rows(oldest + newest)
        years = [int(r.date[:4]) for r in rows.values() if r.date and r.date[:4].isdigit()]
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        if years:
            for year in range(max(years), min(years) - 1, -1):
                self.year_filter.addItem(str(year), year)
        if current is not None:
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    def set_country_names(self, names: dict[str, str]) -> None:
        """Country names arrived (loaded off the GUI thread after start-up)."""
        self.model.set_country_names(names)
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        while self.country_filter.count() > 1:
            self.country_filter.removeItem(1)
        for code, name in sorted(names.items(), key=lambda item: item[1]):
            self.country_filter.addItem(name, code)
        if current is not None:
            self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)))
        self.country_filter.blockSignals(False)

    def load_country_names(self) -> None:
        language = self.language
        run_in_background(lambda: refdata.country_names(language), self.set_country_names)

    def _country_typed(self) -> None:
        text = self.country_filter.currentText().strip()
        if not text:
            self.country_filter.setCurrentIndex(0)
            return
        index = self.country_filter.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            code = refdata.find_country(text)
            index = self.country_filter.findData(code) if code else -1
        if index >= 0 and index != self.country_filter.currentIndex():
            self.country_filter.setCurrentIndex(index)

    def _filters_changed(self, *_args) -> None:
        self.model.set_filters(
            country=self.country_filter.currentData(),
            kind=self.kind_filter.currentData(),
            year=self.year_filter.currentData(),
        )
        self._search_now()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.run_search()

    def run_search(self, select: str | None = None) -> None:
        """List what the search box and filters ask for: ranked search off the GUI thread, or the DB listing."""
        self.search_timer.stop()
        query = self.search_box.text().strip()
        self._search_generation += 1
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        self.query_error.setVisible(False)
        self._pending_select = select
        if not query:
            self.model.reload()
            return
        generation = self._search_generation
        archive = self.archive
        filters = {k: v for k, v in self.model.filters.items() if v and k in ("country", "kind", "year")}

        def work():
            from ...store import search  # on this worker: SQLAlchemy may still be loading at start-up

            ids = search.search_ids(archive, query, **filters)
            return ids, search.snippets(archive, query, ids[:CHUNK]), search

        def done(result):
            if generation != self._search_generation:
                return  # the user typed more meanwhile
            self._search_task = None
            ids, first_snippets, search = result
            self.model.show_results(
                ids, first_snippets, snippet_source=lambda more: search.snippets(archive, query, more)
            )

        def failed(error):
            if generation != self._search_generation:
                return
            self._search_task = None
            if isinstance(error, UserError):
                position = getattr(error, "position", None)
                text = str(error)
                if isinstance(position, int):
                    text += " — " + translate("MainWindow", "at: %1").replace(
                        "%1", (query[position : position + 12] or "…")
                    )
                self.query_error.setText(text)
                self.query_error.setToolTip(text)
                self.query_error.setVisible(True)
            else:
                self.query_error.setText(translate("MainWindow", "Search failed: %1").replace("%1", str(error)))
                self.query_error.setVisible(True)

        self._search_task = run_in_background(work, done, failed)

    def show_search_syntax(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            translate("MainWindow", "Search syntax"),
            translate(
                "MainWindow",
                "<p>Type words to find meetings that contain all of them, in any language or spelling.</p>"
                "<table cellspacing=4>"
                "<tr><td><code>bayramov</code></td><td>a name, a place, a topic…</td></tr>"
                '<tr><td><code>"energy security"</code></td><td>an exact phrase</td></tr>'
                "<tr><td><code>kazak*</code></td><td>words starting with…</td></tr>"
                "<tr><td><code>-transit</code></td><td>without this word</td></tr>"
                "<tr><td><code>a OR b</code></td><td>either word</td></tr>"
                "<tr><td><code>country:KG</code></td><td>counterpart country (code or name)</td></tr>"
                "<tr><td><code>kind:phone_call</code></td><td>kind of meeting</td></tr>"
                "<tr><td><code>with:kazakbaev</code></td><td>a participant</td></tr>"
                "<tr><td><code>after:2021-01-01 before:…</code></td><td>dates</td></tr>"
                "<tr><td><code>year:2021 status:draft</code></td><td>year, status</td></tr>"
                "<tr><td><code>signed:programme</code></td><td>documents signed</td></tr>"
                "</table>",
            ),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box moves into the results; Escape clears the search
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)
