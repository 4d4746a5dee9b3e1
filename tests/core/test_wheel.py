"""A non-editable install from the wheel works on its own: data files travel inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from ..conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    [built] = out.glob("chancery-*.whl")
    return built


def test_wheel_carries_resources_templates_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "chancery/resources/vocabularies.toml" in names
    assert "chancery/resources/countries.toml" in names
    assert "chancery/db/migrations/env.py" in names
    assert "chancery/db/migrations/versions/0001_initial.py" in names
    assert any(n.startswith("chancery/templates/") and n.endswith(".docx") for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_version_and_round_trip(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # Dependencies come from this test environment's site-packages (no network needed);
    # a .pth line adds the folder without running that folder's own .pth files, so the
    # editable checkout of chancery there stays invisible.
    target_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                      check=True, capture_output=True, text=True).stdout.strip())
    (target_site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CHANCERY_HOME")}
    chancery = str(bin_dir / "chancery")

    def run(*args):
        return subprocess.run([chancery, "--data-dir", str(tmp_path / "home"), *map(str, args)], cwd=work,
                              env=env, capture_output=True, text=True, timeout=120)

    version = subprocess.run([chancery, "--version"], cwd=work, env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("chancery "), version.stderr
    where = subprocess.run([str(python), "-c", "import chancery, chancery.paths as p; print(chancery.__file__); "
                            "print(p.resources_dir()); print(p.db_dir())"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert all(str(env_dir) in w for w in where), where
    assert run("import", FIXTURES / "seed-meeting.json").returncode == 0
    exported = run("export", "--id", SEED_ID)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout) == json.loads((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8"))
