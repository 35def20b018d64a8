"""A proposal whose title heading is missing: its fields run on under the previous proposal's title.
One finding, at the second field list's first field, saying a title is missing (PL205), and no
duplicate-field, mentor-count or duplicate-mentor finding for the repeated fields."""

import json
import subprocess
import sys

# cncf/mentoring b3ef1f0b^ (programs/lfx-mentorship/2023/03-Sep-Nov/project_ideas.md): the CRI stats KEP
# proposal under `#### Add additional log drivers to conmon-rs`; b3ef1f0b added `#### CRI stats KEP`.
CRIO = """### CRI-O

#### Add additional log drivers to conmon-rs

- Description: conmon-rs is a container monitor written in Rust, used by CRI-O to monitor a container's lifecycle.
- Expected outcome: A JSON log driver and Journald log driver are added to conmon-rs.
- Recommended Skills: Rust, familiarity with containers
- Mentor(s):
  - Peter Hunt, haircommander, pehunt@redhat.com
  - Sascha Grunert, saschagrunert, sgrunert@redhat.com
- Upstream Issue (URL): https://github.com/containers/conmon-rs/issues/1126
{heading}
- Description: [CRI stats KEP](https://github.com/kubernetes/enhancements/issue/2371) is an effort to take the container stats and metrics collection from cAdvisor and move it to the CRI implementations.
- Expected outcome: A test suite verifying the correctness of CRI-O's stats and metrics collection.
- Recommended Skills: Golang, familiarity with containers
- Mentor(s):
  - Peter Hunt, haircommander, pehunt@redhat.com
  - Sohan Kunkerkar, sohankunkerkar, skunkerk@redhat.com
- Upstream Issue (URL): https://github.com/cri-o/cri-o/issues/7175
"""

# cncf/mentoring 040cb13a^ (communitybridge/2020/q2/project_ideas.md), "A section header was missing":
# 040cb13a added `#### Improve Observability`. Tabs after the markers, as written.
KUBEVIRT = """### KubeVirt

#### Kernel boot

-\tDescription: KubeVirt allows to boot from regular (virtual) disks, an alternative booting method is kernel boot.
-\tRecommended Skills: golang, Kubernetes, virtualization
-\tMentor(s): Daniel Belenky (@danielBelenky)
-\tIssue:
\t- https://github.com/kubevirt/kubevirt/issues/2741

{heading}
-\tDescription: KubeVirt is running VMs on Kubernetes; it should expose more metrics about the VMs.
-\tRecommended Skills: golang, Kubernetes
-\tMentor(s): Daniel Belenky (@danielBelenky)
-\tIssue:
\t- https://github.com/kubevirt/kubevirt/issues/3385
"""


def _report(tmp_path, name, text):
    (tmp_path / ".git").mkdir(exist_ok=True)
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--format", "json", str(path)],
                         capture_output=True, text=True, check=False)
    return json.loads(run.stdout)["diagnostics"]


def _check(tmp_path, name, template, line, title):
    found = _report(tmp_path, name, template.format(heading=""))
    structural = [d for d in found if d["code"] in ("PL205", "PL313", "PL315")]
    assert [(d["code"], d["line"]) for d in structural] == [("PL205", line)]
    assert "fields stand under one title" in structural[0]["message"] and "####" in structural[0]["message"]
    fixed = _report(tmp_path, name, template.format(heading=f"\n{title}\n"))
    assert [d for d in fixed if d["code"] in ("PL205", "PL313", "PL315")] == []


def test_lfx_2023_proposal_without_its_title(tmp_path):
    _check(tmp_path, "programs/lfx-mentorship/2023/03-Sep-Nov/project_ideas.md", CRIO, 13, "#### CRI stats KEP")


def test_2020_proposal_without_its_title(tmp_path):
    _check(tmp_path, "communitybridge/2020/q2/project_ideas.md", KUBEVIRT, 12, "#### Improve Observability")
