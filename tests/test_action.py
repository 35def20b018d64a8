"""The composite action, run here the way a GitHub runner runs it, without GitHub.

action.yml is read with a YAML loader; each `run:` step runs in bash with the env a runner
would give it (`${{ … }}` expressions evaluated from inputs, runner, github and earlier step
outputs); `uses:` steps (the cache) are skipped. A pytest-httpserver on 127.0.0.1 stands in
for the REST API of pull-request comments.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from gitrepo import GitRepo, copy_working_tree, proposal
from test_fork_recipe import _workflows

from proposal_lint.commands.action.steps import MARKER

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")
TOKEN = "test-token"
HEADER = "## Proposed Project ideas\n\n### Demo\n\n"


def _outputs(path: Path) -> dict[str, str]:
    """A GITHUB_OUTPUT file: `key=value` lines and `key<<DELIMITER` blocks."""
    values, lines = {}, iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            values[key] = "\n".join(iter(lambda: next(lines), delimiter))
        elif line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


class Run:
    """One run of the action: its steps' outputs, the log, the summary and the exit status."""

    def __init__(self, workspace: Path, runner_temp: Path, event_name: str, event: dict, inputs: dict[str, str],
                 api_url: str):
        self.temp = runner_temp
        action_path = runner_temp / "action"  # a copy, so installing it leaves no build files in the tree
        if not action_path.exists():
            copy_working_tree(ROOT, action_path)
        event_path = runner_temp / f"event-{event_name}.json"
        event_path.write_text(json.dumps(event), encoding="utf-8")
        self.summary = runner_temp / f"summary-{id(self)}.md"
        self.summary.write_text("", encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_"))}
        self.env = {
            **base,
            "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event_path),
            "GITHUB_REPOSITORY": "o/r", "GITHUB_API_URL": api_url, "GITHUB_ACTION_PATH": str(action_path),
            "GITHUB_STEP_SUMMARY": str(self.summary), "RUNNER_TEMP": str(runner_temp), "RUNNER_OS": "Linux",
        }
        self.context = {"github.token": TOKEN, "runner.temp": str(runner_temp), "runner.os": "Linux",
                        "github.event_name": event_name}
        inputs = {"offline": "true", **inputs}  # tests reach no host but 127.0.0.1
        for name, spec in ACTION["inputs"].items():
            self.context[f"inputs.{name}"] = self.evaluate(inputs.get(name, str(spec.get("default", ""))))
        self.workspace, self.log, self.errors, self.steps, self.status = workspace, "", "", {}, 0
        self._run_steps()

    def evaluate(self, text: str) -> str:
        def value(match: re.Match) -> str:
            return next((v for v in map(one, match[1].split("||")) if v), "")  # `a || b`: the first non-empty

        def one(key: str) -> str:
            key = key.strip()
            if key.startswith("steps."):
                _, step, _, name = key.split(".", 3)
                return self.steps.get(step, {}).get(name, "")
            assert key in self.context, f"action.yml uses an expression this runner lacks: {key}"
            return self.context[key]

        return EXPRESSION.sub(value, str(text))

    def condition(self, expression: str) -> bool:
        """A step's `if:` of the form `<context> == '<text>'` (or `!=`)."""
        match = re.fullmatch(r"\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*", expression)
        assert match, f"action.yml uses an `if:` this runner lacks: {expression}"
        key, operator, text = match.groups()
        return (self.evaluate("${{ " + key + " }}") == text) == (operator == "==")

    def _run_steps(self) -> None:
        for number, step in enumerate(ACTION["runs"]["steps"]):
            if "uses" in step or ("if" in step and not self.condition(step["if"])):
                continue
            output = self.temp / f"output-{id(self)}-{number}"
            output.write_text("", encoding="utf-8")
            script = self.temp / f"step-{id(self)}-{number}.sh"
            script.write_text(step["run"], encoding="utf-8")
            env = {**self.env, "GITHUB_OUTPUT": str(output)}
            env.update({key: self.evaluate(value) for key, value in step.get("env", {}).items()})
            done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                                  cwd=self.workspace, env=env, capture_output=True, text=True)
            self.log += done.stdout
            self.errors += done.stderr
            self.steps[step.get("id", str(number))] = _outputs(output)
            if done.returncode != 0:
                self.status = done.returncode
                return

    @property
    def outputs(self) -> dict[str, str]:
        return {name: self.evaluate(spec["value"]) for name, spec in ACTION["outputs"].items()}

    def annotations(self, kind: str) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(f"::{kind} ")]


