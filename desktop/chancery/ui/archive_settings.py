"""Settings ▸ Archive: this computer or a server (host, port, database, user, SSL).

:class:`ArchiveChoice` is the row the Settings dialog shows (what is chosen,
and "Change…"); :class:`ArchiveDialog` is where the choice is made and
tried ("Test Connection" opens the archive off the GUI thread and says
what the server answered).  The choice is a per-user preference kept in
QSettings (``archive/server``: a URL without a password; empty for this
computer) and applies at the next start, unless ``--archive`` or
``$CHANCERY_ARCHIVE`` says otherwise.  Chancery never stores a password:
"Keep Password in Keyring…" hands it to the system keyring, and the
PostgreSQL password file (~/.pgpass) works as well.

Threading: GUI thread; the connection test runs through ``run_in_background``.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from . import i18n
from .i18n import SERVER_KEY, stored_server
from .tasks import run_in_background

SSL_MODES = ("prefer", "require", "verify-full", "disable")


def server_url(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """A postgresql:// URL from the dialog's fields (no password, ever)."""
    where = quote(host.strip(), safe=".-:[]")
    who = quote(user.strip(), safe="") + "@" if user.strip() else ""
    query = f"?sslmode={sslmode}" if sslmode and sslmode != "prefer" else ""
    return f"postgresql://{who}{where}:{int(port)}/{quote(database.strip(), safe='')}{query}"


def _fields(url: str) -> dict:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return {"host": parsed.host or "", "port": parsed.port or 5432, "database": parsed.database or "",
            "user": parsed.username or "", "sslmode": str(parsed.query.get("sslmode") or "prefer")}


class ArchiveDialog(QDialog):
    """Choose the archive: this computer's file, or a PostgreSQL server."""

    def __init__(self, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Archive"))
        self.local_button = QRadioButton(self.tr("&This computer (the archive file in the archive folder)"))
        self.server_button = QRadioButton(self.tr("A &server shared by your office (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.local_button)
        group.addButton(self.server_button)

        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. archive.mfa.example"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.database.setPlaceholderText("chancery")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.ssl = QComboBox()
        for mode, label in zip(SSL_MODES, (self.tr("if the server offers it"), self.tr("required"),
                                           self.tr("required, and the server's certificate checked"),
                                           self.tr("never")), strict=True):
            self.ssl.addItem(label, mode)
        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Ser&ver:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption (SSL):"), self.ssl)
        password_note = QLabel(self.tr(
            "Chancery does not store passwords. Keep yours in the system keyring, or in your PostgreSQL "
            "password file (~/.pgpass)."))
        password_note.setWordWrap(True)
        password_note.setProperty("role", "hint")
        form.addRow("", password_note)
        self.keyring_button = QPushButton(self.tr("Keep Password in &Keyring…"))
        self.keyring_button.clicked.connect(self._keep_password)
        self.test_button = QPushButton(self.tr("Test Co&nnection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self._test)
        row = QHBoxLayout()
        row.addWidget(self.keyring_button)
        row.addWidget(self.test_button)
        row.addStretch(1)
        form.addRow("", row)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.result_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        layout.addWidget(self.server_form)
        restart = QLabel(self.tr("The choice takes effect the next time Chancery starts."))
        restart.setProperty("role", "hint")
        layout.addWidget(restart)
        layout.addWidget(buttons)

        if current:
            values = _fields(current)
            self.host.setText(values["host"])
            self.port.setValue(int(values["port"]))
            self.database.setText(values["database"])
            self.user.setText(values["user"])
            self.ssl.setCurrentIndex(max(0, self.ssl.findData(values["sslmode"])))
            self.server_button.setChecked(True)
        else:
            self.local_button.setChecked(True)
        for widget in (self.host, self.database, self.user):
            widget.textChanged.connect(self._update)
        self.server_button.toggled.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def url(self) -> str | None:
        """The chosen server's URL, or None for this computer."""
        if not self.server_button.isChecked():
            return None
        return server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                          self.ssl.currentData())

    def _complete(self) -> bool:
        return bool(self.host.text().strip() and self.database.text().strip())

    def _update(self) -> None:
        server = self.server_button.isChecked()
        self.server_form.setEnabled(server)
        self.ok_button.setEnabled(not server or self._complete())
        self.test_button.setEnabled(server and self._complete())
        self.keyring_button.setEnabled(server and self._complete())

    def _keep_password(self) -> None:
        from ..store.db import database_url, store_keyring_password

        url = database_url(self.url() or "")
        password, ok = QInputDialog.getText(self, self.tr("Keep Password in Keyring"),
                                            self.tr("Password for %1:").replace("%1", url.username or self.user.text()),
                                            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        try:
            store_keyring_password(url, password)
        except UserError as error:
            self.result_label.setText(str(error))
            return
        self.result_label.setText(self.tr("The password is in the system keyring."))

    def _test(self) -> None:
        url = self.url()
        if url is None:
            return
        self.result_label.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def work():
            from ..store import open_archive

            with open_archive(url=url) as archive:
                return archive.name, archive.access, archive.count()

        def done(found) -> None:
            name, access, count = found
            rights = self.tr("you may change it") if access.write else self.tr("read-only for you")
            self.result_label.setText(self.tr("Connected to %1: %2 meeting(s); %3.").replace("%1", name).replace(
                "%2", f"{count:,}").replace("%3", rights))
            self._update()

        def failed(error: BaseException) -> None:
            self.result_label.setText(str(error) if isinstance(error, UserError) else
                                self.tr("Unexpected error: %1").replace("%1", f"{error.__class__.__name__}: {error}"))
            self._update()

        run_in_background(work, done, failed)


class ArchiveChoice(QWidget):
    """The Settings dialog's row: which archive, and "Change…"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("archiveChoice")
        self.initial = stored_server()
        self.chosen = self.initial
        self.summary = QLabel()
        self.summary.setObjectName("archiveSummary")
        self.summary.setWordWrap(True)
        change = QPushButton(self.tr("Chan&ge…"))
        change.setObjectName("changeArchive")
        change.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(change)
        self._show()

    def _show(self) -> None:
        if self.chosen:
            values = _fields(self.chosen)
            self.summary.setText(self.tr("server: %1 on %2 (user %3)").replace("%1", values["database"]).replace(
                "%2", values["host"]).replace("%3", values["user"] or "—"))
        else:
            self.summary.setText(self.tr("this computer"))

    def choose(self) -> None:
        dialog = ArchiveDialog(self.chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.chosen = dialog.url()
            self._show()

    @property
    def changed(self) -> bool:
        return (self.chosen or None) != (self.initial or None)

    def store(self) -> None:
        i18n.ui_settings().setValue(SERVER_KEY, self.chosen or "")
