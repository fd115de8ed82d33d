"""What hplan writes: nothing for validate, status and diff; for schema and report, only the files they name, whole.

The read-only commands run over a git repository holding plans, a board,
broken files and enough plans to start worker processes, in every output
format; afterwards every file and folder below it - ``.git`` included - has
the same content and modification time as before, and nothing was added.

``schema`` and ``report -o`` write through a temporary file in the target's
folder and a rename. An interrupt (Ctrl-C) or a failing disk while writing
leaves the target as it was (or absent, when it was new) and no temporary
file behind; the command exits 130 (interrupted) or 2 (could not write).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from hostile.corpus import SMALL
from hplan.cli.app import app, main

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
BASE_PLAN = ROOT / "tests" / "data" / "base-plan.yaml"

Snapshot = dict[str, tuple[str, int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every path below ``folder``: (kind, size, modification time in ns)."""
    found: Snapshot = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            info = path.lstat()
            kind = "dir" if path.is_dir() else "file"
            found[path.relative_to(folder).as_posix()] = (kind, info.st_size if kind == "file" else 0, info.st_mtime_ns)
    return found


def hplan(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the shipped plans and board, broken files and 30 more plans; the current folder."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "work"
    shutil.copytree(PLANS, root / "plans")
    for i in range(30):
        text = BASE_PLAN.read_text(encoding="utf-8").replace("id: solhaven", f"id: solhaven-{i}")
        (root / "plans" / "many" / f"solhaven-{i}.yaml").parent.mkdir(parents=True, exist_ok=True)
        (root / "plans" / "many" / f"solhaven-{i}.yaml").write_text(text, encoding="utf-8")
    for item in SMALL[::5]:
        (root / "plans" / "broken").mkdir(exist_ok=True)
        (root / "plans" / "broken" / item.name).write_bytes(item.content)
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "plans"]):
        subprocess.run([*git, *args], cwd=root, check=True, capture_output=True)
    # The working tree differs from the commit, so that diff --base has work to do.
    edited = root / "plans" / "many" / "solhaven-3.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("name: Solhaven", "name: Solhaven Nord"))
    (root / "plans" / "many" / "solhaven-4.yaml").unlink()
    monkeypatch.chdir(root)
    return root


READ_ONLY = [
    *(("validate", "plans", "--format", f) for f in ("text", "json", "github")),
    ("validate", "plans", "--jobs", "2"),
    *(("status", "plans", "--format", f) for f in ("text", "markdown", "json")),
    ("status", "plans/oest-i-centrum.yaml"),
    *(("diff", "--base", "main", "--format", f) for f in ("text", "markdown", "json")),
    ("diff", "--base", "main", "--head", "main", "plans"),
    ("diff", "main:plans/loevvangen.yaml", "plans/loevvangen.yaml"),
    ("diff", "plans/many/solhaven-1.yaml", "plans/many/solhaven-3.yaml", "--format", "markdown"),
    ("diff", "plans/many/solhaven-1.yaml", f"plans/broken/{SMALL[0].name}"),
]


@pytest.mark.parametrize("args", READ_ONLY, ids=[" ".join(args) for args in READ_ONLY])
def test_validate_status_and_diff_write_nothing(work: Path, args: tuple[str, ...]) -> None:
    before = snapshot(work)
    result = hplan(*args)
    assert result.exit_code in (0, 1), result.stderr
    assert snapshot(work) == before