@pytest.fixture(scope="module")
def runner_temp(tmp_path_factory) -> Path:
    """One RUNNER_TEMP for the module, so the action's venv is built once (as within one job)."""
    return tmp_path_factory.mktemp("runner-temp")


@pytest.fixture
def pr_repo(tmp_path) -> GitRepo:
    """Base: a proposal file with a broken proposal and a README. Head: adds a broken proposal, edits README."""
    repo = GitRepo(tmp_path / "workspace")
    old = HEADER + proposal("Old clean idea") + "\n" + proposal("Old broken idea", outcome=False)
    repo.base = repo.commit({"programs/ideas.md": old, "README.md": "# Mentoring\n"})
    repo.head = repo.commit({
        "programs/ideas.md": old + "\n" + proposal("New broken idea", outcome=False),
        "README.md": "# Mentoring\n\nHow to propose a project.\n",
    })
    return repo


def _pr_event(repo: GitRepo, fork: bool = False) -> dict:
    head_repo = "someone/r" if fork else "o/r"
    return {
        "action": "synchronize",
        "number": 7,
        "pull_request": {
            "number": 7,
            "base": {"ref": "main", "sha": repo.base, "repo": {"full_name": "o/r"}},
            "head": {"ref": "feature", "sha": repo.head, "repo": {"full_name": head_repo}},
        },
        "repository": {"full_name": "o/r"},
    }


def _comment(comment_id: int, body: str) -> dict:
    return {"id": comment_id, "body": body, "user": {"login": "github-actions[bot]", "type": "Bot"},
            "html_url": f"https://github.com/o/r/pull/7#issuecomment-{comment_id}"}


COMMENTS = "/repos/o/r/issues/7/comments"


def test_pull_request_reports_only_the_new_proposal_and_creates_the_comment(pr_repo, runner_temp, httpserver):
    httpserver.expect_ordered_request(COMMENTS, method="GET", query_string="per_page=100").respond_with_json(
        [_comment(1, "Looks good to me")])
    httpserver.expect_ordered_request(COMMENTS, method="POST").respond_with_json(_comment(2, "created"), status=201)
    run = Run(pr_repo.root, runner_temp, "pull_request", _pr_event(pr_repo), {"comment": "true"},
              httpserver.url_for("/"))
    assert run.status == 1, run.errors
    errors = run.annotations("error")
    assert len(errors) == 1, run.log + run.errors
    assert errors[0].startswith("::error file=programs/ideas.md,line=")
    assert "title=PL201 missing-field::proposal `New broken idea`" in errors[0]
    assert {k: v for k, v in run.outputs.items() if k not in ("summary-file", "review-file")} == {"errors": "1", "warnings": "0", "sarif-file": ""}
    assert "New broken idea" in Path(run.outputs["summary-file"]).read_text(encoding="utf-8")  # for fork PRs
    summary = run.summary.read_text(encoding="utf-8")
    assert "## proposal-lint" in summary and "New broken idea" in summary and "Old broken idea" not in summary
    assert "README.md" not in summary  # not a proposal file: skipped quietly
    httpserver.check_assertions()
    post = httpserver.log[-1][0]
    assert post.headers["Authorization"] == f"Bearer {TOKEN}"
    body = post.get_json()["body"]
    assert body.startswith(MARKER) and "New broken idea" in body


def test_existing_comment_is_updated_across_pages(pr_repo, runner_temp, httpserver):
    page2 = httpserver.url_for(COMMENTS) + "?per_page=100&page=2"
    httpserver.expect_ordered_request(COMMENTS, method="GET", query_string="per_page=100").respond_with_json(
        [_comment(1, "unrelated")], headers={"Link": f'<{page2}>; rel="next", <{page2}>; rel="last"'})
    httpserver.expect_ordered_request(COMMENTS, method="GET", query_string="per_page=100&page=2").respond_with_json(
        [_comment(42, f"{MARKER}\nold report")])
    httpserver.expect_ordered_request("/repos/o/r/issues/comments/42", method="PATCH").respond_with_json(
        _comment(42, "updated"))
    run = Run(pr_repo.root, runner_temp, "pull_request", _pr_event(pr_repo), {"comment": "true", "fail-on": "never"},
              httpserver.url_for("/"))
    assert run.status == 0, run.errors
    httpserver.check_assertions()
    assert httpserver.log[-1][0].get_json()["body"].startswith(MARKER)
    assert "updated its comment on pull request #7" in run.log


