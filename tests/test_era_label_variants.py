"""Labels an era wrote itself are the era's own words: an info, not a warning (real text:
cncf/mentoring 3442bcca, LFX 2022 Summer; 701d1733, GSoC 2022)."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.engine.lint import lint_paths
from proposal_lint.rules.context import Options

# 3442bcca: the term's project_ideas.md writes `Upstream Issue (URL)` in its block and
# `Upstream Issue` in its Sample, and links the repository's PROJECT_IDEA_TEMPLATE.md, whose Sample
# writes `Issue:`; the README's accepted proposals write `Issue:`.
IDEAS = """# Projects ideas

Project maintainers and mentors, please submit the ideas below using the [template](/PROJECT_IDEA_TEMPLATE.md).

## Template

```
### CNCF Project Name
#### Title

- Description:
- Recommended Skills:
- Mentor(s):
- Upstream Issue (URL):
```
"""

MESHERY = """### Meshery

#### Cloud Native Playground

- Description: Hosted at play.meshery.io, build a unique learning environment for learning modern application networking.
- Recommended Skills: Golang, ReactJS
- Mentor(s): Lee Calcote (@lcalcote)
- Issue: <https://github.com/meshery/play/issues/16>
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/bb6cf95e-bbdc-4b50-8446-45507c9e5a6a
"""


def _label_findings(report):
    return [(d.code, d.severity.label) for d in report.diagnostics if d.code == "PL203"]


def test_the_eras_sample_label_in_a_term_readme_is_an_info(tmp_path):
    term = tmp_path / "lfx-mentorship" / "2022" / "02-Summer"
    term.mkdir(parents=True)
    (term / "project_ideas.md").write_text(IDEAS, encoding="utf-8")
    (term / "README.md").write_text(MESHERY, encoding="utf-8")
    report = lint_paths([str(term / "README.md")], Options(offline=True))
    assert _label_findings(report) == [("PL203", "info")]


def test_a_label_no_sample_of_the_era_wrote_is_still_a_warning(tmp_path):
    term = tmp_path / "lfx-mentorship" / "2022" / "02-Summer"
    term.mkdir(parents=True)
    (term / "project_ideas.md").write_text(IDEAS, encoding="utf-8")
    (term / "README.md").write_text(MESHERY.replace("- Issue:", "- Upstream Isue:"), encoding="utf-8")
    report = lint_paths([str(term / "README.md")], Options(offline=True))
    assert _label_findings(report) == [("PL203", "warning")]


# 701d1733 (GSoC 2022, Kubebuilder): Google's own wording of the size label.
GSOC_2022 = """### Kubebuilder

#### New Grafana dashboard plugin for visualizing controller-runtime metrics

- Description: Develop a Kubebuilder plugin which will generate the manifests required to provide Grafana dashboards.
- Expected outcome: A plugin.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Varsha Prasad (@varshaprasad96)
- Expected size of the project: 175 hours
- Difficulty: Medium
- Upstream Issue (URL): https://github.com/kubernetes-sigs/kubebuilder/issues/2183
"""


def test_the_templates_words_in_another_order_are_an_info():
    found = [(d.code, d.severity.label) for d in lint_text(GSOC_2022, "summerofcode/2022.md") if d.code == "PL203"]
    assert found == [("PL203", "info")]


def test_other_words_of_a_required_field_are_still_a_warning():
    text = GSOC_2022.replace("Recommended Skills", "Recommend Skills")
    found = [(d.line, d.severity.label) for d in lint_text(text, "summerofcode/2022.md") if d.code == "PL203"]
    assert found == [(7, "warning"), (9, "info")]
