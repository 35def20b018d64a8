"""Issue-form bodies: recognised by themselves, read into the proposal model, checked as cncf's validator does."""

from __future__ import annotations

import pytest
from issue_forms import CUSTOM, PREREQUISITES, SKILLS_SAME, TERM, boxes, export_bodies, render, valid_values

from proposal_lint.core.diagnostics import Severity
from proposal_lint.engine.lint import Options, lint_text
from proposal_lint.reading.issue_form import builtin_form, form_document
from proposal_lint.reading.issue_form.values import lfx_length, lfx_title

VALID = valid_values()
NAME_BUDGET = 100 - lfx_length(lfx_title("Jaeger", "", TERM))
EMOJI = "\U0001F680"  # two UTF-16 code units, as LFX counts it


def body(**changes) -> str:
    return render(VALID, **changes)


def mentors(*lines: str) -> str:
    return "\n".join(lines)


JANE = "Jane Doe | @janedoe | jane@cncf.io | janedoe"
SAM = "Sam Lee | @samlee | sam@cncf.io | samlee"

# (id, body, the codes reported at error severity, the codes reported as warnings)
CASES = [
    ("valid", body(), set(), set()),
    ("project-empty", body(CNCF_Project=""), {"PL202"}, set()),
    ("term-empty", body(Term=""), {"PL202"}, set()),
    ("term-unset-dropdown", body(Term="None"), {"PL202"}, set()),
    ("project-not-an-option", body(CNCF_Project="Jaegar"), {"PL207"}, set()),
    ("name-empty", body(Program_Name=""), {"PL202"}, set()),
    ("name-at-budget", body(Program_Name="n" * NAME_BUDGET), set(), set()),
    ("name-over-budget", body(Program_Name="n" * (NAME_BUDGET + 1)), {"PL210"}, set()),
    ("name-at-budget-trimmed", body(Program_Name="  " + "n" * NAME_BUDGET + "  "), set(), set()),
    ("name-astral-over", body(Program_Name="n" * (NAME_BUDGET - 1) + EMOJI), {"PL210"}, set()),
    ("name-astral-at", body(Program_Name="n" * (NAME_BUDGET - 2) + EMOJI), set(), set()),
    ("description-empty", body(Program_Description=""), {"PL202"}, set()),
    ("description-at-limit", body(Program_Description="d" * 3000), set(), set()),
    ("description-over-limit", body(Program_Description="d" * 3001), {"PL211"}, set()),
    ("description-astral-over", body(Program_Description="d" * 2999 + EMOJI), {"PL211"}, set()),
    ("description-trimmed", body(Program_Description="\n  " + "d" * 3000 + "  \n"), set(), set()),
    ("technologies-empty", body(Technologies=""), {"PL202"}, set()),
    ("skills-neither", body(**{"Skills_same_as_Technologies?": boxes([SKILLS_SAME], [])}), {"PL212"}, set()),
    ("skills-both", body(**{"Required/Desirable_Skills": "Markdown"}), set(), {"PL212"}),
    ("skills-listed", body(**{"Skills_same_as_Technologies?": boxes([SKILLS_SAME], []),
                              "Required/Desirable_Skills": "Markdown"}), set(), set()),
    ("skills-lowercase-x", body(**{"Skills_same_as_Technologies?": f"- [x] {SKILLS_SAME}"}), set(), set()),
    ("mentors-empty", body(Mentors=""), {"PL202"}, set()),
    ("one-mentor", body(Mentors=JANE), set(), {"PL313"}),
    ("four-mentors", body(Mentors=mentors(JANE, SAM, "A B | @ab | ab@cncf.io | ab", "C D | @cd | cd@cncf.io | cd")),
     set(), set()),
    ("five-mentors", body(Mentors=mentors(JANE, SAM, "A B | @ab | ab@cncf.io | ab", "C D | @cd | cd@cncf.io | cd",
                                          "E F | @ef | ef@cncf.io | ef")), {"PL313"}, set()),
    ("two-fields", body(Mentors=mentors(JANE, "Sam Lee | @samlee")), {"PL323", "PL302"}, set()),
    ("five-fields", body(Mentors=mentors(JANE, SAM + " | extra")), {"PL323"}, set()),
    ("no-name", body(Mentors=mentors(JANE, " | @samlee | sam@cncf.io | samlee")), {"PL323"}, set()),
    ("handle-without-at", body(Mentors=mentors(JANE, "Sam Lee | samlee | sam@cncf.io | samlee")), {"PL307"}, set()),
    ("handle-invalid", body(Mentors=mentors(JANE, "Sam Lee | @sam_lee | sam@cncf.io | samlee")), {"PL306"}, set()),
    ("email-invalid", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam-at-cncf.io | samlee")), {"PL308"}, set()),
    ("email-mailto", body(Mentors=mentors(JANE, "Sam Lee | @samlee | mailto:sam@cncf.io | samlee")), set(), {"PL304"}),
    ("email-angle", body(Mentors=mentors(JANE, "Sam Lee | @samlee | <sam@cncf.io> | samlee")), set(), {"PL304"}),
    ("email-link", body(Mentors=mentors(JANE, "Sam Lee | @samlee | [sam@cncf.io](mailto:sam@cncf.io) | samlee")),
     set(), {"PL304"}),
    ("email-placeholder", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@example.com | samlee")), {"PL311"}, set()),
    ("lfid-missing", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io")), {"PL324"}, set()),
    ("lfid-empty", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | ")), {"PL324"}, set()),
    ("lfid-space", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | sam lee")), {"PL325"}, set()),
    ("lfid-at", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | @samlee")), {"PL325"}, set()),
    ("lfid-url", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | https://openprofile.dev/profile/samlee")),
     {"PL325"}, set()),
    # One handle with two emails (or one email with two handles) is also an inconsistency (PL316).
    ("duplicate-handle", body(Mentors=mentors(JANE, "Sam Lee | @JaneDoe | sam@cncf.io | samlee")), {"PL315"}, {"PL316"}),
    ("duplicate-email", body(Mentors=mentors(JANE, "Sam Lee | @samlee | Jane@cncf.io | samlee")), {"PL315"}, {"PL316"}),
    ("duplicate-lfid", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | JaneDoe")), {"PL315"}, set()),
    ("email-double-dot", body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf..io | samlee")), {"PL308"}, set()),
    ("upstream-with-note", body(Upstream_Issue_URL="https://github.com/a/b/issues/1 (umbrella)"), {"PL401"}, set()),
    ("upstream-shorthand", body(Upstream_Issue_URL="a/b#1"), {"PL401"}, {"PL402"}),
    ("upstream-empty", body(Upstream_Issue_URL=""), {"PL202"}, set()),
    ("upstream-not-url", body(Upstream_Issue_URL="the docs issue"), {"PL401"}, set()),
    ("upstream-several", body(Upstream_Issue_URL="https://github.com/a/b/issues/1, https://github.com/a/b/issues/2"),
     {"PL403"}, set()),
    ("challenge-checked-no-url", body(Application_Prerequisites=boxes(PREREQUISITES, ["Coding Challenge"])),
     {"PL213"}, set()),
    ("challenge-checked-bad-url", body(Application_Prerequisites=boxes(PREREQUISITES, ["Coding Challenge"]),
                                       Coding_Challenge_URL="see the docs"), {"PL213"}, set()),
    ("challenge-url-unchecked", body(Coding_Challenge_URL="https://example.org/challenge"), {"PL213"}, set()),
    ("challenge-ok", body(Application_Prerequisites=boxes(PREREQUISITES, ["Coding Challenge"]),
                          Coding_Challenge_URL="https://github.com/jaegertracing/jaeger-ui/issues/1"), set(), set()),
    ("custom-ok", body(Custom_Prerequisites=boxes([CUSTOM], [CUSTOM]), Custom_Prerequisite_Name="n" * 20,
                       Custom_Prerequisite_Description="d" * 500), set(), set()),
    ("custom-name-long", body(Custom_Prerequisites=boxes([CUSTOM], [CUSTOM]), Custom_Prerequisite_Name="n" * 21,
                              Custom_Prerequisite_Description="d"), {"PL211"}, set()),
    ("custom-description-long", body(Custom_Prerequisites=boxes([CUSTOM], [CUSTOM]), Custom_Prerequisite_Name="n",
                                     Custom_Prerequisite_Description="d" * 499 + EMOJI), {"PL211"}, set()),
    ("custom-no-name", body(Custom_Prerequisites=boxes([CUSTOM], [CUSTOM]), Custom_Prerequisite_Description="d"),
     {"PL214"}, set()),
    ("custom-unchecked", body(Custom_Prerequisite_Name="Essay", Custom_Prerequisite_Description="d"), {"PL214"}, set()),
    ("old-form", render({k: v for k, v in VALID.items() if k != "Custom Prerequisites"},
                        Application_Prerequisites=boxes(PREREQUISITES + (CUSTOM,), ["Resume", CUSTOM]),
                        Custom_Prerequisite_Name="Essay", Custom_Prerequisite_Description="Write one."),
     {"PL111"}, set()),
    ("lfx-url-block", body() + "\n<!-- lfx-url:start -->\n### Not a section\nhttps://x <!-- lfx-url:end -->\n", set(), set()),
    ("placeholder-left-in", body(Program_Name="e.g. Add Prometheus Metrics to Control Plane Service"), {"PL501"}, set()),
    # the example's own words, without its `e.g.`, may be a real name (LitmusChaos's 2026 Term 1 program was
    # "Add Prometheus Metrics to LitmusChaos Control Plane Service", the form's example's source)
    ("example-as-value", body(Program_Name="Add Prometheus Metrics to Control Plane Service"), set(), {"PL501"}),
    ("heading-in-description", body(Program_Description="Intro\n\n### Goals\n\nShip it."), set(), {"PL110"}),
    ("form-label-in-description", body(Program_Description="Intro\n\n### Mentors\n\nAsk on Slack."), set(), {"PL110"}),
]


# The cases where cncf's validator (run on the same bodies while these tests were written) says
# valid and proposal-lint says invalid: each is a deliberate difference, listed in the README.
CNCF_DIFFERS = {"email-placeholder", "placeholder-left-in", "project-not-an-option", "email-double-dot"}


def test_every_deliberate_difference_from_cncf_is_in_the_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| Body (test case"):readme.index("Given several bodies")]
    assert {case for case in CNCF_DIFFERS if f"`{case}`" in table} == CNCF_DIFFERS
    assert CNCF_DIFFERS <= {c[0] for c in CASES if c[2]}


def _codes(diagnostics, severity) -> set[str]:
    return {d.code for d in diagnostics if d.severity == severity}


@pytest.mark.parametrize(("text", "errors", "warnings"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_verdicts(text, errors, warnings):
    diagnostics = lint_text(text, "issue.md")
    assert _codes(diagnostics, Severity.ERROR) == errors
    assert _codes(diagnostics, Severity.WARNING) == warnings


def test_the_59_approved_term_3_programs_rendered_as_bodies_have_no_error():
    bodies = export_bodies()
    assert len(bodies) == 59
    for program, text in bodies:
        errors = [d for d in lint_text(text, f"{program['issue_number']}.md") if d.severity == Severity.ERROR]
        assert errors == [], (program["issue_number"], errors)


def test_a_body_becomes_one_proposal_with_fields_and_mentors_at_their_places_in_the_body():
    text = body(Mentors=mentors(JANE, "Sam Lee | @samlee | <sam@cncf.io>"))
    lines = text.split("\n")
    document = form_document(text, "issue.md", None)
    assert document is not None and document.template_source == "form"
    (proposal,) = document.proposals
    assert (proposal.title, proposal.project.name, proposal.term) == ("Native OTLP trace loading", "Jaeger", TERM)
    description = proposal.fields_named("Program Description")[0]
    assert description.value == VALID["Program Description"]
    assert lines[description.label_span.line - 1] == "### Program Description"
    assert (description.value_span.line, description.value_span.column) == (description.label_span.line + 2, 1)
    assert lines[description.value_span.end_line - 1] == "A merged PR."
    skills = proposal.fields_named("Required/Desirable Skills")[0]
    assert skills.value == "" and skills.value_span == skills.label_span
    jane, sam = proposal.fields_named("Mentors")[0].mentors
    assert (jane.name, jane.handle, jane.email, jane.lfid, jane.role) == ("Jane Doe", "janedoe", "jane@cncf.io", "janedoe", "primary")
    assert (sam.email, sam.email_form, sam.lfid, sam.role) == ("sam@cncf.io", "angle", "", "co-mentor")
    line = lines[sam.span.line - 1]
    assert line[sam.handle_span.column - 1:sam.handle_span.end_column] == "@samlee"
    assert line[sam.email_span.column - 1:sam.email_span.end_column] == "<sam@cncf.io>"


def test_diagnostics_point_into_the_body():
    text = body(Mentors=mentors(JANE, "Sam Lee | @samlee | sam@cncf.io | sam lee"))
    (found,) = [d for d in lint_text(text, "issue.md") if d.code == "PL325"]
    line = text.split("\n")[found.line - 1]
    assert line[found.column - 1:found.end_column] == "sam lee"
    assert "openprofile.dev" in found.message


def test_a_heading_inside_the_description_does_not_cut_it():
    text = body(Program_Description="Intro\n\n### Mentors\n\nAsk on Slack.")
    (proposal,) = form_document(text, "issue.md", None).proposals
    assert proposal.fields_named("Program Description")[0].value.endswith("Ask on Slack.")
    assert [m.name for m in proposal.fields_named("Mentors")[0].mentors] == ["Jane Doe", "Sam Lee"]
    (found,) = [d for d in lint_text(text, "issue.md") if d.code == "PL110"]
    assert text.split("\n")[found.line - 1] == "### Mentors"


def test_the_lfx_url_block_is_not_content():
    text = body() + "\n<!-- lfx-url:start -->\n**LFX program:** [x](https://mentorship.lfx.linuxfoundation.org/project/1)\n<!-- lfx-url:end -->\n"
    (proposal,) = form_document(text, "issue.md", None).proposals
    last = proposal.fields[-1]
    assert "lfx-url" not in last.value and last.value.startswith("- [ ]")


def test_an_old_form_body_is_told_which_sections_it_lacks():
    old = render({k: v for k, v in VALID.items() if k != "Custom Prerequisites"})
    (found,) = [d for d in lint_text(old, "issue.md") if d.code == "PL111"]
    assert "`### Custom Prerequisites`" in found.message
    assert old.split("\n")[found.line - 1] == "### Custom Prerequisite Name"


def test_markdown_proposal_files_are_not_taken_for_bodies(real_files):
    for path in real_files:
        assert form_document(path.read_text(encoding="utf-8"), str(path), None) is None, path


def test_the_built_in_form_is_the_current_lfx_form():
    form = builtin_form()
    assert form.label_of("mentors") == "Mentors" and form.field("Mentors").mentors
    assert form.field("Upstream Issue URL").kind == "issue-url"
    assert "Jaeger" in form.field("CNCF Project").allowed and form.field("Term").allowed == (TERM,)
    assert [f.name for f in form.fields if f.required] == [
        "CNCF Project", "Term", "Program Name", "Program Description", "Technologies", "Mentors", "Upstream Issue URL"]


def test_a_form_given_as_template_reads_any_text_as_a_body(tmp_path):
    form = tmp_path / "form.yml"
    form.write_text("body:\n  - type: input\n    id: program_name\n    attributes: {label: Title}\n"
                    "    validations: {required: true}\n  - type: textarea\n    id: notes\n    attributes: {label: Notes}\n")
    from proposal_lint.reading.template_files import resolve_template

    options = Options(template=resolve_template(str(form)))
    assert {d.code for d in lint_text("### Title\n\n_No response_\n", "x.md", options)} == {"PL111", "PL202"}
    assert lint_text("### Title\n\nA title\n\n### Notes\n\n_No response_\n", "x.md", options) == []


def _run(bodies: list[str], options: Options = Options()):
    from proposal_lint.engine.lint import lint_sources
    from proposal_lint.reading.source import Source

    return lint_sources([Source(f"issue-{i}.md", text) for i, text in enumerate(bodies)], options).diagnostics


def _upstream(n: int) -> str:
    return f"https://github.com/jaegertracing/jaeger-ui/issues/{n}"


@pytest.mark.parametrize(("project", "count", "over"), [
    ("Jaeger", 4, False), ("Jaeger", 5, True), ("Kubernetes", 8, False), ("Kubernetes", 9, True)])
def test_a_project_over_its_quota_for_the_term_is_warned_on_each_proposal(project, count, over):
    bodies = [body(CNCF_Project=project, Upstream_Issue_URL=_upstream(n)) for n in range(count)]
    found = [d for d in _run(bodies) if d.code == "PL112"]
    assert len(found) == (count if over else 0)
    if over:
        assert found[0].severity == Severity.WARNING and f"{count} proposals for {TERM}" in found[0].message
        assert bodies[0].split("\n")[found[0].line - 1] == project


def test_quotas_come_from_a_configured_file_keyed_by_org_through_the_project_list(tmp_path):
    quotas, projects = tmp_path / "quotas.yml", tmp_path / "projects.yml"
    quotas.write_text("default_per_project_per_term: 4\noverrides:\n  jaegertracing: 2\n")
    projects.write_text("- name: Jaeger\n  slug: jaeger\n  repo_url: https://github.com/acme/jaeger\n")
    bodies = [body(Upstream_Issue_URL=_upstream(n)) for n in range(3)]
    found = [d for d in _run(bodies, Options(quotas=str(quotas))) if d.code == "PL112"]
    assert len(found) == 3 and "quota of 2" in found[0].message  # the shipped list puts Jaeger in jaegertracing
    moved = Options(quotas=str(quotas), cncf_projects=str(projects))
    assert [d.code for d in _run(bodies, moved) if d.code == "PL112"] == []


def test_another_term_or_project_does_not_count_towards_the_quota():
    bodies = [body(Upstream_Issue_URL=_upstream(n)) for n in range(4)]
    bodies += [body(CNCF_Project="Argo", Upstream_Issue_URL=_upstream(9)),
               body(Term="2027 Term 1 (Mar-May)", Upstream_Issue_URL=_upstream(8))]
    assert [d for d in _run(bodies) if d.code == "PL112"] == []


def test_two_proposals_sharing_an_upstream_issue_are_warned():
    found = [d for d in _run([body(), body(Upstream_Issue_URL=_upstream(4278) + "/")]) if d.code == "PL406"]
    assert [d.path for d in found] == ["issue-1.md"] and "issue-0.md" in found[0].message


def test_a_bad_quotas_file_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from proposal_lint.commands.cli import cli

    issue, quotas = tmp_path / "issue.md", tmp_path / "quotas.yml"
    issue.write_text(body())
    quotas.write_text("overrides: [1, 2]\n")
    (tmp_path / ".proposal-lint.toml").write_text('quotas = "quotas.yml"\n')
    result = CliRunner().invoke(cli, ["check", "--offline", str(issue)])
    assert result.exit_code == 2 and "default_per_project_per_term" in result.output
    quotas.write_text("default_per_project_per_term: 4\n")
    assert CliRunner().invoke(cli, ["check", "--offline", str(issue)]).exit_code == 0


def test_fix_unwraps_mentor_emails_and_mojibake_in_a_body_and_keeps_its_sections():
    from proposal_lint.fix.apply import fix_text

    text = body(Mentors=mentors("Jane Doe | @janedoe | <jane@cncf.io> | jdoe", "Sam Lee | @samlee | mailto:sam@cncf.io | samlee"),
                Program_Description="Caf\u00c3\u00a9 tracing")
    fixed = fix_text(text, "issue.md", Options()).text
    assert fixed == body(Program_Description="Café tracing", Mentors=mentors(
        "Jane Doe | @janedoe | jane@cncf.io | jdoe", "Sam Lee | @samlee | sam@cncf.io | samlee"))


def test_the_cli_reads_a_body_from_a_file_and_takes_a_form_as_template(tmp_path):
    import json

    from click.testing import CliRunner

    from proposal_lint.commands.cli import cli

    issue = tmp_path / "issue.md"
    issue.write_bytes(body(Program_Name="n" * (NAME_BUDGET + 1)).replace("\n", "\r\n").encode())
    result = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--format", "json", str(issue)])
    assert result.exit_code == 1
    (found,) = json.loads(result.stdout)["diagnostics"]
    assert (found["code"], found["line"], found["column"]) == ("PL210", 11, 1)
    bad_form = tmp_path / "form.yml"
    bad_form.write_text("name: not a form\n")
    result = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--template", str(bad_form), str(issue)])
    assert result.exit_code == 2 and "not a GitHub issue form" in result.output