def test_fork_without_write_permission_falls_back_to_the_summary(pr_repo, runner_temp, httpserver):
    httpserver.expect_ordered_request(COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(COMMENTS, method="POST").respond_with_json(
        {"message": "Resource not accessible by integration",
         "documentation_url": "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
         "status": "403"}, status=403)
    run = Run(pr_repo.root, runner_temp, "pull_request", _pr_event(pr_repo, fork=True), {"comment": "true"},
              httpserver.url_for("/"))
    assert run.status == 1  # the findings decide, not the comment
    httpserver.check_assertions()
    notices = run.annotations("notice")
    assert any("Resource not accessible by integration" in n and "step summary" in n for n in notices)
    assert "New broken idea" in run.summary.read_text(encoding="utf-8")


def test_push_event_checks_given_files_in_full_and_writes_sarif(pr_repo, runner_temp, httpserver):
    sarif = pr_repo.root / "out" / "results.sarif"
    sarif.parent.mkdir()
    run = Run(pr_repo.root, runner_temp, "push", {"ref": "refs/heads/main"},
              {"files": "programs/*.md README.md", "sarif-file": "out/results.sarif", "comment": "true"},
              httpserver.url_for("/"))
    assert run.status == 1
    assert {k: v for k, v in run.outputs.items() if k not in ("summary-file", "review-file")} == {
        "errors": "2", "warnings": "0", "sarif-file": "out/results.sarif"}
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results) == [
        int(line.split(",line=")[1].split(",")[0]) for line in run.annotations("error")]
    assert any("needs a pull_request event" in n for n in run.annotations("notice"))
    assert httpserver.log == []


def test_push_event_reports_only_what_the_push_changed(pr_repo, runner_temp, httpserver):
    run = Run(pr_repo.root, runner_temp, "push", {"ref": "refs/heads/main", "before": pr_repo.base,
                                                  "after": pr_repo.head}, {}, httpserver.url_for("/"))
    assert run.status == 1, run.errors
    errors = run.annotations("error")
    assert len(errors) == 1 and "New broken idea" in errors[0], run.log


def _pull_request(root: Path, base: dict[str, str], head: dict[str, str | None]) -> GitRepo:
    """A repository with `base` committed, then `head` (a None text deletes the file) as the pull request."""
    repo = GitRepo(root)
    repo.base = repo.commit(base)
    for name, text in head.items():
        if text is None:
            repo.git("rm", "-q", name)
    repo.head = repo.commit({name: text for name, text in head.items() if text is not None}, "the pull request")
    return repo


def test_one_proposal_summary_puts_findings_first_and_folds_the_passed_checks(tmp_path, runner_temp, httpserver):
    old = HEADER + proposal("Old clean idea") + "\n" + proposal("Old broken idea", outcome=False)
    new = proposal("New broken idea", outcome=False).replace("- Mentor(s):", "- Mentors:")  # PL201; PL203 is fixable
    repo = _pull_request(tmp_path / "workspace", {"programs/ideas.md": old}, {"programs/ideas.md": old + "\n" + new})
    run = Run(repo.root, runner_temp, "pull_request", _pr_event(repo), {}, httpserver.url_for("/"))
    assert run.status == 1, run.errors
    summary = run.summary.read_text(encoding="utf-8")
    assert "New broken idea" in summary and "Old broken idea" not in summary
    lines = summary.splitlines()
    fix_line = next(n for n, line in enumerate(lines) if "`proposal-lint check --fix programs/ideas.md`" in line)
    first_finding = next(n for n, line in enumerate(lines) if line.startswith("- ❌ **PL201** missing-field"))
    table = lines.index("| Project | Title | Mentors | Upstream issue | Status |")
    checks = next(n for n, line in enumerate(lines) if line.startswith("### Checks: "))
    folded = next(n for n, line in enumerate(lines) if re.fullmatch(r"<details><summary>\d+ passed</summary>", line))
    assert fix_line < first_finding < table < checks < folded
    assert "1 of these can be fixed automatically" in lines[fix_line]
    assert "<details open" not in summary
    passed = [n for n, line in enumerate(lines) if line.startswith("- ✅ ")]
    assert len(passed) > 30 and min(passed) > folded and max(passed) < lines.index("</details>")
    assert int(re.search(r"<summary>(\d+) passed", summary)[1]) == len(passed)
    assert Path(run.outputs["summary-file"]).read_text(encoding="utf-8") + "\n" == summary


