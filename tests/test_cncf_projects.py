"""The CNCF project list: the shipped copy, a user's own (config or flag), and when it is read at all."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CLEAN_PROPOSAL, ROOT, SHARED, needs

from proposal_lint.commands.cli import main
from proposal_lint.cncf.projects import CncfProjectsError, load_project_list
from proposal_lint.engine.lint import Options, lint_paths
from proposal_lint.cncf.layout import term_year

SHIPPED = load_project_list()
TERM = SHIPPED.updated.year
UPSTREAM_LIST = SHARED / "cncf-mentoring/programs/lfx-mentorship/automation/projects.yml"


def _proposal(project: str, url: str, title: str = "A title") -> str:
    """conftest's clean proposal, under another project heading and title, with another issue."""
    text = CLEAN_PROPOSAL.replace("### Demo", f"### {project}").replace("#### A title", f"#### {title}")
    return text.replace("https://github.com/demo/demo/issues/1", url) + "\n"


def _term_file(tmp_path, text: str, year: int = TERM):
    path = tmp_path / "programs" / "lfx-mentorship" / str(year) / "03-Sep-Nov" / "README.md"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def _codes(path, **options) -> list[tuple[str, int]]:
    report = lint_paths([str(path)], Options(offline=True, **options))
    return [(d.code, d.line) for d in report.diagnostics]


def test_shipped_copy_is_the_upstream_list():
    assert (ROOT / "src/proposal_lint/data/projects.yml").read_bytes() == UPSTREAM_LIST.read_bytes()
    assert len(SHIPPED.projects) == 227 and SHIPPED.updated.isoformat() == "2026-08-03"


@pytest.mark.parametrize(("heading", "project", "subproject"), [
    ("WasmEdge", "WasmEdge Runtime", False),
    ("wasmedge runtime", "WasmEdge Runtime", False),
    ("OSCAL Compass", "OSCAL-COMPASS", False),
    ("OPA", "Open Policy Agent (OPA)", False),
    ("LitmusChaos", "Litmus", False),
    ("Notary", "Notary Project", False),
    ("[kpt](https://kpt.dev/)", "kpt", False),
    ("Headlamp (a Kubernetes UI)", "Headlamp", False),
    ("Knative Functions", "Knative", True),
    ("Kubernetes SIG Docs – Localization Subproject", "Kubernetes", True),
    ("Volcano/AgentCube", "Volcano", False),
])
def test_headings_match_their_project(heading, project, subproject):
    found = SHIPPED.match(heading)
    assert found is not None and (found.project.name, found.subproject) == (project, subproject)


@pytest.mark.parametrize("heading", ["Acme Widgets", "CRI - Container Runtime Interface", "Kube State Metrics", "Open"])
def test_headings_that_name_no_project(heading):
    assert SHIPPED.match(heading) is None


def test_did_you_mean_offers_only_close_names():
    assert SHIPPED.closest("Kyverrno") == "Kyverno"
    assert SHIPPED.closest("Keptn") is None  # archived; `kpt` is not close enough to suggest


def test_orgs_of_a_project_come_from_the_list_and_its_name():
    headlamp = SHIPPED.match("Headlamp").project
    assert headlamp.owns("kubernetes-sigs") and headlamp.owns("headlamp-k8s") and not headlamp.owns("volcano-sh")
    assert SHIPPED.owner("kubernetes-sigs", "headlamp").name == "Headlamp"
    assert SHIPPED.owner("kubernetes-sigs", "kwok") is None  # shared by Kubernetes and Headlamp


@pytest.mark.parametrize(("path", "year"), [
    ("programs/lfx-mentorship/2026/03-Sep-Nov/README.md", 2026),
    ("programs/summerofcode/2020.md", 2020),
    ("corpus/lfx-2021-02-Summer.project_ideas.md", 2021),
    ("/tmp/pytest-of-me/pytest-2031/test_x0/p.md", None),
    ("seeds/000_6bd408278df29d17.txt", None),
])
def test_term_year_from_the_path(path, year):
    assert term_year(path) == year


def test_an_archived_project_in_an_old_term_is_not_reported(tmp_path):
    text = _proposal("Brigade", "https://github.com/brigadecore/brigade/issues/1")
    old = {code for code, _ in _codes(_term_file(tmp_path / "old", text, year=2021))}
    current = {code for code, _ in _codes(_term_file(tmp_path / "current", text))}
    assert "PL105" not in old and "PL105" in current


