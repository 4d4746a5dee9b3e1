#!/usr/bin/env python3
"""A throwaway PostgreSQL cluster for the tests and CI: initdb in a private folder, a random port.

    python3 tests/pgcluster.py start DIR    prints the administrator's URL (socket in DIR)
    python3 tests/pgcluster.py stop DIR     stops the cluster and removes DIR
    python3 tests/pgcluster.py watch PID DIR   stops it once process PID has ended

The test suite uses the cluster named by ``CHANCERY_TEST_POSTGRES`` (what
``.ci/run`` exports); without it, a session fixture starts one with
:func:`start` and stops it at the end.  initdb refuses to run as root, so as
root the cluster belongs to the ``postgres`` system user (or ``nobody``).

Local connections (the Unix socket in DIR) are trusted; TCP connections on
127.0.0.1 ask for a password (scram-sha-256), which the password-file and
keyring tests use.  Nothing here is part of Chancery itself.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADMIN = "chancery_admin"
ADMIN_PASSWORD = "admin-secret"  # the cluster lives for one run, in a private folder


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed.

    Debian's own binaries (/usr/lib/postgresql/N/bin, the newest N) come first:
    they find their share files (unaccent, btree_gin); an initdb elsewhere on
    the PATH may be a stray copy without them.
    """
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _major(initdb: str) -> int:
    """The major version in /usr/lib/postgresql/N/bin/initdb (0 when it is not a number)."""
    version = Path(initdb).parent.parent.name
    return int(version) if version.isdigit() else 0


def _owner() -> pwd.struct_passwd | None:
    """The unprivileged user that runs the cluster when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to own the test cluster")


def _run(command: list[str], owner: pwd.struct_passwd | None, **kwargs) -> subprocess.CompletedProcess:
    def demote() -> None:
        if owner is not None:
            os.setgid(owner.pw_gid)
            os.setgroups([])
            os.setuid(owner.pw_uid)

    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    if owner is not None:
        env["HOME"] = owner.pw_dir
    return subprocess.run(command, preexec_fn=demote, env=env, check=True, capture_output=True, text=True,
                          **kwargs)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(folder: Path | None = None) -> tuple[str, Path]:
    """Start a cluster in ``folder`` (default: a new private temporary folder); returns (admin URL, folder)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL is not installed (no initdb); on Debian: apt-get install postgresql")
    folder = Path(folder or tempfile.mkdtemp(prefix="chancery-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    owner = _owner()
    data = folder / "data"
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    folder.chmod(0o700)
    password_file = folder / "pw"
    password_file.write_text(ADMIN_PASSWORD + "\n")
    if owner is not None:
        os.chown(password_file, owner.pw_uid, owner.pw_gid)
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(password_file),
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
         owner)
    password_file.unlink()
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c shared_buffers=64MB -c max_connections=60")
    for attempt in range(3):
        try:
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w",
                  "start"], owner)
            break
        except subprocess.CalledProcessError:
            if attempt == 2:
                log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
                raise RuntimeError(f"the test PostgreSQL did not start:\n{log[-2000:]}") from None
            port = _free_port()
            options = options.replace(options.split()[1], str(port), 1)
            time.sleep(0.5)
    (folder / "port").write_text(str(port))
    return admin_url(folder, port), folder


def admin_url(folder: Path, port: int, database: str = "postgres") -> str:
    return f"postgresql://{ADMIN}@/{database}?host={folder}&port={port}"


def stop(folder: Path) -> None:
    bin_dir = binaries()
    data = Path(folder) / "data"
    if bin_dir is not None and data.exists():
        with contextlib.suppress(subprocess.CalledProcessError):
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], _owner())
    shutil.rmtree(folder, ignore_errors=True)


def watch(pid: int, folder: Path) -> None:
    """Stop the cluster in ``folder`` when process ``pid`` ends, however it ends (a killed test run too)."""
    while folder.exists():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            stop(folder)
            return
        except PermissionError:
            pass
        time.sleep(2)


def start_watchdog(folder: Path) -> None:
    """A detached process that stops the cluster once this process has ended (its own session: a kill of
    this process group spares it)."""
    subprocess.Popen([sys.executable, __file__, "watch", str(os.getpid()), str(folder)], start_new_session=True,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if argv[:1] == ["watch"] and len(argv) == 3:
        watch(int(argv[1]), Path(argv[2]))
        return 0
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "start":
        url, _folder = start(Path(argv[1]))
        print(url)
    else:
        stop(Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
