"""PL115 in-page-link-target: table-of-contents links against GitHub's heading anchors, on text of
cncf/mentoring's history."""

import json
import subprocess
import sys

import pytest

from proposal_lint.reading.anchors import heading_anchors, slug

HARBOR = (
    "- [Harbor](#harbor)\n"
    "  - [Regex replication rules](#regex-replication-rules)\n"
    "  - [Implement per project and/or for the whole instance vulnerability overview]({anchor})\n"
    "\n### Harbor\n\n#### Regex replication rules\n\n- Description: Replicate by regex.\n\n"
    "##### Implement per project and/or for the whole instance vulnerability overview\n\n"
    "- Description: Design, plan and implement an and UI and backend to be able to visualize per project and/or "
    "for the registry vulnerability overview\n"
)


def _pl115(tmp_path, text, name="programs/lfx-mentorship/2023/01-Mar-May/README.md"):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--select", "PL115",
                          "--format", "json", str(path)], capture_output=True, text=True, check=False)
    return [(d["line"], d["severity"], d["message"]) for d in json.loads(run.stdout)["diagnostics"]]


def test_an_anchor_github_does_not_make_is_reported_with_the_right_one(tmp_path):
    """cncf/mentoring ad98c904 ("correcting ToC link", lfx-mentorship/2023/01-Mar-May/README.md): `and/or`
    makes `andor` in GitHub's anchor, not `and-or`."""
    found = _pl115(tmp_path, HARBOR.format(anchor="#implement-per-project-and-or-for-the-whole-instance-vulnerability-overview"))
    assert [(line, severity) for line, severity, _ in found] == [(3, "warning")]
    assert "#implement-per-project-andor-for-the-whole-instance-vulnerability-overview" in found[0][2]
    assert _pl115(tmp_path, HARBOR.format(anchor="#implement-per-project-andor-for-the-whole-instance-vulnerability-overview")) == []


def test_a_link_whose_text_names_another_heading_is_reported(tmp_path):
    """The entry's text is one proposal, its anchor another's (the ad98c904 file's shape)."""
    found = _pl115(tmp_path, HARBOR.format(anchor="#regex-replication-rules"))
    assert [(line, severity) for line, severity, _ in found] == [(3, "warning")]
    assert "line 11" in found[0][2] and "#implement-per-project-andor" in found[0][2]


def test_a_dash_collapsing_generator_s_anchor_is_an_info(tmp_path):
    """cncf/mentoring cd5d784e (summerofcode/2026.md): `Drasi & Dapr` is `drasi--dapr` on GitHub; the
    generated table of contents writes `drasi-dapr`."""
    text = ("* [Reactive Agents with Drasi & Dapr](#reactive-agents-with-drasi-dapr)\n\n### Drasi\n\n"
            "#### Reactive Agents with Drasi & Dapr\n\n- Description: Agents.\n")
    found = _pl115(tmp_path, text, "programs/summerofcode/2026.md")
    assert [(line, severity) for line, severity, _ in found] == [(1, "info")]
    assert "#reactive-agents-with-drasi--dapr" in found[0][2]


@pytest.mark.parametrize("heading, anchor", [
    ("Support OpenMetrics `_created` timestamp in Prometheus",  # summerofcode/2023.md, cd5d784e
     "support-openmetrics-_created-timestamp-in-prometheus"),
    ("Move2Kube: Compile Move2Kube to WASM/WASI and run it in the browser",
     "move2kube-compile-move2kube-to-wasmwasi-and-run-it-in-the-browser"),
    ("[KubeEdge](https://kubeedge.io) **sedna** _edge_ snake_case", "kubeedge-sedna-edge-snake_case"),
])
def test_github_anchors(heading, anchor):
    assert slug(heading) == anchor


def test_repeated_headings_are_numbered():
    assert heading_anchors("## Headlamp\n\ntext\n\n## Headlamp\n") == {"headlamp": 1, "headlamp-1": 5}