def test_schema_writes_only_its_files(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    out.mkdir()
    (out / "notes.txt").write_text("ours\n", encoding="utf-8")
    before = snapshot(tmp_path)
    assert hplan("schema", "--out", str(out)).exit_code == 0
    after = snapshot(tmp_path)
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {
        "schemas",
        "schemas/board.schema.json",
        "schemas/plan.schema.json",
        "schemas/profile.schema.json",
        "schemas/board.da.schema.json",
        "schemas/plan.da.schema.json",
    }
    assert (out / "notes.txt").read_text(encoding="utf-8") == "ours\n"
    again = snapshot(tmp_path)
    assert hplan("schema", "--check", "--out", str(out)).exit_code == 0
    assert hplan("schema", "--out", str(out)).exit_code == 0  # current: nothing to write
    assert snapshot(tmp_path) == again


def test_report_writes_only_the_file_it_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "maalopfyldelse.md"
    before = snapshot(tmp_path)
    assert hplan("report", "plans/oest-i-centrum.yaml", "--year", "2017", "-o", str(target)).exit_code == 0
    after = snapshot(tmp_path)
    assert {path for path in after if before.get(path) != after[path]} == {"maalopfyldelse.md"}


# -- interrupted writes ---------------------------------------------------------------


def interrupt_writes(monkeypatch: pytest.MonkeyPatch, failure: BaseException, after: int = 0) -> list[str]:
    """Make atomic writes after the first ``after`` stop halfway with ``failure``; returns the temporary files made."""
    real_fdopen, real_mkstemp = os.fdopen, tempfile.mkstemp
    temps: list[str] = []
    calls = {"n": 0}

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)
        temps.append(name)
        return fd, name

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] <= after:
            return handle
        real_write: Callable[[str], int] = handle.write

        def write(text: str) -> int:
            real_write(text[: len(text) // 2])
            handle.flush()
            raise failure

        handle.write = write
        return handle

    monkeypatch.setattr("hplan.fsutil.os.fdopen", fdopen)
    monkeypatch.setattr("hplan.fsutil.tempfile.mkstemp", mkstemp)
    return temps


def run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """``hplan ARGS`` through ``main()``, the console script's entry point (which turns Ctrl-C into exit 130)."""
    # main() keeps only the invoked command in the app; the next test needs them all again.
    monkeypatch.setattr(app, "registered_commands", list(app.registered_commands))
    monkeypatch.setattr(sys, "argv", ["hplan", *args])
    with pytest.raises(SystemExit) as stopped:
        main()
    return int(stopped.value.code or 0)


def no_temporary_files(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("existed", [True, False], ids=["replacing", "new"])
def test_an_interrupted_report_leaves_the_target_whole(
    existed: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "rapport.md"
    if existed:
        target.write_text("sidste års rapport\n", encoding="utf-8")
    temps = interrupt_writes(monkeypatch, KeyboardInterrupt())
    code = run_main(monkeypatch, "report", "plans/oest-i-centrum.yaml", "--year", "2017", "-o", str(target))
    assert code == 130
    assert "hplan: interrupted" in capsys.readouterr().err
    assert temps and all(not Path(temp).exists() for temp in temps)  # a temporary file was written, then removed
    if existed:
        assert target.read_text(encoding="utf-8") == "sidste års rapport\n"
    else:
        assert not target.exists()
    no_temporary_files(tmp_path)


def test_a_full_disk_while_reporting_is_exit_2_and_leaves_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "rapport.html"
    target.write_text("<p>sidste år</p>\n", encoding="utf-8")
    interrupt_writes(monkeypatch, OSError(28, "No space left on device"))
    result = hplan("report", "plans/oest-i-centrum.yaml", "--year", "2017", "-o", str(target))
    assert result.exit_code == 2
    assert f"-o {target}: cannot write the report (No space left on device)" in result.stderr
    assert target.read_text(encoding="utf-8") == "<p>sidste år</p>\n"
    no_temporary_files(tmp_path)


def test_an_interrupted_schema_write_leaves_each_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "schemas"
    out.mkdir()
    for name in ("plan.schema.json", "board.schema.json", "profile.schema.json"):
        (out / name).write_text("{}\n", encoding="utf-8")
    interrupt_writes(monkeypatch, KeyboardInterrupt(), after=1)  # the first file is written, the second interrupted
    assert run_main(monkeypatch, "schema", "--out", str(out)) == 130
    assert "hplan: interrupted" in capsys.readouterr().err
    contents = {path.name: path.read_text(encoding="utf-8") for path in out.iterdir()}
    complete = [name for name, text in contents.items() if text != "{}\n"]
    assert len(complete) == 1 and contents[complete[0]].endswith("}\n")  # whole, not half
    assert sorted(contents) == ["board.schema.json", "plan.schema.json", "profile.schema.json"]
    no_temporary_files(out)
