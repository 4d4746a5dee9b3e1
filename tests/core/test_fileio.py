"""Output files: atomic replacement, links written through, devices streamed, permissions kept, clear errors."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from chancery.fileio import OutputError, describe_os_error, write_output_file


def test_a_new_file_gets_the_umask_permissions(tmp_path):
    old = os.umask(0o027)
    try:
        write_output_file(tmp_path / "out.txt", b"hello")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o640
    assert (tmp_path / "out.txt").read_bytes() == b"hello"


def test_an_existing_file_keeps_its_permissions_and_nothing_else_is_left(tmp_path):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    target.chmod(0o604)
    write_output_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_output_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_fifo_is_streamed_not_replaced(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output_file(fifo, b"through the pipe")
    reader.join(10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_a_missing_folder_and_a_long_name_are_user_errors(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_output_file(tmp_path, b"x")
    with pytest.raises(OutputError, match="folder does not exist"):
        write_output_file(tmp_path / "missing" / "out.txt", b"x")
    with pytest.raises(OutputError, match="too long"):
        write_output_file(tmp_path / ("n" * 300), b"x")
    write_output_file(tmp_path / ("n" * 250), b"fits")  # the temporary name must fit too
    assert (tmp_path / ("n" * 250)).read_bytes() == b"fits"


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="disk is full"):
        write_output_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_messages_name_the_file_and_what_to_do(tmp_path):
    long = tmp_path / ("x" * 500)
    message = describe_os_error(OSError(errno.EACCES, "Permission denied"), long)
    assert "permission denied" in message and len(message) < 250 and message.count("x") < 130
    assert "read-only" in describe_os_error(OSError(errno.EROFS, "Read-only file system"), "a")


def test_dash_is_standard_output(capfdbinary):
    write_output_file("-", b"to stdout")
    assert capfdbinary.readouterr().out == b"to stdout"
