"""The README's Quick start, as written, from a fresh clone with no `../shared` beside it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from gitrepo import copy_working_tree

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml


def _quick_start(readme: str) -> str:
    section = readme.split("## Quick start", 1)[1]
    return re.search(r"```sh\n(.*?)\n```", section, re.S).group(1)


def test_the_quick_start_lints_a_file_of_the_clone_without_shared(tmp_path):
    repository = copy_working_tree(ROOT, tmp_path / "repository")
    clone = tmp_path / "work" / "clone"
    subprocess.run(["git", "clone", "-q", str(repository), str(clone)], check=True, capture_output=True)
    assert not (clone.parent / "shared").exists()
    install, lint = (part.strip() for part in _quick_start((clone / "README.md").read_text(encoding="utf-8")).split("&&"))
    assert install == "python3 -m pip install ."  # what tests/test_wheel.py builds and installs, offline
    # `proposal-lint` as the install puts it on PATH: the console script, running the clone's code.
    scripts = tmp_path / "bin"
    scripts.mkdir()
    (scripts / "proposal-lint").write_text(f"#!{sys.executable}\nfrom proposal_lint.launcher import run\nrun()\n")
    (scripts / "proposal-lint").chmod(0o755)
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(clone / "src"),
           "PROPOSAL_LINT_SHARED": str(tmp_path / "nowhere"), "NO_COLOR": "1"}
    done = subprocess.run(["sh", "-c", lint], cwd=clone, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "1 error(s), 3 warning(s), 1 info in 1 file(s), 3 proposal(s); [*] 1 fixable with --fix" in done.stdout
    assert re.search(r"^\s+\d+ \| .*\n\s+\| +\^+$", done.stdout, re.M)  # a source line with carets under it
    assert Path(clone, lint.split()[-1]).is_file()