def test_an_undated_file_is_not_checked(tmp_path):
    path = tmp_path / "proposal.md"
    path.write_text(_proposal("Acme Widgets", "https://github.com/acme/widgets/issues/1"), encoding="utf-8")
    assert _codes(path) == []


def test_a_current_term_is_checked_once_per_heading(tmp_path):
    text = _proposal("Acme Widgets", "https://github.com/acme/widgets/issues/1", "One")
    text += _proposal("Acme Widgets", "https://github.com/acme/widgets/issues/2", "Two").split("\n", 2)[2]
    assert _codes(_term_file(tmp_path, text)) == [("PL105", 1)]


def test_own_list_by_config_key(tmp_path):
    own = tmp_path / "projects.yml"
    own.write_text("# Last updated: 2026-01-01\n- name: Acme Widgets\n  repo_url: https://github.com/acme/widgets\n")
    path = _term_file(tmp_path, _proposal("Acme Widgets", "https://github.com/acme/widgets/issues/1")
                      + _proposal("Kyverno", "https://github.com/kyverno/kyverno/issues/2", "Other"))
    (tmp_path / ".proposal-lint.toml").write_text('cncf-projects = "projects.yml"\n')
    assert main(["check", "--offline", "--fail-on", "warning", "--format", "json", "--output", str(tmp_path / "out.json"), str(path)]) == 1
    report = json.loads((tmp_path / "out.json").read_text())
    assert [(d["code"], d["line"]) for d in report["diagnostics"]] == [("PL105", 14)]


def test_own_list_by_flag_and_a_newer_list_skips_older_terms(tmp_path, capsys):
    own = tmp_path / "projects.yml"
    own.write_text(f"# Last updated: {TERM + 1}-01-01\n- name: Acme Widgets\n")
    path = _term_file(tmp_path, _proposal("Kyverrno", "https://github.com/kyverno/kyverno/issues/1"))
    assert main(["check", "--offline", "--fail-on", "warning", str(path)]) == 1
    assert "did you mean `Kyverno`?" in capsys.readouterr().out
    assert main(["check", "--offline", "--fail-on", "warning", "--cncf-projects", str(own), str(path)]) == 0


