"""The GitHub Action's logic, kept here so it can be tested: `plan` before the cache step, `check` after it.

    python -m proposal_lint.commands.action plan    # inputs + event -> the plan (a step output)
    python -m proposal_lint.commands.action check   # run `proposal-lint check`, then outputs, summary, comment
    python -m proposal_lint.commands.action issue   # on `issues` events: check the issue's body (issue_body.py)

Inputs arrive as INPUT_* environment variables set by action.yml's `env:` blocks, never
spliced into a script. Everything printed is a log line or a workflow command.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ...core.diagnostics import Severity
from ...reporting.sinks.runner import command, log_line

MARKER = "<!-- proposal-lint:pull-request-comment -->"
MARKDOWN_SUFFIXES = (".md", ".markdown")
PR_EVENTS = ("pull_request", "pull_request_target")
COMMENT_LIMIT = 60_000  # GitHub refuses comment bodies over 65,536 characters
SUMMARY_LIMIT = 1_000_000  # GitHub's step summary holds at most 1 MiB


def _input(name: str) -> str:
    return os.environ.get(f"INPUT_{name.upper().replace(' ', '_')}", "").strip()


def _flag(name: str) -> bool:
    return _input(name).lower() in ("true", "yes", "1", "on")


def _command(kind: str, message: str) -> None:
    print(command(kind, message, title="proposal-lint"), flush=True)


def _write_outputs(**values: str) -> None:
    with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as handle:
        for key, value in values.items():
            handle.write(f"{key}={value}\n")


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], capture_output=True, text=True)


def _event() -> dict:
    path = os.environ.get("GITHUB_EVENT_PATH")
    if not path or not os.path.isfile(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def pull_request(event: dict) -> dict | None:
    """The event's pull request, on pull_request events only."""
    if os.environ.get("GITHUB_EVENT_NAME") in PR_EVENTS:
        return event.get("pull_request")
    return None


def push_base(event: dict) -> str | None:
    """On a push, the commit the branch pointed at before it (None for a new branch, or other events)."""
    before = event.get("before") or ""
    if os.environ.get("GITHUB_EVENT_NAME") == "push" and before.strip("0"):
        return before
    return None


def ensure_commit(sha: str) -> None:
    """Make `sha` and its merge base with HEAD available, fetching from origin in a shallow clone."""
    if _git("merge-base", sha, "HEAD").returncode == 0:
        return
    shallow = _git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    fetched = _git("fetch", "--no-tags", "--quiet", *(["--unshallow"] if shallow else []), "origin", sha)
    if fetched.returncode != 0:
        _command("warning", f"could not fetch the base commit {sha}: {fetched.stderr.strip()}")


def _expand(patterns: str) -> list[str]:
    files: list[str] = []
    for pattern in patterns.split():
        if glob.has_magic(pattern):
            found = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
            if not found:
                _command("warning", f"files pattern {pattern} matches no file")
            files += found
        else:
            files.append(pattern)
    return list(dict.fromkeys(files))


def _git_files(*args: str) -> list[str]:
    done = _git(*args, "-z", "--", *(f"*{suffix}" for suffix in MARKDOWN_SUFFIXES))
    if done.returncode != 0:
        raise SystemExit(command("error", "git failed: " + done.stderr.strip()))
    return sorted(name for name in done.stdout.split("\0") if name and os.path.isfile(name))