def test_a_docs_only_pull_request_says_no_proposal_files_changed(tmp_path, runner_temp, httpserver):
    repo = _pull_request(tmp_path / "workspace",
                         {"programs/ideas.md": HEADER + proposal("Old broken idea", outcome=False),
                          "README.md": "# M\n"},
                         {"README.md": "# Mentoring\n\nHow to propose a project.\n"})
    run = Run(repo.root, runner_temp, "pull_request", _pr_event(repo), {"sarif-file": "proposal-lint.sarif"},
              httpserver.url_for("/"))
    assert run.status == 0, run.errors
    summary = run.summary.read_text(encoding="utf-8")
    assert summary == "## proposal-lint\n\n✅ No proposal files changed.\n\n"
    assert run.outputs["errors"] == "0" and run.outputs["sarif-file"] == "proposal-lint.sarif"
    assert json.loads((repo.root / "proposal-lint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"] == []


def test_a_deletion_only_pull_request_writes_an_empty_sarif_the_fork_recipe_can_copy(tmp_path, runner_temp,
                                                                                      httpserver):
    repo = _pull_request(tmp_path / "workspace",
                         {"programs/ideas.md": HEADER + proposal("Gone idea"),
                          "programs/other.md": HEADER + proposal("Kept")},
                         {"programs/ideas.md": None})
    run = Run(repo.root, runner_temp, "pull_request", _pr_event(repo, fork=True), {"sarif-file": "proposal-lint.sarif"},
              httpserver.url_for("/"))
    assert run.status == 0, run.errors
    assert "proposal-lint will check 0 file(s)" in run.log
    assert run.summary.read_text(encoding="utf-8") == "## proposal-lint\n\n✅ No proposal files changed.\n\n"
    sarif = json.loads((repo.root / run.outputs["sarif-file"]).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and [r["results"] for r in sarif["runs"]] == [[]]
    # The README's fork recipe copies both outputs into the artifact: it must not fail.
    check, _ = _workflows()
    copy = next(step for step in check["jobs"]["proposal-lint"]["steps"] if "cp " in step.get("run", ""))
    env = {**os.environ, "PR_NUMBER": "7", "SUMMARY_FILE": run.outputs["summary-file"],
           "SARIF_FILE": run.outputs["sarif-file"]}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", copy["run"]], cwd=repo.root, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads((repo.root / "report" / "proposal-lint.sarif").read_text(encoding="utf-8")) == sarif
    assert (repo.root / "report" / "summary.md").read_text(encoding="utf-8").startswith("## proposal-lint")


def test_a_run_that_stops_before_writing_sarif_leaves_the_output_empty(pr_repo, runner_temp, httpserver):
    run = Run(pr_repo.root, runner_temp, "pull_request", _pr_event(pr_repo),
              {"sarif-file": "proposal-lint.sarif", "baseline": "no-such-baseline.json"}, httpserver.url_for("/"))
    assert run.status == 2
    assert not (pr_repo.root / "proposal-lint.sarif").exists() and run.outputs["sarif-file"] == ""
    assert "stopped with exit code 2" in Path(run.outputs["summary-file"]).read_text(encoding="utf-8")


def test_baseline_input_hides_known_findings_on_a_full_check(pr_repo, runner_temp, httpserver, monkeypatch):
    from click.testing import CliRunner

    from proposal_lint.commands.cli import cli

    monkeypatch.chdir(pr_repo.root)
    written = CliRunner().invoke(cli, ["check", "--offline", "--baseline", "baseline.json", "--write-baseline", "programs"])
    assert written.exit_code == 0, written.output
    run = Run(pr_repo.root, runner_temp, "workflow_dispatch", {}, {"baseline": "baseline.json"},
              httpserver.url_for("/"))
    assert run.status == 0 and run.annotations("error") == [], run.log + run.errors
    assert run.outputs["errors"] == "0"


def test_the_environment_is_cached_by_python_version_and_lock_and_reused(pr_repo, runner_temp, httpserver):
    steps = {step.get("id", step["name"]): step for step in ACTION["runs"]["steps"]}
    cache = steps["Restore the environment"]
    assert cache["with"] == {"path": "${{ steps.env.outputs.venv }}", "key": "${{ steps.env.outputs.key }}"}
    names = [step.get("id", step["name"]) for step in ACTION["runs"]["steps"]]
    assert names.index("env") < names.index("Restore the environment") < names.index("install")
    run = Run(pr_repo.root, runner_temp, "workflow_dispatch", {}, {"fail-on": "never"}, httpserver.url_for("/"))
    if "installed in" in run.log:  # this test ran first in the module: the next run of the job reuses it
        run = Run(pr_repo.root, runner_temp, "workflow_dispatch", {}, {"fail-on": "never"}, httpserver.url_for("/"))
    assert run.status == 0, run.errors
    assert re.fullmatch(r"proposal-lint-env-Linux-py3\.\d+\.\d+-local-[0-9a-f]{16}", run.steps["env"]["key"])
    assert run.steps["env"]["venv"].startswith(str(runner_temp))
    assert "reused from the cached" in run.log


def test_every_action_the_action_uses_is_pinned_to_a_commit():
    uses = [step["uses"] for step in ACTION["runs"]["steps"] if "uses" in step]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", use) for use in uses)


def test_no_input_reaches_a_script_through_an_expression():
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    scripts = [step["run"] for step in ACTION["runs"]["steps"] if "run" in step]
    assert scripts and all("${{" not in script for script in scripts)
    assert not re.search(r"run:[^\n]*\$\{\{\s*inputs\.", action)
    for step in ACTION["runs"]["steps"]:
        for value in step.get("env", {}).values():
            assert str(value).count("${{") <= 1


# ---- issues events: an LFX proposal filed through the issue form ----

ISSUE_COMMENTS = "/repos/o/r/issues/12/comments"


def _issue_event(text: str, labels=()) -> dict:
    return {"action": "opened", "issue": {"number": 12, "title": "[CNCF LFX Proposal] Jaeger", "body": text,
                                           "labels": [{"name": name} for name in labels]},
            "repository": {"full_name": "o/r"}}


def _open_issues(*bodies: str) -> list[dict]:
    found = [{"number": 100 + n, "body": text.replace("\n", "\r\n")} for n, text in enumerate(bodies)]
    found.append({"number": 90, "body": "### CNCF Project\n\nJaeger", "pull_request": {"url": "x"}})
    found.append({"number": 91, "body": "The docs are broken", "title": "bug"})
    found.append({"number": 12, "body": "the issue itself"})
    return found


def test_issue_body_is_checked_with_the_other_open_proposals_and_gets_one_comment(tmp_path, runner_temp, httpserver):
    from issue_forms import render, valid_values

    from proposal_lint.reading.issue_form.values import lfx_title

    values = valid_values()
    name = "Native trace loading @octocat #1 <img src=x>"
    text = render(values, Program_Name=name).replace("\n", "\r\n")
    others = [render(values, Upstream_Issue_URL=f"https://github.com/jaegertracing/jaeger/issues/{n}") for n in range(4)]
    httpserver.expect_ordered_request("/repos/o/r/issues", method="GET", query_string="state=open&per_page=100") \
        .respond_with_json(_open_issues(*others))
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="POST").respond_with_json(_comment(3, "x"), status=201)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    run = Run(workspace, runner_temp, "issues", _issue_event(text), {}, httpserver.url_for("/"))
    assert run.status == 0, run.log + run.errors
    httpserver.check_assertions()
    assert run.outputs["errors"] == "0" and int(run.outputs["warnings"]) >= 1
    body = httpserver.log[-1][0].get_json()["body"]
    assert body.startswith("<!-- proposal-lint:issue-comment -->")
    assert f"**LFX program title** ({len(lfx_title('Jaeger', name, values['Term']))}/100 characters)" in body
    assert "PL112" in body and "5 proposals for 2026 Term 3" in body  # the four others and this one
    # Neutralised: no mention, no issue reference, no HTML.
    assert "@octocat" not in body and "@\u200boctocat" in body
    assert not re.search(r"(?<!\\)(<img|#1)", body) and "\\<img" in body
    assert "created its comment on issue #12" in run.log


def test_a_failing_issue_updates_its_comment_and_swaps_the_validation_label(tmp_path, runner_temp, httpserver):
    from issue_forms import render, valid_values

    text = render(valid_values(), Program_Name="n" * 80)
    httpserver.expect_ordered_request("/repos/o/r/issues", method="GET").respond_with_json([])
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="GET").respond_with_json(
        [_comment(5, "<!-- proposal-lint:issue-comment -->\nold")])
    httpserver.expect_ordered_request("/repos/o/r/issues/comments/5", method="PATCH").respond_with_json(_comment(5, "x"))
    httpserver.expect_ordered_request("/repos/o/r/issues/12/labels/Validation Passed", method="DELETE") \
        .respond_with_json([])
    httpserver.expect_ordered_request("/repos/o/r/issues/12/labels", method="POST").respond_with_json([])
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    run = Run(workspace, runner_temp, "issues", _issue_event(text, ["Validation Passed"]), {"issue-labels": "true"},
              httpserver.url_for("/"))
    assert run.status == 1, run.log + run.errors
    httpserver.check_assertions()
    assert run.outputs["errors"] == "1"
    assert httpserver.log[-1][0].get_json() == {"labels": ["Validation Failed"]}
    patched = httpserver.log[-3][0].get_json()["body"]
    assert "PL210" in patched and "⚠️ over the limit" in patched


