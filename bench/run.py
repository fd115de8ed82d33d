"""Benchmark hplan against check-jsonschema, side by side in one run.

Usage (after the README's test install, which brings check-jsonschema):

    .venv/bin/python bench/run.py                 # the standard set, 5 rounds
    .venv/bin/python bench/run.py --rounds 9 --plans 1000
    .venv/bin/python bench/run.py --only one,many  # a subset of the cases

It generates a corpus of synthetic ~600-line plans under ``bench/corpus/``
(from the shipped plan ``plans/oest-i-centrum.yaml``, each with its own id and
an inline board), then runs each case's commands in turn, round after round,
as whole processes, and prints the median, min and max wall time, the peak
memory (max RSS) of each process, and the ratios the speed goals name. Two
hplan commands held against each other (status and diff against validate)
run in back-to-back pairs, and the median of the pairs' ratios is printed
too: this machine's speed drifts by as much as 2x over a minute. Timing
lives here, never in the test suite, where shared machines make it flake.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
TEMPLATE = ROOT / "plans" / "oest-i-centrum.yaml"
BIN = Path(sys.executable).parent
# As on a user's machine, Python may cache the bytecode of what it imports
# (the untimed warm-up run writes it): with PYTHONDONTWRITEBYTECODE set, every
# run would compile hplan's sources again - pip compiled check-jsonschema's
# at install, but an editable install of hplan leaves its sources uncompiled.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
INLINE_BOARD = (
    "board: {name: Bestyrelsen, members: [{role: Rådmand, organisation: Aalborg Kommune}, "
    "{role: Direktør, organisation: Alabu Bolig}]}"
)


def make_plan(template: str, index: int) -> str:
    """One synthetic plan: the template with its own id, name, board and figures."""
    text = template.replace("id: oest-i-centrum", f"id: bench-plan-{index:05d}", 1)
    text = text.replace("name: Øst i Centrum", f"name: Benchmarkplan {index}", 1)
    text = re.sub(r"board: boards/\S+", INLINE_BOARD, text, count=1)
    # Vary one measurement so that files differ beyond their id.
    return text.replace("value: 23.1", f"value: {20 + index % 50 / 10:.1f}", 1)


def corpus(count: int) -> Path:
    """A folder of ``count`` synthetic plans, made once and reused."""
    folder = CORPUS / str(count)
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    template = TEMPLATE.read_text(encoding="utf-8")
    for index in range(count):
        (folder / f"plan-{index:05d}.yaml").write_text(make_plan(template, index), encoding="utf-8")
    marker.write_text("ok\n")
    return folder


@dataclass
class Measure:
    """Wall times (s) and peak RSS (MiB) of repeated runs of one command."""

    label: str
    argv: list[str]
    cwd: Path = ROOT
    expect: tuple[int, ...] = (0,)
    times: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)

    def run(self) -> None:
        """Run once, as a whole process, and record wall time and max RSS."""
        start = time.perf_counter()
        proc = subprocess.Popen(self.argv, cwd=self.cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.returncode not in self.expect:
            raise SystemExit(f"{self.label}: exit {proc.returncode}\n{' '.join(self.argv)}\n{stderr[-2000:]}")
        self.times.append(elapsed)
        self.rss.append(usage.ru_maxrss / 1024)

    @property
    def median(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(self.times)

    def row(self) -> str:
        """One line of the results table."""
        return (
            f"  {self.label:<46} median {self.median:7.3f} s  min {min(self.times):7.3f}  "
            f"max {max(self.times):7.3f}  peak RSS {max(self.rss):6.1f} MiB"
        )


def hplan(*args: str) -> list[str]:
    """The installed hplan command."""
    return [str(BIN / "hplan"), *args]


def check_jsonschema(*paths: Path) -> list[str]:
    """check-jsonschema validating ``paths`` against hplan's own plan schema."""
    schema = ROOT / "schemas" / "plan.schema.json"
    return [str(BIN / "check-jsonschema"), "--schemafile", str(schema), *map(str, paths)]


