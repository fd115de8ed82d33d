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
    assert "4 files checked: no problems" in done.stdout
