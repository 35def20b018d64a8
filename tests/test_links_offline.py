"""Offline PL4xx rules beyond the fixture files (tests/fixtures/links/, run by test_fixtures.py):
duplicates across files, what is left to the core rules, and the real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, SEEDS, needs_seeds

from proposal_lint.engine.lint import Options, lint_paths

OFFLINE = Options(offline=True)


def test_duplicate_issue_is_found_within_a_file_not_across_files(tmp_path):
    """A term's README and project_ideas.md hold the same proposals; other terms may reuse an issue."""
    body = "- Description: d\n- Expected Outcome: e\n- Recommended Skills: s\n- Mentor(s):\n" \
           "  - Jane Doe (@janedoe, jane@cncf.io)\n- Upstream Issue: {}\n- LFX URL:\n"
    term = tmp_path / "2024" / "03-Sep-Nov"
    term.mkdir(parents=True)
    ideas, readme, later = term / "project_ideas.md", term / "README.md", tmp_path / "2025.md"
    ideas.write_text("### P\n\n#### One\n\n" + body.format("https://github.com/o/r/issues/1"))
    readme.write_text("### P\n\n#### One\n\n" + body.format("https://github.com/o/r/issues/1") +
                      "\n#### Two\n\n" + body.format("<https://github.com/O/R/issues/1/>"))
    later.write_text("### P\n\n#### Again\n\n" + body.format("https://github.com/o/r/issues/1"))
    found = [d for d in lint_paths([str(ideas), str(readme), str(later)], OFFLINE).diagnostics if d.code == "PL406"]
    assert [(d.path, d.line, d.column) for d in found] == [(str(readme), 20, 20)]
    assert "`One` (line 10)" in found[0].message


def test_missing_or_empty_upstream_issue_is_left_to_the_core_rules(tmp_path):
    path = tmp_path / "p.md"
    path.write_text("### P\n\n#### One\n\n- Description: d\n- Expected Outcome: e\n- Recommended Skills: s\n"
                    "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n- Upstream Issue:\n- LFX URL:\n")
    codes = [d.code for d in lint_paths([str(path)], OFFLINE).diagnostics]
    assert "PL202" in codes and not [c for c in codes if c.startswith("PL4")]


@needs_seeds
def test_real_files_findings():
    """The corpus' known shapes: a PR, a discussion and issue lists flagged; several issues flagged;
    the `[https://...](same)` link and `<...>` autolinks accepted."""
    report = lint_paths([str(SEEDS), str(CORPUS)], OFFLINE)
    found = {(Path(d.path).name, d.line, d.code) for d in report.diagnostics if d.code.startswith("PL4")}
    assert ("gsoc-2025.md", 240, "PL404") in found  # kubebuilder/pull/4302
    assert ("gsoc-2025.md", 338, "PL404") in found  # lima discussions/2007
    assert ("lfx-2022-03-Sept-Nov.project_ideas.md", 103, "PL404") not in found  # KDP/pull/25 beside issue 3483
    assert ("lfx-2021-02-Summer.project_ideas.md", 281, "PL403") in found  # four thanos issues
    assert not any(code in ("PL401", "PL405", "PL407") for _, _, code in found)
    assert not any(name.startswith(("000_", "001_")) for name, _, _ in found)  # the seeds link one issue each


def _schemeless(path: Path) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in lint_paths([str(path)], OFFLINE).diagnostics if d.code == "PL418"]


def test_a_link_to_a_bare_domain_is_reported_and_fixed(tmp_path):
    """cncf/mentoring ec55916e^ (2024/02-Jun-Aug/README.md): `[homepage](cilium.io)` opened a 404 on GitHub
    until a reviewer wrote https:// before it (ec55916e)."""
    from proposal_lint.fix.apply import fix_text

    text = (
        "### Cilium\n\n#### Cilium Technical Outcomes\n\n"
        "- Description: On the Cilium [homepage](cilium.io), we want to document technical outcomes from using Cilium.\n"
        "- Expected Outcome: A section of the Cilium website detailing these technical outcomes.\n"
        "- Recommended Skills: Technical Writing\n"
        "- Mentor(s):\n"
        "    - Paul Arah(paularah, <paul.arah@isovalent.com>)\n"
        "    - Bill Mulligan(xmulligan, <bill.mulligan@isovalent.com>)\n"
        "- Upstream Issue: <https://github.com/cilium/cilium.io/issues/492>\n"
        "- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/9ab5c6dc-4735-4dfb-99c0-d00e86aeae60\n"
    )
    path = tmp_path / "programs/lfx-mentorship/2024/02-Jun-Aug/README.md"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    [(line, column, message)] = _schemeless(path)
    assert (line, column) == (5, 41) and "`https://cilium.io`" in message
    fixed = fix_text(text, str(path), OFFLINE).text
    assert "On the Cilium [homepage](https://cilium.io), we" in fixed and "](cilium.io)" not in fixed


def test_relative_links_to_files_and_links_in_code_are_not_reported(tmp_path):
    """cncf/mentoring cd5d784e: ADMIN_GUIDE.md links `approvers.yml` and `board.json` beside it,
    CONTRIBUTING.md links `README.md`; a link shown in inline code or a fence is not a link."""
    path = tmp_path / "ideas.md"
    description = ("- Description: see [approvers.yml](approvers.yml), [board.json](board.json) and [README](README.md); "
                   "write `[site](demo.io)`, never [site](demo.io).")
    path.write_text(f"### Demo\n\n#### One\n\n{description}\n\n```markdown\n[homepage](cilium.io)\n```\n")
    assert [(line, column) for line, column, _ in _schemeless(path)] == [(5, description.rindex("demo.io") + 1)]


# Upstream Issue lines as mentors wrote them, and what PL404 says of each.
@pytest.mark.parametrize("line, severity", [
    # 3bba68bf (summerofcode/2025.md): the mentor's own proposal, still a WIP pull request
    ("- Upstream Issue: [WIP - Proposal: Automating Operator Maintenance: Driving Better Results with Less Overhead]"
     "(https://github.com/kubernetes-sigs/kubebuilder/pull/4302)", "info"),
    ("- Upstream Issue (URL): https://github.com/lima-vm/lima/discussions/2007", "info"),  # 4248c659
    ("- Upstream Issue (Project URL): https://github.com/open-telemetry/opentelemetry-php/projects/5", "info"),  # ebd6c404
    ("- Upstream Issue: https://github.com/koordinator-sh/koordinator/milestone/19", "info"),  # d855ee08
    ("- Issue: https://github.com/buildpacks/rfcs/blob/master/text/0025-dont-trust-builders.md", "info"),  # 2020 GSoC
    ("- Upstream Issue (URL): https://github.com/Mastercard/Kruise-API", "warning"),  # 86b59dd8: a repository
    ("- Upstream Issue: https://github.com/kube-burner/kube-burner/issues", "warning"),  # the issue list
    ("- Upstream Issue: https://github.com/search?q=Harbor%20CLI&type=repositories", "warning"),
])
def test_a_page_where_the_work_is_tracked_is_an_info_a_wrong_page_a_warning(tmp_path, line, severity):
    path = tmp_path / "ideas.md"
    path.write_text("### Demo\n\n#### One\n\n- Description: d\n- Expected Outcome: e\n- Recommended Skills: s\n"
                    f"- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n{line}\n- LFX URL:\n")
    [finding] = [d for d in lint_paths([str(path)], OFFLINE).diagnostics if d.code == "PL404"]
    assert finding.severity.name.lower() == severity
    assert ("if this project is tracked and discussed there" in finding.message) == (severity == "info")
