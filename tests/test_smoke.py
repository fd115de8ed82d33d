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


def test_the_console_script_leaves_the_run_s_objects_out_of_the_exit_s_collections() -> None:
    """The one-plan speed figure (bench/README.md): main() freezes the objects before Python's exit collections."""
    code = (
        "import gc, sys\n"
        "from hplan.cli.app import main\n"
        "sys.argv = ['hplan', 'validate', 'plans/oest-i-centrum.yaml', '--as-of', '2018-06-01']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    print(exc.code, gc.get_freeze_count() > 10000)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 True"
