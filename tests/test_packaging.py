"""Build the sdist and wheel, check the wheel's contents, install it into a fresh venv and use it."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    return out


def test_wheel_contents(built: Path) -> None:
    (wheel,) = built.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "chibo/py.typed" in names
    assert "chibo/data/people.json" in names
    assert "chibo/data/metadata.json" in names
    assert not any(n.startswith("tests/") or "__pycache__" in n or n.endswith(".pyc") for n in names)
    assert len(list(built.glob("*.tar.gz"))) == 1


def test_installed_wheel_works(built: Path, tmp_path: Path) -> None:
    (wheel,) = built.glob("*.whl")
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    chibo = env / "bin" / "chibo"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    version = subprocess.run([str(chibo), "--version"], check=True, capture_output=True, text=True)
    assert version.stdout.startswith("chibo ")
    answer = subprocess.run(
        [str(python), "-c", "import chibo; print(chibo.relations_status(1976).level.value)"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert answer.stdout.strip() == "ambassador"
    data_dir = subprocess.run(
        [str(python), "-c", "import importlib.resources as r; print(r.files('chibo') / 'data')"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    validate = subprocess.run([str(chibo), "validate", data_dir], capture_output=True, text=True)
    assert validate.returncode == 0
    assert validate.stdout.startswith("ok:")