def yaml_files(folder: Path) -> list[Path]:
    """The plan files of a corpus folder, sorted."""
    return sorted(folder.glob("*.yaml"))


def rounds(measures: list[Measure], count: int) -> None:
    """Run every measure once per round, in turn, so they share the machine's state."""
    for measure in measures:
        measure.run()  # warm the file cache and .pyc files; not counted
        measure.times.clear()
        measure.rss.clear()
    for _ in range(count):
        for measure in measures:
            measure.run()


def paired_rounds(a: Measure, b: Measure, count: int) -> None:
    """Run ``a`` and ``b`` back to back, round after round, alternating which goes first.

    For a ratio of two hplan commands: the machine's speed drifts (other
    work shares it), and a pair run seconds apart shares its state, where
    runs minutes apart - with a two-minute check-jsonschema between - do not.
    """
    rounds([a, b], 0)
    for index in range(count):
        for measure in (a, b) if index % 2 == 0 else (b, a):
            measure.run()


def compare_in_pairs(title: str, a: Measure, b: Measure, pairs: int, name: str, goal: str) -> None:
    """Time ``a`` against ``b`` in back-to-back pairs and print both and their ratios."""
    paired_rounds(a, b, pairs)
    print(f"{title}:")
    print(a.row())
    print(b.row())
    print(f"  ratio {name}: {ratio(a, b)} of the medians, {paired_ratio(a, b)} per pair   (goal: {goal})")


def ratio(a: Measure, b: Measure) -> str:
    """``a / b`` of the medians."""
    return f"{a.median / b.median:.2f}x"


def paired_ratio(a: Measure, b: Measure) -> str:
    """The median of the per-round ratios ``a / b``, with their range."""
    ratios = [x / y for x, y in zip(a.times, b.times, strict=True)]
    return f"{statistics.median(ratios):.2f}x (rounds {min(ratios):.2f}x to {max(ratios):.2f}x)"


def case_one(args: argparse.Namespace) -> None:
    """The pre-commit case: one plan, and start-up alone."""
    one = corpus(args.plans) / "plan-00000.yaml"
    ours = Measure("hplan validate (1 plan)", hplan("validate", str(one), "--as-of", "2018-06-01"))
    theirs = Measure("check-jsonschema (1 plan)", check_jsonschema(one))
    version = Measure("hplan --version", hplan("--version"))
    helptext = Measure("hplan --help", hplan("--help"))
    # Half a second a pair: cheap enough for twice as many pairs.
    compare_in_pairs(
        "One plan (pre-commit)", ours, theirs, 2 * args.pair_rounds, "hplan / check-jsonschema", "at most 0.60x"
    )
    rounds([version, helptext], args.rounds)
    print(version.row())
    print(helptext.row())


def case_many(args: argparse.Namespace) -> None:
    """Many plans: validate against check-jsonschema on the same files."""
    folder = corpus(args.plans)
    files = yaml_files(folder)
    n = len(files)
    ours = Measure(f"hplan validate ({n} plans)", hplan("validate", str(folder), "--as-of", "2018-06-01"))
    theirs = Measure(f"check-jsonschema ({n} plans)", check_jsonschema(*files))
    rounds([ours, theirs], args.rounds)
    print(f"{n} plans:")
    for m in (ours, theirs):
        print(m.row())
    print(f"  ratio hplan validate / check-jsonschema: {ratio(ours, theirs)}   (goal: at most 0.10x)")


def case_status(args: argparse.Namespace) -> None:
    """Status over many plans against validate over them, in back-to-back pairs."""
    if "status" not in available_commands():
        print("status: hplan has no status command yet; skipped")
        return
    folder = corpus(args.plans)
    n = len(yaml_files(folder))
    val = Measure(f"hplan validate ({n} plans)", hplan("validate", str(folder), "--as-of", "2018-06-01"))
    status = Measure(f"hplan status ({n} plans)", hplan("status", str(folder), "--as-of", "2018-06-01"))
    compare_in_pairs(f"status over {n} plans", status, val, args.pair_rounds, "status / validate", "at most 2x")