def files_hash(files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0")
        if os.path.isfile(name):
            digest.update(Path(name).read_bytes())
    return digest.hexdigest()[:32]


def make_plan(event: dict) -> dict:
    """Which files to check, against which base, with which options (none on `issues` events: see `issue`)."""
    if os.environ.get("GITHUB_EVENT_NAME") == "issues":
        return {"files": [], "args": [], "sarif": "", "comment": False, "pull_request": None, "issue": True}
    if _input("publish-review"):
        return {"files": [], "args": [], "sarif": "", "comment": False, "pull_request": None,
                "publish_review": _input("publish-review")}
    pr = pull_request(event)
    base = (pr or {}).get("base", {}).get("sha") or push_base(event)
    diff_only = _input("diff-only").lower()
    use_diff = bool(base) and diff_only in ("", "true")
    if diff_only == "true" and not base:
        _command("notice", "diff-only needs a pull_request or push event; checking the files in full")
    if base:
        ensure_commit(base)
    if _input("files"):
        files = _expand(_input("files"))
    elif base:
        files = _git_files("diff", "--name-only", "--diff-filter=ACMR", f"{base}...HEAD")
    else:
        files = _git_files("ls-files")
    args = ["--skip-non-proposal-files", "--fail-on", _input("fail-on") or "error"]
    if _flag("offline"):
        args.append("--offline")
    if _input("mentor-registry"):
        args += ["--mentor-registry", _input("mentor-registry")]
    if _input("baseline"):
        args += ["--baseline", _input("baseline")]
    if use_diff:
        args += ["--diff-base", base]
    return {
        "files": files,
        "args": args,
        "sarif": _input("sarif-file"),
        "comment": _flag("comment"),
        "pull_request": (pr or {}).get("number"),
        "changes": bool(base),  # the files are what a pull request or push changed
        "suggestions": _flag("suggestions"),
        "base": base,
        "head_sha": (pr or {}).get("head", {}).get("sha"),
    }


def plan() -> int:
    event = _event()
    result = make_plan(event)
    print(log_line(f"proposal-lint will check {len(result['files'])} file(s): {' '.join(result['files']) or '(none)'}"))
    _write_outputs(plan=json.dumps(result), **{"files-hash": files_hash(result["files"])})
    return 0


def _summary(markdown: str) -> None:
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        if len(markdown.encode()) > SUMMARY_LIMIT:
            markdown = markdown.encode()[:SUMMARY_LIMIT].decode(errors="ignore") + "\n\n… (truncated)\n"
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(markdown + "\n")


def comment_body(markdown: str, marker: str = MARKER) -> str:
    if len(markdown) > COMMENT_LIMIT:
        markdown = markdown[:COMMENT_LIMIT] + "\n\n… (truncated; the job's step summary has the whole report)\n"
    return f"{marker}\n{markdown}"


def post_comment(number: int, body: str, marker: str = MARKER, what: str = "pull request") -> None:
    """Create the pull request's (or issue's) proposal-lint comment, or update it (found by its hidden marker)."""
    from .comment import upsert_comment

    upsert_comment(
        api=os.environ.get("GITHUB_API_URL", "https://api.github.com"),
        repository=os.environ["GITHUB_REPOSITORY"],
        number=number,
        token=_input("github-token"),
        body=body,
        marker=marker,
        what=what,
    )


def check() -> int:
    """Run the linter, then write outputs, the step summary and (if asked) the comment."""
    settings = json.loads(os.environ["PROPOSAL_LINT_PLAN"])
    if settings.get("issue"):
        return 0  # the `issue` step checks the issue's body
    if settings.get("publish_review"):
        return publish_review(settings["publish_review"])
    workdir = tempfile.mkdtemp(prefix="proposal-lint-", dir=os.environ.get("RUNNER_TEMP"))
    json_path, markdown_path = os.path.join(workdir, "report.json"), os.path.join(workdir, "summary.md")
    status, errors, warnings = 0, 0, 0
    if settings["files"]:
        reports = ["--report", f"json={json_path}", "--report", f"markdown={markdown_path}"]
        if settings["sarif"]:
            reports += ["--report", f"sarif={settings['sarif']}"]
        command = [sys.executable, "-I", "-m", "proposal_lint", "check", *settings["args"], *reports, "--", *settings["files"]]
        status = subprocess.run(command).returncode
    summary = json.loads(Path(json_path).read_text(encoding="utf-8"))["summary"] if os.path.exists(json_path) else None
    if summary is not None and summary["files"]:
        errors, warnings = summary["errors"], summary["warnings"]
        markdown = Path(markdown_path).read_text(encoding="utf-8")
    elif summary is None and settings["files"]:
        markdown = f"## proposal-lint\n\nproposal-lint stopped with exit code {status}; see the job log.\n"
    else:  # no file was planned, or none held a proposal (a docs-only or deletion-only change)
        nothing = "No proposal files changed" if settings.get("changes") else "No proposal files to check"
        markdown = f"## proposal-lint\n\n✅ {nothing}.\n"
    Path(markdown_path).write_text(markdown, encoding="utf-8")
    if settings["sarif"] and not settings["files"]:
        _write_empty_sarif(settings["sarif"])
    sarif = settings["sarif"] if settings["sarif"] and os.path.isfile(settings["sarif"]) else ""
    review_path = suggest(settings, json_path, workdir) if settings.get("suggestions") else ""
    _write_outputs(errors=str(errors), warnings=str(warnings),
                   **{"sarif-file": sarif, "summary-file": markdown_path, "review-file": review_path})
    _summary(markdown)
    if settings["comment"]:
        if settings["pull_request"] is None:
            _command("notice", "comment: true needs a pull_request event; the report is in the step summary")
        else:
            post_comment(settings["pull_request"], comment_body(markdown))
    return status


def suggest(settings: dict, json_path: str, workdir: str) -> str:
    """Post the fixes of the findings on the pull request's changed lines as one review of suggested
    changes; returns the review file (for the fork recipe), or "" when there is no pull request."""
    import requests

    from . import review
    from .comment import ReadOnly

    if settings["pull_request"] is None or not settings.get("base") or not os.path.exists(json_path):
        _command("notice", "suggestions: true needs a pull_request event; nothing to suggest")
        return ""
    report = json.loads(Path(json_path).read_text(encoding="utf-8"))
    found = review.suggestions_on_diff(report, review.diff_ranges(settings["base"], settings["files"]))
    path = os.path.join(workdir, "review.json")
    Path(path).write_text(review.review_file(settings["pull_request"], settings["head_sha"], found), encoding="utf-8")
    try:
        counts = review.upsert_review(os.environ.get("GITHUB_API_URL", "https://api.github.com"),
                                      os.environ["GITHUB_REPOSITORY"], settings["pull_request"],
                                      _input("github-token"), settings["head_sha"],
                                      [review.review_comment(s) for s in found])
    except ReadOnly as error:
        _command("notice", f"cannot post the suggested fixes ({error}); a pull request from a fork gets a read-only "
                           "token: publish the review-file output with the README's workflow_run recipe")
        return path
    except requests.RequestException as error:
        _command("warning", f"cannot post the suggested fixes: {error}")
        return path
    print(f"proposal-lint suggestions: {counts['posted']} posted, {counts['kept']} kept, {counts['deleted']} deleted")
    return path


REVIEW_FILE_LIMIT = 4 * 1024 * 1024


def publish_review(path: str) -> int:
    """In the fork recipe's trusted workflow: post the review file the check saved, on the pull
    request it names, only if that pull request's head is the commit the checking run ran on."""
    import requests

    from . import review
    from .comment import ReadOnly

    try:
        with open(path, "rb") as handle:
            data = handle.read(REVIEW_FILE_LIMIT + 1)
        if len(data) > REVIEW_FILE_LIMIT:
            raise ValueError("the review file is larger than 4 MiB")
        number, head_sha, found = review.read_review_file(data.decode("utf-8"))
    except (OSError, ValueError) as error:
        _command("error", f"cannot read the review file {path}: {error}")
        return 2
    api, repository, token = (os.environ.get("GITHUB_API_URL", "https://api.github.com"),
                              os.environ["GITHUB_REPOSITORY"], _input("github-token"))
    ran_on = (_event().get("workflow_run") or {}).get("head_sha")
    try:
        if head_sha != ran_on or review.head_of(api, repository, number, token) != head_sha:
            _command("error", f"the review file names pull request #{number} at {head_sha}, which is not the "
                              "head the checking run ran on; nothing posted")
            return 1
        counts = review.upsert_review(api, repository, number, token, head_sha,
                                      [review.review_comment(s) for s in found])
    except (ReadOnly, requests.RequestException) as error:
        _command("warning", f"cannot post the suggested fixes on pull request #{number}: {error}")
        return 1
    print(f"proposal-lint suggestions on #{number}: {counts['posted']} posted, {counts['kept']} kept, "
          f"{counts['deleted']} deleted")
    return 0


def _write_empty_sarif(path: str) -> None:
    """A valid SARIF log with no result, where no file was checked (code scanning then closes earlier alerts)."""
    from ...engine.report import Report
    from ...reporting.formats import get_reporter

    try:
        Path(path).write_text(get_reporter("sarif")(Report()), encoding="utf-8")
    except OSError as error:
        _command("warning", f"cannot write the SARIF file {path}: {error}")


def issue() -> int:
    """On `issues` events: check the LFX proposal in the issue's body, comment, optionally label."""
    if os.environ.get("GITHUB_EVENT_NAME") != "issues":
        return 0
    import requests

    from . import issue_body
    from .comment import ReadOnly
    from ..config import ConfigError
    from ...reading.issue_form import FormTemplate, builtin_form
    from ...reading.issue_form.body import looks_like_form_body
    from ...reading.source import Source, decode

    data = _event().get("issue") or {}
    number, repository, token = data.get("number"), os.environ["GITHUB_REPOSITORY"], _input("github-token")
    try:
        options = issue_body.run_options(_flag("offline"), _input("fail-on"), _input("mentor-registry"))
    except ConfigError as error:
        _command("error", str(error))
        return 2
    source = decode(f"issue-{number}.md", (data.get("body") or "").encode("utf-8"))
    form = options.default_template if isinstance(options.default_template, FormTemplate) else builtin_form()
    if not isinstance(source, Source) or not looks_like_form_body(source.text, form):
        print(f"issue #{number} is not an LFX proposal form; nothing to check")
        _write_outputs(errors="0", warnings="0", **{"sarif-file": ""})
        return 0
    try:
        others = issue_body.other_proposals(repository, number, token)
    except (ReadOnly, requests.RequestException) as error:
        _command("warning", f"cannot read the other open proposals ({error}); the checks across proposals are skipped")
        others = []
    report = issue_body.check_body(source, others, options)
    markdown = issue_body.comment_markdown(report, issue_body.corrected_values(source, options))
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    _write_outputs(errors=str(errors), warnings=str(warnings), **{"sarif-file": ""})
    _summary(markdown)
    post_comment(number, comment_body(markdown, issue_body.MARKER), issue_body.MARKER, what="issue")
    if _flag("issue-labels"):
        labels = [label.get("name") for label in data.get("labels") or ()]
        try:
            issue_body.set_validation_label(repository, number, token, errors == 0, labels)
        except (ReadOnly, requests.RequestException) as error:
            _command("warning", f"cannot set the validation label on issue #{number}: {error}")
    return report.exit_code(options.fail_on)
