"""The README's recipe for pull requests from forks: read-only check, then a `workflow_run` that publishes."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def _fork_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("### Pull requests from forks", 1)[1].split("\n### ", 1)[0]


def _workflows() -> list[dict]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", _fork_section(), re.S)]


def test_the_fork_section_says_what_works_and_what_does_not():
    section = _fork_section()
    for works in ("annotations", "step summary"):
        assert works in section
    for fails in ("`comment: true`", "SARIF"):
        assert fails in section


def test_the_recipe_checks_read_only_and_publishes_from_workflow_run_without_pull_request_target():
    check, publish = _workflows()
    assert list(check[True]) == ["pull_request"] and check["permissions"] == {"contents": "read"}
    assert list(publish[True]) == ["workflow_run"]
    assert publish[True]["workflow_run"]["workflows"] == [check["name"]]
    text = yaml.safe_dump(check) + yaml.safe_dump(publish)
    assert "pull_request_target" not in text
    assert not any("actions/checkout" in str(step.get("uses", "")) for step in publish["jobs"]["publish"]["steps"])


def test_the_outputs_the_recipe_reads_exist():
    check, _ = _workflows()
    used = set(re.findall(r"steps\.lint\.outputs\.([\w-]+)", yaml.safe_dump(check)))
    assert used and used <= set(ACTION["outputs"])
