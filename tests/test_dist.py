"""A release as users get it: the wheel and sdist ``python -m build`` makes, their metadata, and the wheel
installed into a clean virtual environment in an empty folder, where ``hplan init`` and ``hplan validate`` work.

The build runs once per session (about 30 seconds: it installs setuptools
into isolated build environments, as a release build does) from a copy of
the files git tracks; the installation needs the package index for hplan's
dependencies, as a user's does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from checkout import tracked_copy
from hplan import __version__

pytestmark = pytest.mark.slow
BASE_PLAN = Path(__file__).resolve().parent / "data" / "base-plan.yaml"


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return done


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder with the wheel and the sdist of this checkout."""
    source = tracked_copy(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("dist")
    done = run(sys.executable, "-m", "build", "--outdir", out, source, cwd=source)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def test_build_makes_a_wheel_and_an_sdist_of_this_version(dist: Path) -> None:
    assert sorted(path.name for path in dist.iterdir()) == [
        f"hplan-{__version__}-py3-none-any.whl",
        f"hplan-{__version__}.tar.gz",
    ]


def test_their_metadata_passes_twine_check(dist: Path) -> None:
    done = run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()), cwd=dist)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


def test_the_wheel_carries_the_data_files(dist: Path) -> None:
    [wheel] = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "hplan/py.typed",
        "hplan/profiles/lbf-2019-26.yaml",
        "hplan/views/yearly/templates/yearly.md.j2",
        "hplan/authoring/templates/github-workflow.yml",
        "hplan/authoring/templates/README.da.md",
    ):
        assert name in names
    metadata = zipfile.ZipFile(wheel).read(f"hplan-{__version__}.dist-info/METADATA").decode("utf-8")
    assert f"Version: {__version__}\n" in metadata
    assert "License-Expression: MIT\n" in metadata
    assert "Requires-Python: >=3.11\n" in metadata


def test_the_sdist_builds_the_same_package(dist: Path) -> None:
    [sdist] = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
    root = f"hplan-{__version__}"
    assert f"{root}/pyproject.toml" in names
    assert f"{root}/src/hplan/authoring/templates/gitlab-ci.yml" in names


def test_the_wheel_in_a_clean_venv_makes_and_checks_a_plan_repository(dist: Path, tmp_path: Path) -> None:
    [wheel] = dist.glob("*.whl")
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # Nothing of this checkout or this test's environment may leak in.
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "HPLAN_CONFIG")
    }
    environment |= {"PATH": f"{bin_dir}{os.pathsep}{environment.get('PATH', '')}", "LANG": "C.UTF-8"}
    installed = run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path, env=environment)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    empty = tmp_path / "empty"  # no checkout beside it
    empty.mkdir()
    where = run(bin_dir / "python", "-c", "import hplan; print(hplan.__file__)", cwd=empty, env=environment)
    assert Path(where.stdout.strip()).is_relative_to(venv)

    made = run(bin_dir / "hplan", "init", "plans-repo", "--lang", "da", cwd=empty, env=environment)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "13 filer skrevet." in made.stdout
    repo = empty / "plans-repo"
    assert run("git", "init", "-q", cwd=repo).returncode == 0
    shutil.copy(BASE_PLAN, repo / "plans" / "solhaven.yaml")

    checked = run(bin_dir / "hplan", "validate", "--as-of", "2018-06-01", cwd=repo, env=environment)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "1 fil kontrolleret: ingen problemer\n", "")
    schemas = run(bin_dir / "hplan", "schema", "--check", "--color", "never", cwd=repo, env=environment)
    assert schemas.returncode == 0, schemas.stdout
    version = run(bin_dir / "hplan", "--version", cwd=repo, env=environment)
    assert version.stdout == f"hplan {__version__}\n"
