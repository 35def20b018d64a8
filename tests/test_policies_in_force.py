"""A policy applies from the term in which it was written, and each GSoC year answers to its own
template. Real text from cncf/mentoring's history, laid out at the path it had there."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.core.template import builtin_template, era_template

# programs/lfx-mentorship/2026/01-Mar-May/README.md at cb38541d ("Add Tarek Abouzeid ... as co-mentor",
# 2026-01-27): five mentors, in a term before cncf wrote "one primary mentor and up to three
# co-mentors" (programs/lfx-mentorship/README.md, 9d882510, 2026-06-25, for 2026 Term 3).
HEADLAMP_KUBEFLOW = """\
### Headlamp

#### Add Kubeflow to Headlamp: Machine Learning Workflow Management UI

CNCF - Headlamp: Add Kubeflow to Headlamp: ML workflow management UI (2026 Term 1)

- Description:
 Build a Headlamp plugin to surface Kubeflow resources (Pipelines, Katib, PipelineRuns, Notebooks, TFJob/PyTorchJob/TrainJob, Spark) so operators and ML engineers can discover, monitor, and manage ML workloads alongside standard K8s resources. Link to Kubeflow UIs when deeper functionality is needed.

- Expected Outcome:
  - New Kubeflow sidebar with cross-namespace lists for Pipelines (Experiments, Runs), Katib experiments, Notebook servers, Training and Spark jobs.
  - Outreach: README/User Guide and a demo blog post with screenshots.

- Recommended Skills:
  - TypeScript + React

- Mentor(s):
  - Rene Dudfield (@illume, renedudfield@microsoft.com)
  - Adwait Godbole (@adwait-godbole, adwaitngodbole@gmail.com)
  - Santhosh Nagaraj (@yolossn, sannagaraj@microsoft.com)
  - Ashu Ghildiyal (@ashu8912, ashu.ghildiyal@microsoft.com)
  - Tarek Abouzeid (@tarekabouzeid, tarek.abouzeid91@gmail.com)

- Upstream Issue:  
  - https://github.com/kubernetes-sigs/headlamp/issues/3710
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/abe20383-80fd-496c-8a5a-453fcb732f55
"""

# The added text of ddf586cd ("Add Knative GSoC ideas", 2023-01-25) to summerofcode/2023.md, whose
# Template block (4ff8cc33) asks `Mentor(s): (Name, github, email)`; 1e8bdfac ("Add emails for some
# Knative mentors") added the missing emails a week later.
KNATIVE_2023 = """\
### Knative

#### Multiple Knative Eventing control planes

- Description: We see more users asking for complete isolation in Knative Eventing deployments. While there are Knative Eventing components that support isolated data planes, we are interested in to see isolated control planes as well.
- Expected outcome: Finding issues blocking multiple control planes, and possibly fixing them.
- Recommended Skills: Golang, Kubernetes, Knative, Kubernetes Controllers
- Mentor(s):  Ali Ok @aliok
- Expected project size: 350h
- Difficulty: Hard
- Upstream Issue (URL): https://github.com/knative/eventing/issues/6601
"""


def _codes(text: str, path: str, code: str) -> list[str]:
    return [f"{d.severity.name.lower()} {d.message}" for d in lint_text(text, path) if d.code == code]


def test_the_mentor_cap_does_not_apply_before_the_term_it_was_written_for():
    assert _codes(HEADLAMP_KUBEFLOW, "programs/lfx-mentorship/2026/01-Mar-May/README.md", "PL313") == []
    from_then_on = _codes(HEADLAMP_KUBEFLOW, "programs/lfx-mentorship/2026/03-Sep-Nov/README.md", "PL313")
    assert len(from_then_on) == 1 and from_then_on[0].startswith("error 5 mentors listed")


def test_a_policy_carries_the_term_it_starts_in():
    policy = builtin_template("lfx").mentors
    assert policy.in_force((2026, 3)).max == 4
    before = policy.in_force((2026, 1))
    assert before.max is None and before.source("preferred") is None
    assert era_template("gsoc", (2024, 0)).mentors.in_force((2024, 0)).min == 2


def test_gsoc_2023_asks_each_mentor_for_an_email_but_no_primary_mentor():
    path = "programs/summerofcode/2023.md"
    missing = _codes(KNATIVE_2023, path, "PL302")
    assert len(missing) == 1 and "`Ali Ok` has no email" in missing[0]
    assert _codes(KNATIVE_2023, path, "PL314") == []
    assert _codes(KNATIVE_2023, "programs/summerofcode/2022.md", "PL302") == []  # 2022 asked for none


# lfx-mentorship/2021/01-Spring/README.md at 04a93b17, lines 27-34: an umbrella project's issue lists,
# under a template that wrote `Upstream Issue (URL):` and left it open (PROJECT_IDEA_TEMPLATE.md and
# every term's block until 2023 Term 1's, 67f237cb, which writes the field with one issue link).
CSI_2021 = """\
#### Kubernetes

##### SIG Storage

###### [Kubernetes working group for CSI driver](https://mentorship.lfx.linuxfoundation.org/project/51cb21c9-62eb-4e1c-9897-08e554a78b32)

- Description: SContainer Storage Interface (CSI) is a standard for exposing storage systems to containerized workloads on Kubernetes. The idea is to enhance a few CSI features(e.g. NFS, SMB) and also add e2e, sanity tests to cover those features, e.g. inline volume support, Windows support etc.
- Recommended Skills: golang, Kubernetes
- Mentors: Andy Zhang (@andyzhangx)
- Upstream Issue (URL):
  - https://github.com/kubernetes-csi/csi-driver-nfs/issues
  - https://github.com/kubernetes-csi/csi-driver-smb/issues?q=is%3Aissue+label%3A%22help+wanted%22
"""


def test_an_issue_list_is_an_info_before_the_template_asked_for_one_issue():
    before = _codes(CSI_2021, "lfx-mentorship/2021/01-Spring/README.md", "PL404")
    assert [finding.split(" ")[0] for finding in before] == ["info", "info"]
    assert "left `Upstream Issue (URL)` open" in before[0]
    gsoc = _codes(CSI_2021, "programs/summerofcode/2019.md", "PL404")
    assert [finding.split(" ")[0] for finding in gsoc] == ["info", "info"]
    later = _codes(CSI_2021, "programs/lfx-mentorship/2023/01-Mar-May/README.md", "PL404")
    assert [finding.split(" ")[0] for finding in later] == ["warning", "warning"]
