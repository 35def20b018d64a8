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
