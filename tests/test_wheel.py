"""An installed wheel (not this checkout) carries the rule pages: `explain` prints the whole page."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT
from gitrepo import copy_working_tree

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml


def test_explain_from_an_installed_wheel_prints_the_rule_page(tmp_path):
    source = copy_working_tree(ROOT, tmp_path / "source")  # a copy, so building leaves no files in the tree
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"), str(source)],
                   check=True, capture_output=True, timeout=120)
    wheel = next((tmp_path / "dist").glob("proposal_lint-*.whl"))
    assert {"proposal_lint/rule_pages/PL301.md", "proposal_lint/help.txt"} <= set(zipfile.ZipFile(wheel).namelist())
    _check_metadata(zipfile.ZipFile(wheel))
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(tmp_path / "site"), str(wheel)],
                   check=True, capture_output=True, timeout=120)
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import proposal_lint; print(proposal_lint.__file__); "
              "from proposal_lint.commands.cli import main; main(['explain', 'PL301'])")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "site")], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    installed, page = done.stdout.split("\n", 1)
    assert installed.startswith(str(tmp_path / "site"))
    assert page == (ROOT / "rules" / "PL301.md").read_text(encoding="utf-8")


def _check_metadata(wheel: zipfile.ZipFile) -> None:
    """The license as SPDX with its full text shipped, a classifier per Python that CI tests, the project's
    addresses, and a requirement for every third-party package the code imports directly."""
    names = wheel.namelist()
    metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    fields = [line.split(": ", 1) for line in metadata.split("\n\n")[0].splitlines() if ": " in line]
    values = lambda key: [value for name, value in fields if name == key]  # noqa: E731
    assert values("License-Expression") == ["Apache-2.0"] and values("License-File") == ["LICENSE"]
    license_text = wheel.read(next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))).decode()
    assert "Apache License" in license_text and "END OF TERMS AND CONDITIONS" in license_text
    matrix = re.search(r"python: \[(.*?)\]", (ROOT / ".github" / "workflows" / "ci.yml").read_text()).group(1)
    tested = [version.strip(' "') for version in matrix.split(",")]
    assert [c.rsplit(" :: ", 1)[1] for c in values("Classifier") if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)] == tested
    assert {"Homepage", "Source", "Issues"} <= {url.split(",")[0] for url in values("Project-URL")}
    required = {re.match(r"[A-Za-z0-9_.-]+", r).group().lower() for r in values("Requires-Dist") if "extra ==" not in r}
    assert _imported_distributions() <= required
    assert "email-validator>=2.1.1" in values("Requires-Dist")  # 2.1.0 is yanked


DISTRIBUTION = {"yaml": "pyyaml", "dns": "dnspython", "email_validator": "email-validator"}


def _imported_distributions() -> set[str]:
    """The distributions of every module outside the standard library that src/ imports (lazily too)."""
    found = set()
    for path in (ROOT / "src" / "proposal_lint").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            for name in names:
                top = name.split(".")[0]
                if top not in (*sys.stdlib_module_names, "tomllib", "proposal_lint"):  # tomllib: 3.11 on (else tomli)
                    found.add(DISTRIBUTION.get(top, top))
    return found


def test_help_uri_is_pinned_to_the_release_tag():
    from proposal_lint import __version__
    from proposal_lint.rules.table import find_rule

    assert find_rule("PL301").help_uri == (
        f"https://github.com/proposal-lint/proposal-lint/blob/v{__version__}/rules/PL301.md")
