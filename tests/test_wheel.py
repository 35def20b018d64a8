"""An installed wheel (not this checkout) carries the rule pages: `explain` prints the whole page."""

from __future__ import annotations

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
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(tmp_path / "site"), str(wheel)],
                   check=True, capture_output=True, timeout=120)
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import proposal_lint; print(proposal_lint.__file__); "
              "from proposal_lint.commands.cli import main; main(['explain', 'PL301'])")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "site")], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    installed, page = done.stdout.split("\n", 1)
    assert installed.startswith(str(tmp_path / "site"))
    assert page == (ROOT / "rules" / "PL301.md").read_text(encoding="utf-8")


def test_help_uri_is_pinned_to_the_release_tag():
    from proposal_lint import __version__
    from proposal_lint.rules.table import find_rule

    assert find_rule("PL301").help_uri == (
        f"https://github.com/proposal-lint/proposal-lint/blob/v{__version__}/rules/PL301.md")
