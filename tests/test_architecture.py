"""The import rules of ARCHITECTURE.md: no import cycle between the modules of `proposal_lint`, and
no import from a layer to one above it.

The graph is read from the source with `ast`: every `import` and `from ... import`, at module level
and inside functions, relative ones resolved. `from package import name` is an edge to the
submodule `package.name` when there is one, else to the package's `__init__`, so a cycle through a
re-export in an `__init__` counts. The parent packages Python runs on the way to a submodule are
not edges (a package's `__init__` may import its own submodules), and names built at run time
(`importlib.import_module`) are not seen.
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

PACKAGE = "proposal_lint"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE
ARCHITECTURE = SOURCE.parent.parent / "ARCHITECTURE.md"

# The layers of ARCHITECTURE.md, bottom first: each is a folder of the package, and a module's layer
# is the folder it sits in. A module imports from its own layer or the ones below.
LAYERS = ("core", "cncf", "reading", "online", "rules", "engine", "fix", "reporting", "commands")
# The modules at the package root: the version sits below everything, the ways in above.
ROOT_MODULES = {"version": "core", "": "commands", "__main__": "commands", "launcher": "commands"}
RULE_MODULE = f"{PACKAGE}.rules.pl?_*.pl*"


def _module_name(path: Path) -> str:
    parts = (PACKAGE, *path.relative_to(SOURCE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of the package that `node`, inside `module`, imports."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & known
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[:len(base) - node.level + 1]
        origin = ".".join([*base, node.module] if node.module else base)
    else:
        origin = node.module or ""
    targets = {f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in known else origin for alias in node.names}
    return targets & known


def import_graph() -> dict[str, set[str]]:
    """Each module of the package, and the modules of the package it imports."""
    modules = _modules()
    known = set(modules)
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        graph[name] = set().union(*(_imported(node, name, is_package, known) for node in ast.walk(tree)
                                    if isinstance(node, (ast.Import, ast.ImportFrom))))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_relative_function_level_and_reexport_imports():
    graph = import_graph()
    assert f"{PACKAGE}.engine.lint" in graph[PACKAGE]  # inside `__getattr__`, `from .engine import lint`
    assert f"{PACKAGE}.core.model" in graph[f"{PACKAGE}.reading.parser"]  # module level, `from ...core.model import ...`
    assert f"{PACKAGE}.core.template" in graph[f"{PACKAGE}.reading.issue_form"]  # `from ...core.template import ...`
    assert f"{PACKAGE}.reporting.formats" in graph[f"{PACKAGE}.commands.cli"]  # a name of a package's `__init__`
    assert f"{PACKAGE}.reporting.formats.plain" not in graph[f"{PACKAGE}.commands.cli"]


def test_a_cycle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"], ["e"]]


def test_no_import_cycle_between_modules():
    assert cycles(import_graph()) == []


def layer_of(module: str) -> int | None:
    """The index in LAYERS of the layer a module belongs to: its folder, or its place as a root module."""
    name = module[len(PACKAGE) + 1:] if module != PACKAGE else ""
    folder = ROOT_MODULES.get(name, name.partition(".")[0])
    return LAYERS.index(folder) if folder in LAYERS else None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import from a module to one in a higher layer."""
    return [f"{module} ({LAYERS[layer_of(module)]}) imports {target} ({LAYERS[layer_of(target)]})"
            for module in sorted(graph) for target in sorted(graph[module])
            if layer_of(target) > layer_of(module)]


def unit_of(module: str) -> str:
    """The room a module stands in: a package one level inside a layer folder, or the module itself."""
    return ".".join(module.split(".")[:3])


def unit_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The import graph between rooms (`reading.mentors`, `reading.misplaced`, ...), self-imports left out."""
    units: dict[str, set[str]] = {}
    for module, targets in graph.items():
        units.setdefault(unit_of(module), set()).update(unit_of(t) for t in targets if unit_of(t) != unit_of(module))
    return units


def test_every_module_has_a_layer():
    assert [module for module in import_graph() if layer_of(module) is None] == []


def test_at_most_five_modules_at_the_package_root():
    assert len(list(SOURCE.glob("*.py"))) <= 5
    assert {path.stem for path in SOURCE.glob("*.py")} <= {"__init__", *ROOT_MODULES}


def test_an_upward_import_is_found():
    graph = {f"{PACKAGE}.core.model": {f"{PACKAGE}.rules.pl2_fields.pl201_missing_field"},
             f"{PACKAGE}.rules.api": {f"{PACKAGE}.core.model"}}
    assert upward_imports(graph) == [
        f"{PACKAGE}.core.model (core) imports {PACKAGE}.rules.pl2_fields.pl201_missing_field (rules)"]


def test_no_module_imports_from_a_higher_layer():
    assert upward_imports(import_graph()) == []


def test_a_cycle_between_rooms_is_found():
    graph = {f"{PACKAGE}.reading.mentors.walk": {f"{PACKAGE}.reading.misplaced"},
             f"{PACKAGE}.reading.misplaced": {f"{PACKAGE}.reading.mentors.handles"},
             f"{PACKAGE}.reading.mentors.handles": set()}
    assert cycles(unit_graph(graph)) == [[f"{PACKAGE}.reading.mentors", f"{PACKAGE}.reading.misplaced"]]


def test_no_import_cycle_between_rooms():
    assert cycles(unit_graph(import_graph())) == []


def _rule_imports(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {module: targets for module, targets in graph.items() if fnmatch.fnmatchcase(module, RULE_MODULE)}


def test_rule_modules_import_the_rule_api_not_the_host():
    host = {f"{PACKAGE}.rules.table", f"{PACKAGE}.rules.context", f"{PACKAGE}.core.diagnostics"}
    rules = _rule_imports(import_graph())
    assert len(rules) > 70
    assert {module: sorted(targets & host) for module, targets in rules.items() if targets & host} == {}
    assert all(f"{PACKAGE}.rules.api" in targets for targets in rules.values())


def test_rule_modules_import_two_package_modules_on_average():
    rules = _rule_imports(import_graph())
    assert sum(len(targets) for targets in rules.values()) / len(rules) <= 2


def test_architecture_md_names_the_layers_in_order_and_every_folder():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    headings = [line[4:].split("/", 1)[0].strip("`* ").lower() for line in text.splitlines() if line.startswith("### ")]
    assert headings == list(LAYERS)
    folders = {str(path.parent.relative_to(SOURCE)) for path in SOURCE.rglob("__init__.py")} - {"."}
    assert sorted(folder for folder in folders if f"`{folder.rpartition('/')[2]}/`" not in text) == []
