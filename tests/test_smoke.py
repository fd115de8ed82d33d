import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_python_m_hplan_validates_shipped_plans() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hplan", "validate", "plans", "--as-of", "2018-06-01"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 files checked: no problems" in done.stdout


def test_help_lists_every_command_and_a_command_runs_alone() -> None:
    """main() keeps only the invoked command; help still shows them all."""
    shown = subprocess.run(
        [sys.executable, "-m", "hplan", "--help"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0
    for name in ("validate", "status", "diff", "report", "schema", "rules"):
        assert f"  {name} " in shown.stdout
    one = subprocess.run(
        [sys.executable, "-m", "hplan", "rules", "HP201"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert one.returncode == 0
    assert one.stdout.startswith("HP201 period-order")
