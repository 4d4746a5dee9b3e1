"""Settings ▸ Archive: this computer or a server, tried with Test Connection, kept without a password."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from chancery.ui import i18n
from chancery.ui.archive_settings import SERVER_KEY, ArchiveChoice, ArchiveDialog, server_url, stored_server


def test_a_server_url_never_carries_a_password():
    assert server_url("db.mfa.example", 5432, "chancery", "aliyeva", "require") == \
        "postgresql://aliyeva@db.mfa.example:5432/chancery?sslmode=require"
    assert server_url("db", 6543, "press office", "", "prefer") == "postgresql://db:6543/press%20office"


def test_the_dialog_tests_the_connection_and_the_choice_applies_at_restart(qtbot, pg_server, pg_url, tmp_path,
                                                                          monkeypatch):
    pg_server.ensure_user("t_settings_user", password="pw-settings")
    with pg_server.admin() as connection:
        connection.execute("GRANT chancery_reader TO t_settings_user")
    port = int(make_url(pg_url).query["port"])
    database = make_url(pg_url).database
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:{database}:t_settings_user:pw-settings\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))

    choice = ArchiveChoice()
    qtbot.addWidget(choice)
    assert choice.summary.text() == "this computer" and not choice.changed
    dialog = ArchiveDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.local_button.isChecked() and not dialog.test_button.isEnabled()
    dialog.server_button.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # a server needs its name and database
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText("t_settings_user")
    assert dialog.ok_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Connected"), timeout=10000)
    assert "read-only for you" in dialog.result_label.text()

    choice.chosen = dialog.url()
    assert choice.changed
    choice.store()
    assert stored_server() == f"postgresql://t_settings_user@127.0.0.1:{port}/{database}"
    assert "pw-settings" not in str(i18n.ui_settings().value(SERVER_KEY))
    again = ArchiveChoice()
    qtbot.addWidget(again)
    assert again.summary.text() == f"server: {database} on 127.0.0.1 (user t_settings_user)"
    reopened = ArchiveDialog(stored_server())
    qtbot.addWidget(reopened)
    assert reopened.server_button.isChecked() and reopened.port.value() == port


def test_a_wrong_server_is_reported_in_the_dialog(qtbot):
    dialog = ArchiveDialog("postgresql://nobody@127.0.0.1:1/nothing?sslmode=disable")
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "cannot open the archive" in dialog.result_label.text(), timeout=15000)
