"""The maintainer's view on the real 2026 Term 3 directory and other real terms: `summary`, `export`,
the term-files check (PL120-PL124) and the quota (PL112) on Markdown terms."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from collections import Counter

import pytest
from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL, CORPUS, SHARED, needs
from issue_forms import export_bodies

from proposal_lint.commands.cli import cli
from proposal_lint.rules.context import Options
from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.engine.lint import lint_paths
from proposal_lint.cncf.export_files import read_export_json, read_tracking_csv
from proposal_lint.cncf.layout import name_of_term, place_of

TERM = SHARED / "cncf-mentoring/programs/lfx-mentorship/2026/03-Sep-Nov"
README = TERM / "README.md"
EXPORT = json.loads((TERM / "lfx-export.json").read_text(encoding="utf-8")) if TERM.exists() else {"programs": []}
BY_NAME = {p["program_name_full"]: p for p in EXPORT["programs"]}
GSOC_2026 = CORPUS / "gsoc-2026.md"
LFX_2025_T3 = SHARED / "cncf-mentoring/programs/lfx-mentorship/2025/03-Sep-Nov/README.md"
# What a README cannot say, so `export` leaves it None: the issue behind each program, the mentors'
# LF usernames, the application prerequisites (all three live in the issue-form bodies only).
README_UNKNOWN = {"issue_number", "issue_url", "prerequisites"}
TERM_FILE_CODES = {"PL120", "PL121", "PL122", "PL123", "PL124"}

pytestmark = needs(TERM, "the 2026 Term 3 directory of cncf-mentoring")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def summary() -> dict:
    result = invoke("summary", "--offline", "--isolated", "--format", "json", str(TERM))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_summary_lists_every_program_under_its_project(summary):
    (term,) = summary["terms"]
    assert term["term"] == "2026 Term 3 (Sep-Nov)"
    listed = Counter({p["project"]: p["proposals_count"] for p in term["projects"]})
    assert listed == Counter(p["cncf_project"] for p in EXPORT["programs"])
    titles = {(p["project"], row["title"]) for p in term["projects"] for row in p["proposals"]}
    assert titles == {(p["cncf_project"], p["program_name_short"]) for p in EXPORT["programs"]}
    assert len(titles) == 59


def test_summary_counts_against_the_quota_and_says_offline_state_is_unknown(summary):
    projects = {p["project"]: p for p in summary["terms"][0]["projects"]}
    assert (projects["Headlamp"]["quota"], projects["Headlamp"]["over_quota"]) == (4, True)
    assert (projects["Kubernetes"]["quota"], projects["Kubernetes"]["over_quota"]) == (8, False)
    assert sum("PL112" in row["codes"] for row in projects["Headlamp"]["proposals"]) == 1  # one per project heading
    rows = [row for p in projects.values() for row in p["proposals"]]
    assert {row["upstream_state"] for row in rows} == {"unknown"}
    assert {row["lfx_status"] for row in rows} == {"set"}
    jaeger = {m["github_handle"] for p in EXPORT["programs"] if p["cncf_project"] == "Jaeger" for m in p["mentors"]}
    assert projects["Jaeger"]["mentors"] == len(jaeger)


def test_summary_text_and_markdown_show_the_same_table():
    text = invoke("summary", "--offline", "--isolated", "--format", "text", str(README)).stdout
    markdown = invoke("summary", "--offline", "--isolated", "--format", "markdown", str(README)).stdout
    assert markdown.startswith("### 2026 Term 3 (Sep-Nov)\n")
    assert "| Headlamp | 5/4 over | " in markdown and markdown.count("\n| ") == 59 + 1
    assert all(p["program_name_short"][:20] in text for p in EXPORT["programs"])  # titles cut to 100 columns
    assert "Headlamp  5/4 over" in text
    words = " ".join(text.split())
    assert "over quota: Headlamp" in words and "upstream issue state unknown (offline)" in words


def test_summary_on_a_pipe_never_imports_richs_console():
    probe = ("import sys, contextlib, io\nfrom proposal_lint.commands.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             f"    main(['summary', '--offline', '--isolated', {str(README)!r}])\n"
             "print('rich.console' in sys.modules or 'rich.table' in sys.modules)\n")
    process = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "False"


def _mentors_without_lfid(program: dict) -> list[dict]:
    return [{**m, "lfid": None} for m in program["mentors"]]


def test_export_lfx_json_reproduces_the_export_field_by_field_from_the_readme():
    result = invoke("export", "--isolated", "--to", "lfx-json", str(README))
    assert result.exit_code == 0, result.output
    exported = json.loads(result.stdout)
    assert (exported["_term"], exported["_count"]) == (EXPORT["_term"], 59)
    for program in exported["programs"]:
        expected = BY_NAME[program["program_name_full"]]
        assert set(program) == set(expected)
        for key in expected:
            if key in README_UNKNOWN:
                assert program[key] is None, key
            elif key == "mentors":  # an LF username is not in the README
                assert program[key] == _mentors_without_lfid(expected)
            else:
                assert program[key] == expected[key], (program["program_name_full"], key)
    assert {p["program_name_full"] for p in exported["programs"]} == set(BY_NAME)


def test_export_lfx_json_from_the_issue_bodies_reproduces_every_field(tmp_path):
    for program, body in export_bodies():
        (tmp_path / f"{program['issue_number']}.md").write_text(body, encoding="utf-8")
    result = invoke("export", "--isolated", "--to", "lfx-json", str(tmp_path))
    assert result.exit_code == 0, result.output
    exported = {p["program_name_full"]: p for p in json.loads(result.stdout)["programs"]}
    assert set(exported) == set(BY_NAME)
    for name, expected in BY_NAME.items():
        prerequisites = {k: v for k, v in expected["prerequisites"].items() if k != "standard_courses"}
        assert exported[name] == {**expected, "prerequisites": prerequisites}, name


def test_export_lfx_csv_has_the_tracking_csv_columns_and_mentors():
    result = invoke("export", "--isolated", "--to", "lfx-csv", str(README))
    ours = list(csv.DictReader(io.StringIO(result.stdout)))
    with open(TERM / "lfx-tracking.csv", encoding="utf-8", newline="") as handle:
        theirs = {row["PROJECT"]: row for row in csv.DictReader(handle)}
    assert len(ours) == 59 and {row["PROJECT"] for row in ours} == set(theirs)
    compared = ["LFX URL", "Upstream issue", "mentor count"] + [
        f"Mentor {n}{part}" for n in range(1, 5) for part in ("", " GitHub", " email address")]
    for row in ours:
        assert {k: row[k] for k in compared} == {k: theirs[row["PROJECT"]][k] for k in compared}
        assert all(row[f"Mentor {n} LFID"] == "" for n in range(1, 5))


@needs(GSOC_2026, "the GSoC 2026 corpus file")
@pytest.mark.parametrize("path", [GSOC_2026, LFX_2025_T3], ids=["gsoc-2026", "lfx-2025-term-3"])
def test_summary_and_export_work_the_same_on_markdown_terms(path, tmp_path):
    report = lint_paths([str(path)], Options(offline=True))
    errors = {(d.path, d.proposal) for d in report.diagnostics if d.severity.label == "error" and d.proposal}
    summary = json.loads(invoke("summary", "--offline", "--isolated", "--format", "json", str(path)).stdout)
    (term,) = summary["terms"]
    assert term["term"] == name_of_term(place_of(str(path)))
    assert sum(p["proposals_count"] for p in term["projects"]) == report.proposals
    assert sum(row["errors"] > 0 for p in term["projects"] for row in p["proposals"]) == len(errors)
    out = tmp_path / "export.json"
    result = invoke("export", "--isolated", "--to", "lfx-json", "-o", str(out), str(path))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["_count"] == report.proposals - len(errors)
    assert result.exit_code == (1 if errors else 0)
    assert result.stderr.count("left out") == len(errors)
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]  # the atomic write left nothing behind
    flat = list(csv.DictReader(io.StringIO(
        invoke("export", "--isolated", "--include-invalid", "--to", "csv", str(path)).stdout)))
    assert len(flat) == report.proposals and all(row["term"] == term["term"] for row in flat)
    assert not [p["project"] for p in term["projects"] if "](" in p["project"]]  # `### [kpt](https://kpt.dev/)` is kpt


def _term_copy(tmp_path):
    copy = tmp_path / "programs/lfx-mentorship/2026/03-Sep-Nov"
    shutil.copytree(TERM, copy)
    return copy


def _term_file_findings(directory) -> list:
    report = lint_paths([str(directory)], Options(offline=True))
    return [d for d in report.diagnostics if d.code in TERM_FILE_CODES]


def test_the_real_term_directory_is_consistent():
    assert _term_file_findings(TERM) == []


def _line_of(path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if text in line)


def test_each_planted_difference_is_one_finding_where_it_sits(tmp_path):
    copy = _term_copy(tmp_path)
    export, tracking, readme = copy / "lfx-export.json", copy / "lfx-tracking.csv", copy / "README.md"
    text = export.read_text(encoding="utf-8")
    export.write_text(text.replace('"github@ysh.us"', '"yuri@example.org"', 1), encoding="utf-8")
    rows = tracking.read_text(encoding="utf-8").split("\n")
    dropped = next(row for row in rows if row.startswith("CNCF - Kmesh:"))
    lfx_changed = next(row for row in rows if row.startswith("CNCF - Harbor:"))
    old_url = lfx_changed.split(",")[1]
    rows = [row.replace(old_url, old_url[:-4] + "0000") if row is lfx_changed else row
            for row in rows if row is not dropped]
    tracking.write_text("\n".join(rows), encoding="utf-8")
    readme.write_text(readme.read_text(encoding="utf-8").replace("(@kairoaraujo,", "(@kairo-araujo,"),
                      encoding="utf-8")
    found = sorted((d.code, d.path.rsplit("/", 1)[-1], d.line) for d in _term_file_findings(copy))
    assert found == sorted([
        ("PL122", "lfx-export.json", _line_of(export, "yuri@example.org")),
        ("PL120", "README.md", _line_of(readme, "#### Develop MCP Server for AI-Native Kmesh")),
        ("PL123", "lfx-tracking.csv", _line_of(tracking, old_url[:-4] + "0000")),
        # the renamed handle: missing from both export files, and theirs missing from the README
        ("PL121", "README.md", _line_of(readme, "(@kairo-araujo,")),
        ("PL121", "README.md", _line_of(readme, "(@kairo-araujo,")),
        ("PL121", "lfx-export.json", _line_of(export, '"github_handle": "kairoaraujo"') - 2),
        ("PL121", "lfx-tracking.csv", _line_of(tracking, ",kairoaraujo,")),
    ])


def test_a_program_only_in_an_export_file_is_found_there_with_its_column(tmp_path):
    copy = _term_copy(tmp_path)
    tracking = copy / "lfx-tracking.csv"
    extra = 'CNCF - Jaeger: "Quoted, with a comma" (2026 Term 3),https://mentorship.lfx.linuxfoundation.org/project/x\n'
    tracking.write_text(tracking.read_text(encoding="utf-8") + '"' + extra.split(",h")[0].replace('"', '""')
                        + '",h' + extra.split(",h")[1], encoding="utf-8")
    (finding,) = _term_file_findings(copy)
    assert (finding.code, finding.line, finding.column) == ("PL120", 61, 1)
    assert "Quoted, with a comma" in finding.message


def test_an_unreadable_export_file_is_an_error_at_the_broken_place(tmp_path):
    copy = _term_copy(tmp_path)
    export = copy / "lfx-export.json"
    lines = export.read_text(encoding="utf-8").split("\n")
    lines[9] = lines[9].rstrip(",")  # a missing comma after a value of the first program
    export.write_text("\n".join(lines), encoding="utf-8")
    (finding,) = _term_file_findings(copy)
    assert (finding.code, finding.severity.label, finding.line) == ("PL124", "error", 11)
    assert "not valid JSON" in finding.message


def test_json_and_csv_positions_point_at_the_values():
    export_lines = (TERM / "lfx-export.json").read_text(encoding="utf-8").split("\n")
    tracking_lines = (TERM / "lfx-tracking.csv").read_text(encoding="utf-8").split("\n")
    for term_file, lines, written in ((read_export_json(str(TERM / "lfx-export.json")), export_lines, json.dumps),
                                      (read_tracking_csv(str(TERM / "lfx-tracking.csv")), tracking_lines, str)):
        assert len(term_file.programs) == 59
        for program in term_file.programs:
            for located in (program.full_name, program.lfx_url,
                            *(x for m in program.mentors for x in (m.name, m.handle, m.email))):
                span = located.span
                text = lines[span.line - 1][span.column - 1:span.end_column]
                assert text in (written(located.value), f'"{located.value}"'), (located, text)


@pytest.mark.parametrize(("path", "term"), [
    ("programs/lfx-mentorship/2026/03-Sep-Nov/README.md", "2026 Term 3 (Sep-Nov)"),
    ("programs/lfx-mentorship/2021/01-Spring/project_ideas.md", "2021 Term 1 (Spring)"),
    ("programs/lfx-mentorship/2020/q3-q4/README.md", "2020 Term 3"),
    ("programs/summerofcode/2024.md", "GSoC 2024"),
    ("notes/ideas.md", None),
])
def test_a_term_file_path_names_its_term(path, term):
    assert name_of_term(place_of(path)) == term


def _over_quota(path) -> dict[str, int]:
    """Project -> the proposal count its PL112 finding gives; one finding per project heading."""
    report = lint_paths([str(path)], Options(offline=True))
    found = [d for d in report.diagnostics if d.code == "PL112"]
    assert len(found) == len({(d.path, d.line) for d in found})
    return {d.project: int(re.search(r"has (\d+) proposals", d.message).group(1)) for d in found}


@needs(LFX_2025_T3, "the 2025 Term 3 README")
def test_quota_on_markdown_terms_warns_only_over_the_quota_of_the_era():
    assert _over_quota(README) == {"Headlamp": 5}  # quotas.yml: 4 since 2026 Term 3
    assert _over_quota(LFX_2025_T3) == {"KubeStellar": 6}  # the call's 4-5: KubeEdge's 5 are within
    assert _over_quota(SHARED / "cncf-mentoring/programs/lfx-mentorship/2024/03-Sep-Nov/README.md") == {}
    assert _over_quota(SHARED / "cncf-mentoring/programs/summerofcode/2024.md") == {}


def test_online_summary_gives_each_upstream_issue_its_state(tmp_path, monkeypatch):
    from links_servers import LoopbackServer, proposal_file
    from test_links_github import GH, ISSUES, TOKEN, FakeGitHub

    from proposal_lint.reporting.term_view import term_views

    path = tmp_path / "ideas.md"
    path.write_text(proposal_file([f"{GH}/o/r/issues/{n}" for n in (1, 2, 3, 4, 99)]), encoding="utf-8")
    with LoopbackServer({"/api/graphql": FakeGitHub(ISSUES, {"janedoe"})}) as server:
        monkeypatch.setenv("PL_TOKEN", TOKEN)
        monkeypatch.delenv("GITHUB_GRAPHQL_URL", raising=False)
        monkeypatch.setenv("GITHUB_API_URL", server.url("/api"))
        report = lint_paths([str(path)], Options(offline=False, links=LinkSettings(use_cache=False, github_token_env="PL_TOKEN", allow_hosts=(r"127\.0\.0\.1",))))
    (view,) = term_views(report)
    assert [row.upstream_state for row in view.proposals] == ["open", "closed", "pull-request", "moved", "dead"]


def test_the_rich_table_holds_every_project_and_escapes_markup(tmp_path):
    from rich.console import Console

    from proposal_lint.reporting.formats.summary import to_rich
    from proposal_lint.reporting.term_view import term_views

    path = tmp_path / "ideas.md"
    path.write_text(CLEAN_PROPOSAL.replace("### Demo", "### [bold]Demo"), encoding="utf-8")
    out = io.StringIO()
    to_rich(term_views(lint_paths([str(path)], Options(offline=True))), Console(file=out, width=300))
    assert "[bold]Demo" in out.getvalue() and "A title" in out.getvalue()


def test_a_tracking_csv_without_the_mentor_columns_is_unreadable_not_a_flood_of_differences(tmp_path):
    copy = _term_copy(tmp_path)
    tracking = copy / "lfx-tracking.csv"
    rows = list(csv.reader(io.StringIO(tracking.read_text(encoding="utf-8"))))
    tracking.write_text("\n".join(",".join(row[:3]) for row in rows), encoding="utf-8")
    (finding,) = _term_file_findings(copy)
    assert (finding.code, finding.line, finding.path) == ("PL124", 1, str(tracking))
    assert "Mentor 1 GitHub" in finding.message


def test_summary_and_export_say_which_input_they_could_not_read(tmp_path):
    missing = str(tmp_path / "nope.md")
    for command in (["summary", "--offline"], ["export", "--to", "csv"]):
        result = invoke(*command, "--isolated", missing)
        assert result.exit_code == 2 and f"{missing}: PL001" in result.stderr
