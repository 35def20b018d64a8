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

# The layers of ARCHITECTURE.md, bottom first: the modules of each (names under the package,
# `""` for the package itself). A module imports from its own layer or the ones below.
LAYERS = (
    ("base", ("model", "facts", "diagnostics", "terms", "template", "document_cache", "version", "nesting",
              "garbage_collector", "mistletoe_punctuation", "source", "project_list_error", "mentor_emails",
              "link_settings")),
    ("reading", ("parser", "parser.*", "mentors", "mentors.*", "issue_form", "issue_form.*", "template_files",
                 "term_template", "cncf_projects", "programs", "quotas", "project_facts", "term_files",
                 "term_consistency", "links", "links.*", "misplaced")),
    ("online", ("online", "online.*")),
    ("run", ("rule_table", "selection", "suppressions", "context")),
    ("rules", ("rules", "rules.*")),
    ("engine", ("engine", "fix", "fix.*", "baseline", "report_filters", "changed_lines")),
    ("report", ("reporters", "reporters.*", "report_writer", "term_view")),
    ("commands", ("", "__main__", "launcher", "cli", "command_run", "config", "config_schema", "maintainer_run",
                  "summary_cli", "export_cli", "rule_docs", "action", "action.*")),
)


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
    assert "proposal_lint.engine" in graph["proposal_lint"]  # inside `__getattr__`, `from . import engine`
    assert "proposal_lint.model" in graph["proposal_lint.parser"]  # module level, `from .model import ...`
    assert "proposal_lint.template" in graph["proposal_lint.issue_form"]  # `from ..template import ...`
    assert "proposal_lint.reporters" in graph["proposal_lint.cli"]  # a name of a package's `__init__`
    assert "proposal_lint.reporters.plain" not in graph["proposal_lint.cli"]


def test_a_cycle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == [["a", "b", "c"], ["e"]]


def test_no_import_cycle_between_modules():
    assert cycles(import_graph()) == []


def layer_of(module: str) -> int | None:
    """The index in LAYERS of the layer a module belongs to, if any."""
    name = module[len(PACKAGE) + 1:] if module != PACKAGE else ""
    return next((i for i, (_, patterns) in enumerate(LAYERS)
                 if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)), None)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import from a module to one in a higher layer."""
    return [f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
            for module in sorted(graph) for target in sorted(graph[module])
            if layer_of(target) > layer_of(module)]


def test_every_module_has_a_layer():
    assert [module for module in import_graph() if layer_of(module) is None] == []


def test_an_upward_import_is_found():
    graph = {f"{PACKAGE}.model": {f"{PACKAGE}.rules.pl201_missing_field"}, f"{PACKAGE}.rules._parts": {f"{PACKAGE}.model"}}
    assert upward_imports(graph) == [f"{PACKAGE}.model (base) imports {PACKAGE}.rules.pl201_missing_field (rules)"]


def test_no_module_imports_from_a_higher_layer():
    assert upward_imports(import_graph()) == []


def test_architecture_md_names_the_layers_in_order():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    headings = [line[4:].split(".", 1)[0].strip("* ").lower() for line in text.splitlines() if line.startswith("### ")]
    assert headings == [name for name, _ in LAYERS]