def case_memory(args: argparse.Namespace) -> None:
    """Peak memory and time as the number of plans grows."""
    sizes = [int(s) for s in args.memory_sizes.split(",")]
    measures = [
        Measure(f"hplan validate ({size} plans)", hplan("validate", str(corpus(size)), "--as-of", "2018-06-01"))
        for size in sizes
    ]
    rounds(measures, max(1, args.rounds // 2))
    print("Growth:")
    for size, m in zip(sizes, measures, strict=True):
        print(m.row() + f"  {m.median / size * 1000:6.2f} ms/plan")


def case_diff(args: argparse.Namespace) -> None:
    """``diff --base`` over changed plans, against validating the same plans."""
    if "diff" not in available_commands():
        print("diff: hplan has no diff command yet; skipped")
        return
    count = args.diff_plans
    repo = CORPUS / f"git-{count}"
    if not (repo / ".complete").exists():
        shutil.rmtree(repo, ignore_errors=True)
        (repo / "plans").mkdir(parents=True)
        template = TEMPLATE.read_text(encoding="utf-8")
        for index in range(count):
            (repo / "plans" / f"plan-{index:05d}.yaml").write_text(make_plan(template, index), encoding="utf-8")
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        subprocess.run([*git, "-C", str(repo), "add", "-A"], check=True)
        subprocess.run([*git, "-C", str(repo), "commit", "-qm", "base"], check=True)
        for path in sorted((repo / "plans").glob("*.yaml")):
            text = path.read_text(encoding="utf-8").replace("due: 2018-09-30", "due: 2018-10-31", 1)
            path.write_text(text.replace("value: 18.0", "value: 17.0", 1), encoding="utf-8")
        (repo / ".complete").write_text("ok\n")
    diff = Measure(f"hplan diff --base HEAD ({count} changed)", hplan("diff", "--base", "HEAD", "plans"), cwd=repo)
    val = Measure(f"hplan validate ({count} plans)", hplan("validate", "plans", "--as-of", "2018-06-01"), cwd=repo)
    compare_in_pairs(f"diff over {count} changed plans", diff, val, args.pair_rounds, "diff / validate", "at most 2x")


def available_commands() -> set[str]:
    """The subcommands this hplan has (cases for missing ones are skipped)."""
    out = subprocess.run(hplan("--help"), capture_output=True, text=True, check=False).stdout
    return {name for name in ("validate", "status", "diff", "report") if re.search(rf"^\s+{name}\b", out, re.M)}


CASES = {"one": case_one, "many": case_many, "status": case_status, "memory": case_memory, "diff": case_diff}


def main() -> None:
    """Parse options, describe the machine, run the chosen cases."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each command (default 5)")
    parser.add_argument(
        "--pair-rounds", type=int, default=9, help="back-to-back pairs for the status and diff ratios (default 9)"
    )
    parser.add_argument("--plans", type=int, default=1000, help="plans in the main corpus (default 1000)")
    parser.add_argument("--memory-sizes", default="100,1000,5000", help="corpus sizes for the growth case")
    parser.add_argument("--diff-plans", type=int, default=100, help="changed plans for the diff case")
    parser.add_argument("--only", default=",".join(CASES), help=f"cases to run, of {', '.join(CASES)}")
    args = parser.parse_args()
    if not (BIN / "check-jsonschema").exists():
        raise SystemExit("check-jsonschema is missing: install the test extras (README, second command)")
    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}, {platform.system()}")
    print(f"hplan: {subprocess.run(hplan('--version'), capture_output=True, text=True, check=False).stdout.strip()}")
    print(f"rounds: {args.rounds}, pairs: {args.pair_rounds} (after one untimed warm-up run each)\n")
    for name in args.only.split(","):
        CASES[name.strip()](args)
        print()


if __name__ == "__main__":
    main()
