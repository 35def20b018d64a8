"""A field written under a malformed label is there: PL203 reports the label where it stands, and
PL201 does not call the field missing (real text: cncf/mentoring)."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.fix.apply import fix_text
from proposal_lint.rules.context import Options

# d3c715cd ("LFX Spring'2022 projects approved"), programs/lfx-mentorship/2022/01-Spring/README.md
CONFORMANCE = """#### Service Mesh Interface

##### Conformance Program

- Description: Ensure that a service mesh is properly configured and that its behavior conforms to official SMI specifications.
- Recommended Skills\\*\\*: Golang, ReactJS, GitHub Actions
- Mentor(s): Lee Calcote ([@lcalcote](https://twitter.com/lcalcote)), [Abhishek Kumar](https://github.com/Abhishek-kumar09)
- Upstream Issue (URL): [https://github.com/servicemeshinterface/smi-spec/issues/70](https://github.com/servicemeshinterface/smi-spec/issues/70)
"""
PATH = "programs/lfx-mentorship/2022/01-Spring/README.md"


def test_escaped_emphasis_after_a_label_is_reported_where_it_stands_not_as_a_missing_field():
    found = [d for d in lint_text(CONFORMANCE, PATH) if d.code in ("PL201", "PL203")]
    assert [(d.code, d.line, d.severity.label) for d in found] == [("PL203", 6, "warning")]
    assert "escaped asterisks" in found[0].message
    fixed = fix_text(CONFORMANCE, PATH, Options(offline=True)).text
    assert "- Recommended Skills: Golang, ReactJS, GitHub Actions" in fixed.split("\n")


# c537bec2 ("two project proposals related to kubernetes"), lfx-mentorship/2021/03-Fall/project_ideas.md
KUBETEST2 = """### Kubernetes

#### Improve SIG-Node testing using Kubetest2

- Description: Kubernetes currently uses Kubetest as the interface for launching and running e2e tests.
- Recommended Skills: Golang, python, bash, unit and feature testing.
- Mentor(s): Davanum Srinivas (@dims), Amit Watve (@amwat)
- Enhancement : https://github.com/kubernetes/enhancements/tree/master/keps/sig-testing/2464-kubetest2-ci-migration
"""

# bedd6445 ("Add Cartography LFX 2025 Fall projects (#1495)"), programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md
CARTOGRAPHY = """### Cartography

#### Make map of Azure and Google Compute Cloud resources

- Description:
[Cartography](https://github.com/cartography-cncf/cartography) makes maps of the cloud.

- Expected Outcome:
  - Design and implement graph schemas for missing Azure and AWS objects in Cartography

- Mentor(s):
  - Alex Chantavy (@achantavy, chantavy@gmail.com)
  - Kunaal Sikka (@kunaals, kunaal@subimage.io)

- Recommended Skills:
  - Python

Upstream issues
- https://github.com/cartography-cncf/cartography/issues/1736
- https://github.com/cartography-cncf/cartography/issues/415
"""


def _codes(text: str, path: str) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in lint_text(text, path) if d.code in ("PL201", "PL206")]


def test_upstream_link_under_another_label_is_reported_there_not_as_missing():
    found = [d for d in lint_text(KUBETEST2, "programs/lfx-mentorship/2021/03-Fall/project_ideas.md")
             if d.code in ("PL201", "PL206")]
    assert [(d.code, d.line) for d in found] == [("PL206", 8)]
    assert "`Enhancement`" in found[0].message


def test_upstream_links_under_a_bare_line_are_reported_there_not_as_missing():
    path = "programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md"
    assert _codes(CARTOGRAPHY, path) == [("PL206", 19)]


def test_a_proposal_without_any_upstream_link_still_misses_the_field():
    path = "programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md"
    text = CARTOGRAPHY.split("Upstream issues")[0]
    assert [code for code, _ in _codes(text, path)] == ["PL201"]