def test_an_issue_that_is_not_a_proposal_is_left_alone(tmp_path, runner_temp, httpserver):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    run = Run(workspace, runner_temp, "issues", _issue_event("The docs are broken.\n\n### Steps\n\n1. open"), {},
              httpserver.url_for("/"))
    assert run.status == 0 and httpserver.log == []
    assert run.outputs["errors"] == "0" and "not an LFX proposal form" in run.log


# ---- hostile content (issue 26) ----

def test_file_names_and_titles_of_a_push_never_become_runner_commands(tmp_path, runner_temp, httpserver):
    repo = GitRepo(tmp_path / "workspace")
    name = "programs/x\n::error file=forged.md::pwn.md"
    repo.commit({name: HEADER.replace("### Demo", "### ::stop-commands::pwn") + proposal("::warning::forged",
                                                                                        outcome=False)})
    run = Run(repo.root, runner_temp, "push", {"ref": "refs/heads/main"}, {}, httpserver.url_for("/"))
    assert run.status == 1, run.log + run.errors
    commands = [line for line in (run.log + run.errors).split("\n") if line.lstrip().startswith("::")]
    assert commands and all(line.startswith("::error file=programs/x%0A%3A%3Aerror") for line in commands), commands
    assert "will check 1 file(s): programs/x\\n::error file=forged.md::pwn.md" in run.log


