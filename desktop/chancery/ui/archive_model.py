"""The archive list: a table model that holds meeting ids and fetches rows lazily.

The model keeps only the ordered list of ids (from ``Archive.list_ids``,
which sorts and filters in the database, or from the search, which ranks).
Rows are read with ``Archive.rows`` in chunks of :data:`CHUNK` ids, the first
time the view asks for a cell of that chunk, and kept in a bounded cache, so
a 100,000-meeting archive costs one id query plus a chunk per screenful.
Sorting never happens in Python: a header click asks the database again.

Threading: GUI thread; ``rows`` for one chunk is a primary-key lookup of
~1 ms, fast enough to do while painting.  With ``asynchronous`` set, the id
query of a reload (a few hundred ms at 100,000 meetings) runs on the pool;
the first listing of the window shows its first page at once meanwhile
(the newest :data:`CHUNK` ids, an index walk of a millisecond, with the
rest of the rows counted but not yet known).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QTableView

from .. import refdata
from ..store.early import MeetingRow
from ..text import text_in
from .datefmt import display_date

if TYPE_CHECKING:
    from ..store import Archive

CHUNK = 100          # rows read per database round trip
MAX_CHUNKS = 60      # rows kept in memory: MAX_CHUNKS * CHUNK
FULL_LISTING_DELAY_MS = 50  # the window's first listing: the rest of the ids are read once the first page is up

COLUMN_KEYS = ("date", "kind", "country", "principals", "status", "snippet")
SORTABLE = {"date", "kind", "country", "principals", "status"}
SNIPPET_COLUMN = COLUMN_KEYS.index("snippet")

IdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2


class ArchiveModel(QAbstractTableModel):
    """Meetings of the archive (listing mode) or of a search (ranked mode)."""

    listed = Signal()      # a new id list is in place (after reload or show_results)
    failed = Signal(str)   # an asynchronous listing failed

    def __init__(self, archive: Archive, parent=None, *, language: str = "en"):
        super().__init__(parent)
        self.archive = archive
        self.language = language
        self._ids: list[str | None] = []  # None: counted, not known yet (the first listing)
        self._row_of: dict[str, int] | None = None
        self._chunks: OrderedDict[int, dict[str, MeetingRow]] = OrderedDict()
        self._snippets: dict[str, str] = {}
        self._snippet_source: Callable[[list[str]], dict[str, str]] | None = None
        self._country_names: dict[str, str] = {}
        self.sort_key = "date"
        self.descending = True
        self.filters: dict[str, object] = {"country": None, "kind": None, "year": None}
        self.searching = False
        self.asynchronous = False
        self.loading = False
        self._listed = False  # an id list (perhaps only its first page) is in place
        self._generation = 0
        self._listing: tuple[tuple, list[str]] | None = None  # (query and archive generation, ids)
        self._loading_key: tuple | None = None  # the listing on its way (asynchronous)
        # what laziness costs, for the tests and the benchmark
        self.fetched_rows = 0
        self.fetch_calls = 0

    # ------------------------------------------------------------ contents

    def reload(self) -> None:
        """Re-read the id list in listing mode (current sort and filters), from the database.

        With ``asynchronous`` set (large archives) the query runs on the pool and
        the list changes when it answers; ``listed`` is emitted either way.
        """
        kwargs = dict(sort=self.sort_key, descending=self.descending,
                      **{k: v for k, v in self.filters.items() if v})
        key = (tuple(sorted(kwargs.items())), self.archive.generation)
        if self.loading and not self.searching and self._loading_key == key:
            return  # the same listing is on its way
        self._generation += 1
        if self._listing is not None and self._listing[0] == key:
            # Same listing, archive unchanged (a search was cleared): no query at all.
            self._reset(self._listing[1], searching=False)
            return
        if not self.asynchronous:
            ids = self.archive.list_ids(**kwargs)
            self._listing = (key, ids)
            self._reset(ids, searching=False)
            return
        from .tasks import run_in_background

        generation, archive = self._generation, self.archive
        first_page = not self._listed and not any(self.filters.values())
        if first_page:
            # The window's first listing: the newest page now, counted rows as blanks until the rest arrives.
            newest = archive.list_ids(**kwargs, limit=CHUNK)
            total = archive.count()
            self._reset(newest + [None] * max(0, total - len(newest)), searching=False)

        def done(ids: list[str]) -> None:
            self._listing = (key, ids)
            if generation != self._generation:
                return  # overtaken by a newer listing or a search
            if first_page and len(ids) == len(self._ids) and ids[:CHUNK] == self._ids[:CHUNK]:
                self._ids, self._row_of = ids, None  # the same rows, now all known: no reset
                self.loading = False
                if len(ids) > CHUNK:
                    self.dataChanged.emit(self.index(CHUNK, 0), self.index(len(ids) - 1, len(COLUMN_KEYS) - 1))
                self.listed.emit()
                return
            self._reset(ids, searching=False)

        def start() -> None:
            run_in_background(lambda: archive.list_ids(**kwargs), done, lambda error: self.failed.emit(str(error)))

        self.loading = True
        self._loading_key = key
        if first_page:  # the first page is painted before the rest is read (that query holds a core a while)
            QTimer.singleShot(FULL_LISTING_DELAY_MS, start)
        else:
            start()

    def show_results(self, ids: list[str], snippets: dict[str, str] | None = None,
                     snippet_source: Callable[[list[str]], dict[str, str]] | None = None) -> None:
        """Show ranked search results; ``snippet_source(ids)`` supplies snippets of later chunks."""
        self._generation += 1
        self._reset(list(ids), searching=True, snippets=snippets, snippet_source=snippet_source)

    def set_filters(self, **filters: object) -> None:
        self.filters.update(filters)

    def _reset(self, ids: list[str], *, searching: bool, snippets=None, snippet_source=None) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._chunks.clear()
        self._snippets = dict(snippets or {})
        self._snippet_source = snippet_source
        self.searching = searching
        self.loading = False
        self._listed = True
        self.endResetModel()
        self.listed.emit()

    def refresh_ids(self, ids) -> None:
        """Forget cached rows of ``ids`` (after a save) and repaint them."""
        for meeting_id in ids:
            row = self.row_of(meeting_id)
            if row is None:
                continue
            self._chunks.pop(row // CHUNK, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_KEYS) - 1))

    def set_country_names(self, names: dict[str, str]) -> None:
        """Country names in the interface language (loaded after start-up; codes until then)."""
        self._country_names = dict(names)
        if self._ids:
            column = COLUMN_KEYS.index("country")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    # ------------------------------------------------------------ lookups

    def has_listed(self) -> bool:
        """Whether a listing (at least its first page) is in place: what the window paints first."""
        return self._listed

    def ids(self) -> list[str]:
        return [meeting_id for meeting_id in self._ids if meeting_id is not None]

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, meeting_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {mid: i for i, mid in enumerate(self._ids) if mid is not None}
        return self._row_of.get(meeting_id)

    def meeting_row(self, row: int) -> MeetingRow | None:
        meeting_id = self.id_at(row)
        if meeting_id is None:
            return None
        return self._chunk(row // CHUNK).get(meeting_id)

    def cached_rows(self) -> int:
        return sum(len(c) for c in self._chunks.values())

    def _chunk(self, number: int) -> dict[str, MeetingRow]:
        chunk = self._chunks.get(number)
        if chunk is not None:
            self._chunks.move_to_end(number)
            return chunk
        ids = [i for i in self._ids[number * CHUNK:(number + 1) * CHUNK] if i is not None]
        if not ids:
            return {}  # rows of the first listing not known yet (not cached: they come with the full list)
        chunk = self.archive.rows(ids)
        self.fetch_calls += 1
        self.fetched_rows += len(ids)
        if self.searching and self._snippet_source is not None:
            missing = [i for i in ids if i not in self._snippets]
            if missing:
                self._snippets.update(self._snippet_source(missing))
        self._chunks[number] = chunk
        while len(self._chunks) > MAX_CHUNKS:
            self._chunks.popitem(last=False)
        return chunk

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def status_label(self, status: str) -> str:
        return self.tr("Final") if status == "final" else self.tr("Draft")

    def format_date(self, value: str | None) -> str:
        """A date the way the interface language writes it (25/11/2026 in French)."""
        return display_date(value, self.language)

    def column_titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Country"), self.tr("Principals"),
                self.tr("Status"), self.tr("Matches")]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting_id = self._ids[index.row()]
        if meeting_id is None:
            return None
        if role == IdRole:
            return meeting_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SnippetRole,
                        Qt.ItemDataRole.FontRole):
            return None
        key = COLUMN_KEYS[index.column()]
        if key == "snippet":
            if role == SnippetRole:
                self._chunk(index.row() // CHUNK)
                return self._snippets.get(meeting_id, "")
            if role == Qt.ItemDataRole.ToolTipRole:
                self._chunk(index.row() // CHUNK)
                return self._snippets.get(meeting_id, "").replace("\x02", "").replace("\x03", "") or None
            return None
        row = self._chunk(index.row() // CHUNK).get(meeting_id)
        if row is None:  # deleted since the list was read
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.status == "draft":
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = self._display(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "date":  # the status, also when a narrow list has no Status column
                return self.status_label(row.status)
            return text if key in ("principals", "country", "kind") and text else None
        return text

    def _display(self, key: str, row: MeetingRow) -> str:
        if key == "date":
            return self.format_date(row.date)
        if key == "kind":
            return refdata.label("meeting_kind", row.kind, self.language) if row.kind else ""
        if key == "country":
            code = row.counterpart_country
            if code:
                return self._country_names.get(code, code)
            return text_in(row.counterpart_organization, self.language, ("en", "fr")) or ""
        if key == "principals":
            return row.principals
        if key == "status":
            return self.status_label(row.status)
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (listing mode); search results keep their ranking."""
        key = COLUMN_KEYS[column] if 0 <= column < len(COLUMN_KEYS) else None
        if key not in SORTABLE or self.searching:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def snippet_html(text: str) -> str:
    """A search snippet with its \\x02…\\x03 marks as bold, everything else escaped."""
    import html

    return html.escape(text).replace("\x02", "<b>").replace("\x03", "</b>")


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet column as rich text, the matched words in bold.

    (Qt's rich-text and style classes are imported when a snippet is first
    painted, in a search: the window's first paint does not need them.)
    """

    def _document(self, option, text: str):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(snippet_html(" ".join(text.split())))
        return document

    def paint(self, painter, option, index) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette
        from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

        text = index.data(SnippetRole) or ""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        if not text:
            return
        document = self._document(options, text)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        painter.save()
        painter.translate(rect.topLeft())
        clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(clip)
        # one line, vertically centred; the view elides nothing here, so clip instead
        document.setTextWidth(-1)
        offset = max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(0, offset)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):
        from PySide6.QtCore import QSize

        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 240), hint.height())


class ArchiveView(QTableView):
    """The archive list's view: says when its viewport was resized and painted, and its viewport's width.

    Through its own resize and paint handlers (which the viewport's events reach), not through
    ``viewport()``: the first call of ``viewport()`` in a process makes PySide6 look up the Python class of a
    widget Qt created, which sets up every widget class it knows — some 20 ms that the first paint of
    the window need not wait for.
    """

    viewport_resized = Signal()
    viewport_painted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.viewport_width = 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.viewport_width = event.size().width()
        self.viewport_resized.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.viewport_painted.emit()


def fit_columns(view: QTableView) -> None:
    """Share the list's width among its columns so that no header is cut off.

    Date and status get the width their texts need; kind and country a
    readable share; the principals (or, in search results, the matches) take
    what is left.  A list too narrow for all of them drops the Status column
    first (drafts stay in italics, and the date's tooltip says the status), so
    that the kind of meeting is not cut.  When the list is too narrow for every
    header, the columns keep their minimum and the list scrolls sideways instead.
    """
    model = view.model()
    header = view.horizontalHeader()
    available = view.viewport_width if isinstance(view, ArchiveView) else view.viewport().width()
    if not isinstance(model, ArchiveModel) or available <= 0:
        return
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    cell = view.fontMetrics()
    titles = model.column_titles()
    padding = 24

    def title(key: str) -> int:
        return metrics.horizontalAdvance(titles[COLUMN_KEYS.index(key)]) + padding

    texts = {"date": [model.format_date("2026-12-28")],
             "status": [model.status_label("final"), model.status_label("draft")]}
    wanted = {key: max(title(key), *(cell.horizontalAdvance(t) + padding for t in texts[key]))
              for key in ("date", "status")}
    # wide enough for the usual kinds ("Entretien téléphonique", "Телефонный разговор"), not the longest
    usual = ("bilateral_meeting", "official_visit", "working_visit", "phone_call", "videoconference")
    wanted["kind"] = max(title("kind"), *(cell.horizontalAdvance(refdata.label("meeting_kind", code, model.language))
                                          + padding for code in usual))
    wanted["country"] = max(title("country"), cell.horizontalAdvance("M") * 9)
    last = "snippet" if model.searching else "principals"
    if model.searching:
        wanted["principals"] = max(title("principals"), cell.horizontalAdvance("M") * 12)
    minimum = {key: title(key) for key in wanted}
    minimum[last] = title(last)
    everything = sum(wanted[k] for k in ("date", "kind", "country", "status")) + minimum[last] + 40
    view.setColumnHidden(COLUMN_KEYS.index("status"), available < everything)
    shown = [k for k in wanted if not view.isColumnHidden(COLUMN_KEYS.index(k))]
    rest = available - sum(wanted[k] for k in shown)
    if rest < minimum[last] + 40:  # narrow: kind and country give way first, down to their titles
        spare = {key: wanted[key] - minimum[key] for key in ("kind", "country")}
        squeeze = min(minimum[last] + 40 - rest, sum(spare.values()))
        for key, share in spare.items():
            wanted[key] -= squeeze * share // (sum(spare.values()) or 1)
        rest = available - sum(wanted[k] for k in shown)
    header.setStretchLastSection(False)
    for key in shown:
        header.setSectionResizeMode(COLUMN_KEYS.index(key), QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(COLUMN_KEYS.index(key), wanted[key])
    header.setSectionResizeMode(COLUMN_KEYS.index(last), QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(COLUMN_KEYS.index(last), max(rest, minimum[last]))
