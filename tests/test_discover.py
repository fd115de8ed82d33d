"""Which files a command reads, and the names it shows them by (hplan.check.pipeline.discover)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hplan.check.pipeline import discover, display_name
from hplan.errors import PathNotFound


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("kind: plan\n", encoding="utf-8")
    return path


def test_a_folder_gives_its_yaml_files_sorted_by_their_names_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("b.yaml", "a.yml", "c/d.yaml", "notes.txt", ".hidden.yaml", ".git/x.yaml"):
        touch(tmp_path / "plans" / name)
    monkeypatch.chdir(tmp_path)
    assert [shown for _, shown in discover([Path("plans")])] == ["plans/a.yml", "plans/b.yaml", "plans/c/d.yaml"]
    # named by an absolute path, a file inside the current folder is still shown relative to it
    assert [shown for _, shown in discover([tmp_path / "plans" / "b.yaml"])] == ["plans/b.yaml"]


def test_a_file_outside_the_current_folder_is_shown_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = touch(tmp_path / "elsewhere" / "p.yaml")
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert discover([Path("../elsewhere/p.yaml")]) == [(Path("../elsewhere/p.yaml"), "../elsewhere/p.yaml")]
    assert display_name(Path("../elsewhere/p.yaml")) == "../elsewhere/p.yaml"
    assert display_name(plan) == plan.as_posix()


def test_a_file_reached_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path / "plans" / "p.yaml")
    os.symlink(tmp_path / "plans", tmp_path / "alias")
    monkeypatch.chdir(tmp_path)
    found = discover([Path("plans"), Path("plans/p.yaml"), Path("alias/p.yaml")])
    assert found == [(Path("plans/p.yaml"), "plans/p.yaml")]


def test_a_symlink_is_shown_by_what_it_points_to_when_that_is_inside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    touch(tmp_path / "plans" / "p.yaml")
    os.symlink(tmp_path / "plans" / "p.yaml", tmp_path / "link.yaml")
    monkeypatch.chdir(tmp_path)
    assert discover([Path("link.yaml")]) == [(Path("link.yaml"), "plans/p.yaml")]


def test_a_cpr_like_number_in_a_name_is_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path / "plan-0101901234.yaml")
    monkeypatch.chdir(tmp_path)
    assert [shown for _, shown in discover([Path(".")])] == ["plan-######-####.yaml"]


def test_a_missing_path_stops_the_run(tmp_path: Path) -> None:
    with pytest.raises(PathNotFound, match="no such file or directory"):
        discover([tmp_path / "nope.yaml"])
