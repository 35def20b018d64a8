"""The Action's `suggestions: true` (issue 28): the fixes of the findings on a pull request's changed
lines as one review of suggested changes, posted through a fake GitHub API on 127.0.0.1, updated
rather than repeated on a new push, and through the fork recipe published from the trusted
`workflow_run` workflow only for the pull request head the check ran on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gitrepo import GitRepo
from test_action import HEADER, TOKEN, Run, _pr_event, runner_temp  # noqa: F401 - runner_temp is a fixture

from proposal_lint.commands.action.review import MARKER, read_review_file, review_comment

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

CLEAN = ("#### Old idea\n\n- Description: An old idea.\n- Expected Outcome: merged.\n- Recommended Skills: Go\n"
         "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n  - John Roe (@johnroe, john@cncf.io)\n"
         "- Upstream Issue: https://github.com/o/r/issues/1\n- LFX URL:\n")
OLD_DEFECT = "\n#### Older idea\n\n- Description: x.\n- Mentors: Ann Lee (@annlee, ann@cncf.io), Bo Li (@boli, bo@cncf.io)\n"
NEW = ("\n#### New idea\n\n- Description: A new idea in detail.\n- Expected Outcome: it is merged upstream.\n"
       "- Recommended Skills: Go\n- Mentors: Jane Doe (@janedoe, jane@cncf.io), John Roe (@johnroe, john@cncf.io)\n"
       "- Upstream Issue: https://github.com/o/r/issues/12\n- LFX URL:\n")
PULL = "/repos/o/r/pulls/7"
REVIEW_COMMENTS = f"{PULL}/comments"


@pytest.fixture
def fixable_pr(tmp_path) -> GitRepo:
    """Base: a clean proposal and one with an old fixable defect. Head: adds a proposal with a fixable label."""
    repo = GitRepo(tmp_path / "workspace")
    repo.base = repo.commit({"programs/ideas.md": HEADER + CLEAN + OLD_DEFECT})
    repo.head = repo.commit({"programs/ideas.md": HEADER + CLEAN + OLD_DEFECT + NEW})
    return repo


def _fixed_text(repo: GitRepo) -> list[str]:
    copy = repo.root.parent / "fixed.md"
    copy.write_bytes((repo.root / "programs/ideas.md").read_bytes())
    subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--fix", str(copy)],
                   capture_output=True)
    return copy.read_text(encoding="utf-8").split("\n")


def _suggested(body: str) -> list[str]:
    return body.split("```suggestion\n", 1)[1].rsplit("\n```", 1)[0].split("\n")


def _bot_comment(comment_id: int, body: str, line: int, start_line: int | None = None) -> dict:
    return {"id": comment_id, "body": body, "path": "programs/ideas.md", "line": line, "start_line": start_line,
            "user": {"login": "github-actions[bot]", "type": "Bot"}}


def test_a_pull_request_gets_one_review_of_suggestions_on_its_changed_lines_only(fixable_pr, runner_temp, httpserver):
    httpserver.expect_ordered_request(REVIEW_COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(f"{PULL}/reviews", method="POST").respond_with_json({"id": 5})
    run = Run(fixable_pr.root, runner_temp, "pull_request", _pr_event(fixable_pr),
              {"suggestions": "true", "fail-on": "never"}, httpserver.url_for("/"))
    assert run.status == 0, run.errors
    httpserver.check_assertions()
    posted = httpserver.log[-1][0]
    assert posted.headers["Authorization"] == f"Bearer {TOKEN}"
    review = posted.get_json()
    assert review["event"] == "COMMENT" and review["commit_id"] == fixable_pr.head
    comments = review["comments"]
    assert len(comments) == 1, comments
    comment = comments[0]
    new_first = (HEADER + CLEAN + OLD_DEFECT).count("\n") + NEW.split("\n").index(
        "- Mentors: Jane Doe (@janedoe, jane@cncf.io), John Roe (@johnroe, john@cncf.io)") + 1
    assert comment["path"] == "programs/ideas.md" and comment["side"] == "RIGHT"
    assert comment.get("start_line", comment["line"]) == new_first and comment["line"] >= new_first
    assert comment["body"].startswith(MARKER) and "PL203" in comment["body"]
    fixed = _fixed_text(fixable_pr)
    head = (fixable_pr.root / "programs/ideas.md").read_text(encoding="utf-8").split("\n")
    head[new_first - 1:comment["line"]] = _suggested(comment["body"])
    new_part = slice(head.index("#### New idea"), None)
    assert head[new_part] == fixed[fixed.index("#### New idea"):]  # the suggestion is what --fix writes there
    assert "  - Ann Lee (@annlee, ann@cncf.io)" in fixed  # --fix mends the old proposal too, but its lines are
    assert not any("Ann Lee" in c["body"] for c in comments)  # not changed by the pull request: no suggestion there
    assert json.loads(Path(run.outputs["review-file"]).read_text(encoding="utf-8"))["pull_request"] == 7


def test_a_new_push_keeps_what_holds_deletes_what_is_stale_and_posts_nothing_twice(fixable_pr, runner_temp,
                                                                                  httpserver):
    first = Run(fixable_pr.root, runner_temp, "pull_request", _pr_event(fixable_pr),
                {"suggestions": "true", "fail-on": "never"}, "http://127.0.0.1:9")  # unreachable: file only
    (suggestion,) = read_review_file(Path(first.outputs["review-file"]).read_text(encoding="utf-8"))[2]
    still = review_comment(suggestion)
    existing = [
        _bot_comment(11, still["body"], still["line"], still.get("start_line")),
        _bot_comment(12, f"{MARKER}\n**PL203** stale\n\n```suggestion\nx\n```", 3),
        {**_bot_comment(13, f"{MARKER}\nquoted by a person", 4), "user": {"login": "mallory", "type": "User"}},
    ]
    httpserver.expect_ordered_request(REVIEW_COMMENTS, method="GET").respond_with_json(existing)
    httpserver.expect_ordered_request("/repos/o/r/pulls/comments/12", method="DELETE").respond_with_data("", status=204)
    run = Run(fixable_pr.root, runner_temp, "pull_request", _pr_event(fixable_pr),
              {"suggestions": "true", "fail-on": "never"}, httpserver.url_for("/"))
    assert run.status == 0, run.errors
    httpserver.check_assertions()
    assert [request.method for request, _ in httpserver.log] == ["GET", "DELETE"]  # no new review, 13 untouched
    assert "1 kept, 1 deleted" in run.log


def _workflow_run_event(head_sha: str) -> dict:
    return {"action": "completed", "workflow_run": {"id": 1, "event": "pull_request", "head_sha": head_sha,
                                                    "pull_requests": []}}


def test_the_fork_recipe_posts_the_review_from_the_trusted_workflow(fixable_pr, runner_temp, httpserver, tmp_path):
    httpserver.expect_ordered_request(REVIEW_COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(f"{PULL}/reviews", method="POST").respond_with_json(
        {"message": "Resource not accessible by integration"}, status=403)
    check = Run(fixable_pr.root, runner_temp, "pull_request", _pr_event(fixable_pr, fork=True),
                {"suggestions": "true", "fail-on": "never"}, httpserver.url_for("/"))
    assert check.status == 0 and "workflow_run recipe" in check.log, check.log + check.errors
    artifact = tmp_path / "artifact" / "review.json"
    artifact.parent.mkdir()
    artifact.write_bytes(Path(check.outputs["review-file"]).read_bytes())
    httpserver.clear()
    httpserver.expect_ordered_request(PULL, method="GET").respond_with_json({"head": {"sha": fixable_pr.head}})
    httpserver.expect_ordered_request(REVIEW_COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(f"{PULL}/reviews", method="POST").respond_with_json({"id": 6})
    publish = Run(artifact.parent, runner_temp, "workflow_run", _workflow_run_event(fixable_pr.head),
                  {"publish-review": str(artifact)}, httpserver.url_for("/"))
    assert publish.status == 0, publish.log + publish.errors
    httpserver.check_assertions()
    comments = httpserver.log[-1][0].get_json()["comments"]
    assert len(comments) == 1 and "```suggestion" in comments[0]["body"]


def test_the_trusted_workflow_refuses_a_review_file_for_another_head(fixable_pr, runner_temp, httpserver, tmp_path):
    forged = tmp_path / "review.json"
    forged.write_text(json.dumps({"pull_request": 7, "head_sha": "a" * 40, "suggestions": []}), encoding="utf-8")
    httpserver.expect_request(PULL, method="GET").respond_with_json({"head": {"sha": fixable_pr.head}})
    publish = Run(tmp_path, runner_temp, "workflow_run", _workflow_run_event(fixable_pr.head),
                  {"publish-review": str(forged)}, httpserver.url_for("/"))
    assert publish.status == 1 and "nothing posted" in publish.log
    assert all(request.method == "GET" for request, _ in httpserver.log)


@pytest.mark.parametrize("data, why", [
    ({"pull_request": "7", "head_sha": "a" * 40, "suggestions": []}, "positive number"),
    ({"pull_request": 7, "head_sha": "main", "suggestions": []}, "commit SHA"),
    ({"pull_request": 7, "head_sha": "a" * 40, "suggestions": [{"path": "x", "body": "@everyone"}]}, "exactly"),
    ({"pull_request": 7, "head_sha": "a" * 40,
      "suggestions": [{"path": "x", "first": 2, "last": 1, "code": "PL203", "message": "m", "text": "t"}]}, "range"),
])
def test_a_malformed_review_file_is_refused(data, why):
    with pytest.raises(ValueError, match=why):
        read_review_file(json.dumps(data))


def test_text_from_a_fork_is_escaped_and_cannot_close_the_suggestion_block():
    comment = review_comment({"path": "p.md", "first": 3, "last": 4, "code": "PL203",
                              "message": "<img src=x> @everyone [x](http://e)", "text": "a\n```\nb\n"})
    body = comment["body"]
    assert "\\<img src=x\\>" in body and "@\u200beveryone" in body and "\\[x\\](http" in body  # shown as text
    assert "<img" not in body.replace("\\<img", "")
    assert "````suggestion\na\n```\nb\n````" in body
    assert comment["start_line"] == 3 and comment["line"] == 4


ISSUE_COMMENTS = "/repos/o/r/issues/12/comments"


def _issue_comment(tmp_path, runner_temp, httpserver, text: str) -> str:
    """The comment the Action's issue step posts on an issue with this body."""
    from test_action import _issue_event, _open_issues

    httpserver.expect_ordered_request("/repos/o/r/issues", method="GET").respond_with_json(_open_issues())
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="GET").respond_with_json([])
    httpserver.expect_ordered_request(ISSUE_COMMENTS, method="POST").respond_with_json({"id": 3}, status=201)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    run = Run(workspace, runner_temp, "issues", _issue_event(text), {"fail-on": "never"}, httpserver.url_for("/"))
    assert run.status == 0, run.log + run.errors
    httpserver.check_assertions()
    return httpserver.log[-1][0].get_json()["body"]


def test_an_issue_comment_folds_the_corrected_values_ready_to_paste(tmp_path, runner_temp, httpserver):
    from issue_forms import render, valid_values

    values = valid_values()
    mentors = "Jane ``` </details> Doe | @janedoe | mailto:jane@cncf.io | janedoe\nSam Lee | @samlee | sam@cncf.io | samlee"
    body = _issue_comment(tmp_path, runner_temp, httpserver, render(values, Mentors=mentors).replace("\n", "\r\n"))
    folded = body.split("<details><summary>Corrected values to paste into the form (1 field)</summary>", 1)[1]
    block, after = folded.split("\n````\n", 1)[0], folded.split("\n````\n", 1)[1]
    assert "**Mentors**\n\n````text\nJane ``` </details> Doe | @janedoe | jane@cncf.io | janedoe\n" in folded
    assert "mailto" not in block and after.strip() == "</details>"  # the value cannot close the fold early


def test_an_issue_without_fixes_gets_no_fold(tmp_path, runner_temp, httpserver):
    from issue_forms import render, valid_values

    body = _issue_comment(tmp_path, runner_temp, httpserver, render(valid_values()).replace("\n", "\r\n"))
    assert "Corrected values" not in body
