"""The house rules of docs/architecture.md, checked on the source: no import cycles, lazy imports
only where they have a reason, modules a reader can hold in mind, rule codes only as names.

The import graph is read from the source with ``ast`` (module-level imports, not those under
``if TYPE_CHECKING:``), so a cycle fails here before it becomes an ImportError at run time.
"""

from __future__ import annotations
import __future__

import ast
import importlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "hplan"
MAX_LINES = 450  # "modules under ~400 lines": a little room, never a second 1,000-line room
LAZY = re.compile(r"#\s*lazy:\s*\S")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.Try) or (isinstance(node, ast.If) and not _is_type_checking(node)):
            yield from (n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom))


def _targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The hplan modules an import statement loads (``from hplan import codes`` loads hplan.codes)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        names = [base] + [f"{base}.{alias.name}" for alias in node.names]
    for imported in names:
        name = imported
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name.startswith("hplan"):
            yield name


def _packages(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(2, len(parts))} & set(MODULES)


def import_graph() -> dict[str, set[str]]:
    """Each hplan module -> the hplan modules it imports when it is imported."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = {target for node in _top_level_imports(tree) for target in _targets(node)}
        # Importing a.b.c first runs a/__init__ and a/b/__init__: a package whose __init__ imports
        # its own modules (hplan.rules registers its rules so) is loaded by any import from it.
        # A module's own packages are already loading when it runs, so they add no edge.
        own = _packages(name)
        edges |= {package for target in edges for package in _packages(target) if package not in own}
        graph[name] = edges - {name} - own
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_the_imports() -> None:
    graph = import_graph()
    assert "hplan.privacy" in graph["hplan.diagnostics"]
    assert "hplan.codes" in graph["hplan.rules.registry"]


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_leaves_import_nothing_of_hplan_but_leaves() -> None:
    graph = import_graph()
    for leaf in ("hplan.codes", "hplan.suggest", "hplan.modeline", "hplan.yamlio.linebreaks"):
        assert graph[leaf] <= {"hplan.yamlio"}, leaf
    assert graph["hplan.privacy"] <= {"hplan.yamlio", "hplan.yamlio.linebreaks"}
    assert graph["hplan.danish"] <= {"hplan.i18n", "hplan.i18n.glossary"}  # the month names, spelt once


def _function_imports(path: Path) -> Iterator[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.Import | ast.ImportFrom):
                yield node.lineno, lines[node.lineno - 1]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_function_level_import_says_why_it_is_lazy(name: str) -> None:
    """An import inside a function carries ``# lazy: <reason>`` on its line or above its block of imports."""
    path = MODULES[name]
    lines = path.read_text(encoding="utf-8").splitlines()
    unexplained = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for number, line in _function_imports(path)
        if not any(LAZY.search(above) for above in _import_block(lines, number))
    ]
    assert unexplained == []


def _import_block(lines: list[str], number: int) -> list[str]:
    """The import line and the imports and comments right above it: one reason may serve a block."""
    block = [lines[number - 1]]
    index = number - 2
    while index >= 0:
        text = lines[index].strip()
        if not (text.startswith(("#", "from ", "import ")) or text.endswith((",", "(")) or text == ")"):
            break
        block.append(lines[index])
        index -= 1
    return block


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_module_stays_readable(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines"


def test_rule_codes_are_written_only_in_codes() -> None:
    literal = re.compile(r"""["']HP\d{3}["']""")
    found = [
        str(path.relative_to(SRC))
        for path in MODULES.values()
        if path.name != "codes.py" and literal.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def _model_modules() -> set[str]:
    """The modules that define a pydantic model: pydantic reads their annotations when the class is made."""
    from pydantic import BaseModel

    def subclasses(cls: type) -> Iterator[type]:
        direct: list[type] = cls.__subclasses__()
        for sub in direct:
            yield sub
            yield from subclasses(sub)

    for name in MODULES:
        importlib.import_module(name)
    return {cls.__module__ for cls in subclasses(BaseModel) if cls.__module__.startswith("hplan")}


def _command_modules() -> set[str]:
    """The modules that define a command or callback of the app: Typer reads their annotations on every run."""
    from hplan.cli.app import app

    def callbacks(typer_app: typer.Typer) -> Iterator[Callable[..., Any]]:
        if typer_app.registered_callback and typer_app.registered_callback.callback:
            yield typer_app.registered_callback.callback
        yield from (command.callback for command in typer_app.registered_commands if command.callback)
        for group in typer_app.registered_groups:
            if group.typer_instance:
                yield from callbacks(group.typer_instance)

    return {callback.__module__ for callback in callbacks(app)}


def test_annotations_read_at_run_time_are_not_postponed() -> None:
    """No ``from __future__ import annotations`` where pydantic or Typer evaluate the annotations.

    Postponed, each annotation is a string that ``typing`` compiles and
    evaluates again on every run: 9 % of the instructions of ``hplan validate``
    on one plan (bench/README.md, "Where the time goes").
    """
    read_at_run_time = _model_modules() | _command_modules()
    assert {"hplan.model.plan", "hplan.config", "hplan.cli.validate", "hplan.cli.record"} <= read_at_run_time
    postponed = sorted(
        name
        for name in read_at_run_time
        if getattr(importlib.import_module(name), "annotations", None) is __future__.annotations
    )
    assert postponed == []
