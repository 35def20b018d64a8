"""PL112 in the admins' README of a term (its accepted list, beside project_ideas.md) is an info:
the admins accepted the count (cncf/mentoring 19383c7c, KubeStellar's six proposals in the 2025
Term 3 README, each with its LFX URL); in project_ideas.md it stays a warning."""

from __future__ import annotations

from proposal_lint.engine.lint import lint_paths
from proposal_lint.rules.context import Options

BLOCK = """# Project ideas

## Template

```
### CNCF Project Name

#### Mentorship Project Title

- Description:
- Expected Outcome:
- Recommended Skills:
- Mentor(s):
  - Jane Doe (@jane-github, jane@email.address)
- Upstream Issue:
```

## Proposals

"""


def _kubestellar(count: int) -> str:
    return "### KubeStellar\n\n" + "".join(
        f"#### KubeStellar idea {n}\n\n- Description: d{n}\n- Expected Outcome: e\n- Recommended Skills: Go\n"
        f"- Mentor(s):\n  - Ann Lee (@annlee, ann@cncf.io)\n  - Bob Kay (@bobkay, bob@cncf.io)\n"
        f"- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/{n}\n"
        f"- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/{n:08d}-0000-0000-0000-000000000000\n\n"
        for n in range(1, count + 1))


def test_over_quota_is_an_info_in_the_readme_and_a_warning_in_project_ideas(tmp_path):
    term = tmp_path / "programs" / "lfx-mentorship" / "2025" / "03-Sep-Nov"
    term.mkdir(parents=True)
    (term / "project_ideas.md").write_text(BLOCK + _kubestellar(6), encoding="utf-8")
    (term / "README.md").write_text("# LFX Mentorship 2025 Term 3\n\n" + _kubestellar(6), encoding="utf-8")
    report = lint_paths([str(term)], Options(offline=True))
    found = {(d.path.rsplit("/", 1)[-1], d.severity.label) for d in report.diagnostics if d.code == "PL112"}
    assert found == {("README.md", "info"), ("project_ideas.md", "warning")}