def test_the_bot_edits_only_its_own_comment_and_an_odd_issue_number_still_gets_a_comment_and_label(
        tmp_path, runner_temp, httpserver):
    from issue_forms import render, valid_values

    text = render(valid_values(), Program_Name="n" * 80, Upstream_Issue_URL="https://github.com/o/r/issues/²")
    pasted = {**_comment(4, "<!-- proposal-lint:issue-comment -->\nlooks official"),
              "user": {"login": "mallory", "type": "User"}}
    httpserver.expect_ordered_request("/repos/o/r/issues", method="GET").respond_with_json([])
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="GET").respond_with_json([pasted])
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="POST").respond_with_json(_comment(5, "x"), status=201)
    httpserver.expect_ordered_request("/repos/o/r/issues/12/labels/Validation Passed", method="DELETE") \
        .respond_with_json([])
    httpserver.expect_ordered_request("/repos/o/r/issues/12/labels", method="POST").respond_with_json([])
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    run = Run(workspace, runner_temp, "issues", _issue_event(text, ["Validation Passed"]), {"issue-labels": "true"},
              httpserver.url_for("/"))
    assert run.status == 1, run.log + run.errors
    httpserver.check_assertions()
    body = httpserver.log[2][0].get_json()["body"]
    assert "PL404" in body and "PL210" in body
    assert httpserver.log[-1][0].get_json() == {"labels": ["Validation Failed"]}