@pytest.mark.parametrize(("content", "says"), [
    (None, "cannot read the CNCF project list"),
    ("- name: [unclosed\n", "not valid YAML"),
    ("name: Acme\n", "expected a YAML list of projects"),
    ("- slug: acme\n", "entry 1 has no `name`"),
    ("- name: Acme\n  repo_url: [1]\n", "must be strings"),
])
def test_a_bad_list_exits_2_with_a_clear_message(tmp_path, capsys, content, says):
    own = tmp_path / "projects.yml"
    if content is not None:
        own.write_text(content)
    path = _term_file(tmp_path, _proposal("Kyverno", "https://github.com/kyverno/kyverno/issues/1"))
    assert main(["check", "--offline", "--cncf-projects", str(own), str(path)]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_load_errors_are_value_errors(tmp_path):
    with pytest.raises(CncfProjectsError):
        load_project_list(str(tmp_path / "missing.yml"))


def _imports_yaml(path) -> bool:
    code = ("import sys; from proposal_lint.engine.lint import lint_paths, Options; "
            f"lint_paths([{str(path)!r}], Options(offline=True)); print('yaml' in sys.modules)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "True"


def test_yaml_is_read_only_when_a_rule_needs_the_list(tmp_path):
    one_org = _proposal("Kyverno", "https://github.com/kyverno/kyverno/issues/1")
    undated = tmp_path / "p.md"
    undated.write_text(one_org, encoding="utf-8")
    assert not _imports_yaml(undated)
    assert _imports_yaml(_term_file(tmp_path, one_org))


# cncf/mentoring ff0e130e (summerofcode/2022.md, "Add CAPG to GSOC 2022"): a Kubernetes sub-project as a
# project heading of its own; 83e48b99 ("reorganizing projects - adding Kubernetes section") nested it.
CAPG = """#### Cluster API Provider GCP

##### Improve CAPG by adding more features and support GKE

- Description: [CAPG](https://github.com/kubernetes-sigs/cluster-api-provider-gcp) is a subporject under the SIG-Cluster-LifeCycle
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Carlos Panato (@cpanato), Davanum Srinivas (@dims)
- Upstream Issue (URL): https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/512
"""
ARGO = """### Argo

#### Memoization storage

- Description: d
- Recommended Skills: Golang, Kubernetes, Databases
- Mentor(s): Alex Collins (@alexec), Simon Behar (@simster7)
- Upstream Issue (URL): https://github.com/argoproj/argo-workflows/issues/5183

"""


def _gsoc_2022(tmp_path, text: str):
    path = tmp_path / "programs" / "summerofcode" / "2022.md"
    path.parent.mkdir(parents=True)
    path.write_text("## Project Ideas\n\n" + text, encoding="utf-8")
    return path


def test_a_heading_that_names_a_part_of_a_project_is_reported_in_any_term(tmp_path):
    text = ARGO + CAPG.replace("#### ", "### ", 1)
    path = _gsoc_2022(tmp_path, text)
    [finding] = [d for d in lint_paths([str(path)], Options(offline=True)).diagnostics if d.code == "PL105"]
    assert finding.line == 3 + text.split("\n").index("### Cluster API Provider GCP") and finding.severity.name == "INFO"
    assert "names a part of Kubernetes" in finding.message and "`kubernetes-sigs/cluster-api-provider-gcp`" in finding.message


def test_a_part_nested_under_its_project_is_not_reported(tmp_path):
    path = _gsoc_2022(tmp_path, ARGO + "### Kubernetes\n\n" + CAPG)
    assert [code for code, _ in _codes(path)].count("PL105") == 0


@pytest.mark.parametrize(("heading", "url"), [
    # cncf/mentoring cd5d784e, lfx-mentorship/2023/01-Mar-May/README.md: the project's longer name
    ("Cloud Native Buildpacks", "https://github.com/buildpacks/pack/issues/1594"),
    ("Headlamp", "https://github.com/kubernetes-sigs/headlamp/issues/1"),  # a project in kubernetes-sigs
])
def test_a_heading_that_names_the_project_of_its_org_is_not_a_part(tmp_path, heading, url):
    path = _gsoc_2022(tmp_path, ARGO + _proposal(heading, url))
    assert "PL105" not in [code for code, _ in _codes(path)]


@needs(SHARED / "cncf-mentoring-checkout", "the cncf/mentoring checkout")
def test_the_real_sub_projects_of_a_term_nested_under_their_project_are_not_reported():
    """cd5d784e, 2026/02-Jun-Aug: `#### AgentCube` and `#### kthena` under `### Volcano`."""
    path = SHARED / "cncf-mentoring-checkout/programs/lfx-mentorship/2026/02-Jun-Aug/README.md"
    report = lint_paths([str(path)], Options(offline=True))
    assert not [d for d in report.diagnostics if d.code == "PL105" and d.line in (1736, 1755)]
    assert SHIPPED.home_of("volcano-sh", "agentcube").name == "Volcano"


def test_a_pull_requests_added_part_whose_project_heading_is_outside_the_diff_is_not_reported():
    """cncf/mentoring 3456b3bf added `#### AgentCube` under the README's existing `### Volcano`: the
    added text alone (as `--stdin-filename` checks a PR's proposal) holds no project-level heading."""
    added = (
        "#### AgentCube\n\n##### Support multi-AgentCube Capability\n\n"
        "CNCF - Volcano: AgentCube - Support multi-AgentCube Capability (2026 Term 2)\n\n"
        "- Description: At present, AgentCube launches a single agent for both Code Interpretation and agent runtime.\n"
        "- Expected Outcome:\n  1. Proposal\n  2. Code(Including Unit test and E2E test)\n"
        "- Recommended Skills:\n  - Go, Kubernetes, agent\n"
        "- Mentor(s):\n  - Zhonghu xu(@hzxuzhonghu, zhhxu2011@gmail.com),\n"
        "  - ZhenCheng Li(@LiZhenCheng9527, lizhencheng6@huawei.com),\n"
        "- Upstream Issue: https://github.com/volcano-sh/agentcube/issues/301\n"
        "- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/9e7dd1c1-5d14-4c5e-af43-83454099e490\n"
    )
    name = "programs/lfx-mentorship/2026/02-Jun-Aug/README.md"
    run = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "json",
                          "--stdin-filename", name, "-"], input=added, capture_output=True, text=True)
    codes = [d["code"] for d in json.loads(run.stdout)["diagnostics"]]
    assert "PL105" not in codes
    alone = added.replace("#### AgentCube", "### AgentCube").replace("##### Support", "#### Support")
    run = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "json",
                          "--stdin-filename", name, "-"], input=alone, capture_output=True, text=True)
    assert "PL105" in [d["code"] for d in json.loads(run.stdout)["diagnostics"]]
