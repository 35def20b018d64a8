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


README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    return README.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]


def test_examples_pin_a_full_commit_sha_not_a_tag_that_does_not_exist():
    assert "@v0" not in README and "rev: v0.1.0" not in README
    pins = re.findall(r"^[ -]*(?:uses: proposal-lint/proposal-lint@|rev: )(\S+)", README, re.M)
    assert len(pins) >= 4 and all(re.fullmatch(r"[0-9a-f]{40}", pin) for pin in pins), pins
    assert "No release is tagged yet" in README


def test_the_first_workflow_works_for_pull_requests_from_forks():
    first = yaml.safe_load(re.search(r"```yaml\n(.*?)```", _section("## GitHub Action"), re.S)[1])
    assert first["permissions"] == {"contents": "read"}
    lint = next(step for step in first["jobs"]["proposal-lint"]["steps"] if step.get("id") == "lint")
    assert "comment" not in lint.get("with", {})
    assert first == _workflows()[0]


def test_the_readme_lists_every_output_of_the_action():
    outputs = re.search(r"^Outputs: (.*?)\n\n", _section("## GitHub Action"), re.S | re.M)[1]
    assert set(re.findall(r"`([\w-]+)`", outputs)) == set(ACTION["outputs"])


def test_the_pre_commit_section_shows_every_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    section = _section("## pre-commit")
    assert len(hooks) == 4 and all(f"`{hook['id']}`" in section for hook in hooks)
    assert any("--fix" in hook["entry"] for hook in hooks)
