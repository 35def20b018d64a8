"""A project heading one level below the projects of its file, under another CNCF project's heading,
is that project's heading one level off (PL102); a Kubernetes sub-project under `### Kubernetes` is
not. Real text from cncf/mentoring's history, at the path it had."""

from __future__ import annotations

from proposal_lint import lint_paths
from proposal_lint.rules.context import Options

# lfx-mentorship/2023/01-Mar-May/README.md at d99d9ada ("LFX Spring 2023: meshery, tag-network, smp"),
# KubeEdge's section with the Meshery block that commit added under it. `#### Meshery` is still there
# at cd5d784e; kube-burner's `####` under `### Kyverno` in 2025 Term 3 (24a3265d) is the same slip.
KUBEEDGE_AND_MESHERY = "### KubeEdge\n\n#### Design and implement the KubeEdge Dashboard\n\n- Description: Users now can use K8s API or Kubectl to talk to KubeEdge, in this project we will design and implement the KubeEdge dashboard, so users can talk to KubeEdge cluster through UI.\n- Expected Outcome: Create the KubeEdge dashboard, users can view and operate the resource through UI.\n- Recommended Skills: JS, Kubernetes, KubeEdge, Html\n- Mentors: Vincent Lin (@vincentgoat, linguohui1@huawei.com), Fisher Xu (@fisherxu, fisherxu1@gmail.com)\n- Upstream Issue: https://github.com/kubeedge/dashboard/issues/1\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/4d9d8e17-8484-4c3e-9210-bb911633f57c\n\n\n#### Re-design and implement the KubeEdge website\n\n- Description: KubeEdge's website has been running for a few years, and now we have more customer cases and more developer courses, so this project will update KubeEdge's website, with more readable documents on the homepage, covering user cases, developer courses, etc.\n- Expected Outcome: The website has more readable documentation, covering user cases, developer courses, etc.\n- Recommended Skills: JS, KubeEdge, Html\n- Mentor(s):  Shelley Bao (@Shelley-BaoYue, baoyue2@huawei.com), Fisher Xu (@fisherxu, fisherxu1@gmail.com)\n- Upstream Issue: https://github.com/kubeedge/website/issues/292\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/a50fec46-7bc6-4fa0-ba84-848f0c136b5c\n\n#### Cloud-Robotic AI Benchmarking for Edge-cloud Collaborative Lifelong Learning\n\n- Description: Based on real-world datasets provided by industry members of KubeEdge SIG AI, the issue aims to build a lifelong learning benchmarking on KubeEdge-Ianvs. Namely, it aims to help all Edge AI application developers to validate and select the best-matched algorithm of lifelong learning.\n- Expected Outcome: The benchmark includes: 1) Work together to release a new dataset to the public! 2) Implement critical algorithm or system metrics, e.g., BWT, FWT and thoughput; 3) (Optional) Develop a baseline algorithm for this benchmark.\n- Recommended Skills: TensorFlow/Pytorch, Python, Kubernetes\n- Mentor(s): Siqi Luo (@luosiqi, luosiqi2@huawei.com), Fisher Xu (@fisherxu, fisherxu1@gmail.com)\n- Upstream Issue: https://github.com/kubeedge/ianvs/issues/48\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/50cdbd65-e0cd-4c0f-8c63-6bd5c603ba89\n\n#### Meshery\n\n##### Distributed workflow engine\n\n- Description: Integrate a new architectural component into Meshery: a workflow engine. This project involves shifting Meshery off of bitcask and off of sqlite over to postgres using gorm (golang). Interns will familiarize with concepts of orchestration engines, including chaining workflows, and content lifecycle management.\n- Recommended Skills: Golang, Temporal, ReactJS\n- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Ashish Tiwari (ashishjaitiwari15112000@gmail.com)\n- Issue: https://github.com/meshery/meshery/issues/3934\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/73202d21-d4ca-4435-9a73-f326c9b3e796\n  \n##### Multi-user cloud native playground\n\n- Description: Advance the cloud native playground in which any CNCF project can be explored. Meshery’s genesis is that of helping teach people about cloud native technology and enabling to operate various types of cloud native infrastructure confidently. The proposed project is aimed at furthering this mission by infusing multi-user collaboration as a pervasisve feature so that users can learn together in a running instance of Meshery.\n- Recommended Skills: ReactJS, CSS, Golang (nice-to-have)\n- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Abhishek Kumar (@abhishek-kumar09, abhimait1909@gmail.com)\n- Issue: https://github.com/meshery/meshery/issues/7020\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/2ee7a912-e26e-4602-9dfc-4febe3842df3\n\n#### Distributed client-side policy evaluation in WASM and Rego\n\n- Description: Meshery's highly dynamic infrastructure configuration capabilities require real-time evaluation of complex policies. Policies of various types and with a high number of parameters need to be evaluted client-side. With policies expressed in Rego, the goal of this project is to incorporate use of the https://github.com/open-policy-agent/golang-opa-wasm project into Meshery UI, so that a powerful, real-time user experience is possible.\n- Recommended Skills: Golang, Open Policy Agent, WebAssembly\n- Mentor(s): Lee Calcote (@leecalcote, leecalcote@gmail.com), Ashish Tiwari (ashishjaitiwari15112000@gmail.com)\n- Issue: https://github.com/meshery/meshery/issues/7019\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7e3382be-5d82-443e-b0bc-4dcd2194705d\n\n"

# programs/lfx-mentorship/2026/01-Mar-May/README.md at cb38541d, from `### Kubernetes` to the first Headlamp
# proposal: CAPA, Kubespray and Headlamp (kubernetes-sigs/headlamp) as sub-projects of `### Kubernetes`.
KUBERNETES_AND_HEADLAMP = '### Kubernetes\n\n#### Cluster API Provider AWS (CAPA)\n\n##### Add OpenTelemetry support\n\nCNCF - Kubernetes: CAPA: Add OpenTelemetry support (2026 Term 1)\n\n- Description: Cluster API Provider AWS (CAPA) enables the creation of Kubernetes clusters in AWS with Cluster API. With increasing adoption of Cluster API (CAPI) in general and of CAPA we want to improve the supportability of CAPA, especially for production environments. The first part of this is to add telemetry/tracing using OpenTelemetry so that we can understand and visualize the flow of reconciliation within the provider. This will enable the project and its end users to understand the behavior of reconciliation (including API services called) and will help diagnose issues and performance problems.\n- Expected Outcome: An implementation of OpenTelemetry in CAPA with associated documentation that has been released in a new version of CAPA.\n- Recommended Skills: Golang, Kubernetes, AWS\n- Mentor(s):\n  - Richard Case (@richardcase, richmcase@gmail.com)\n  - Daniel Lipovetsky (@dlipovetsky, daniel.lipovetsky@gmail.com )\n- Upstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-aws/issues/2178\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/e60d11ff-bf0a-47d6-a873-0583428c8cb3\n\n\n#### Cluster API Provider AWS (CAPA)\n\n##### Improve AMI Publication and Maintenance\n\nCNCF - Kubernetes: CAPA: Improve AMI publication and maintenance (2026 Term 1)\n\n- Description: Cluster API Provider AWS (CAPA) enables the creation of Kubernetes clusters in AWS with Cluster API. CAPA allows you create EKS and non-EKS based Kubernetes clusters. When creating a non-EKS cluster we must use AMIs for the nodes in the cluster. The project publishes some AMIs for non-production use. However, the process for publishing the AMIs needs improvment. Firstly we want to fully automate the publication of new AMIs when there is a new Kubernetes version available. Secondly, we need to implement the "AMI Publication Policy" for the project which will involve automated house keeping of AMIs. And thirdly we want to add back support for base operating systems that where temporarily dropped.\n- Expected Outcome: Automated AMI publication and deletion inline with the projects policy. Support for additional operating systems.\n- Recommended Skills: AWS, GitHub Actions, Packer, Ansible, Kubernetes\n- Mentor(s):  \n  - Richard Case (@richardcase, <richmcase@gmail.com>)\n- Upstream Issue: <https://github.com/kubernetes-sigs/cluster-api-provider-aws/issues/5836>\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/396fa725-9739-4f83-ac99-314ef1952e35\n\n\n#### Kubespray\n\n##### Automate building OS images for supported/CI tested distribution\n\nCNCF - Kubernetes: Kubespray: Automate OS image pipeline for CI (2026 Term 1)\n\n- Description: This feature request aims to automate the building and publishing of OS images that are used in Kubespray CI testing. Currently, these images (defined in `test-infra/image-builder/roles/kubevirt-images/defaults/main.yml`) must be manually created and pushed by maintainers. Automating this process would reduce manual work, eliminate bottlenecks when maintainers are unavailable, and could include automatic cleanup of outdated or unused images, while still retaining images needed for older supported release branches. \n- Expected Outcome: A CI job (likely post-merge and possibly periodic) that automatically:\n\t1.\tBuilds the required Kubespray OS images used in CI for tested distributions.\n\t2.\tPushes these built images to the appropriate registry.\n\t3.\tCleans up old or no longer needed images but retains those required for supported release branches.\nThis workflow should remove the need for maintainers to manually create and manage these images.\n- Recommended Skills: Ansible, GitLab CI, Python\n- Mentor(s):\n  - ChengHao Yang (@tico88612, tico88612@gmail.com)\n  - Kay Yan (@yankay, yankaycom@gmail.com)\n  - Max Gautier (@VannTen, mg@max.gautier.name)\n- Upstream Issue: https://github.com/kubernetes-sigs/kubespray/issues/12383\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/d90c31a1-4027-4602-a318-48459008d3a7\n\n\n#### Headlamp\n\n##### Add Kubeflow to Headlamp: Machine Learning Workflow Management UI\n\nCNCF - Headlamp: Add Kubeflow to Headlamp: ML workflow management UI (2026 Term 1)\n\n- Description:\n Build a Headlamp plugin to surface Kubeflow resources (Pipelines, Katib, PipelineRuns, Notebooks, TFJob/PyTorchJob/TrainJob, Spark) so operators and ML engineers can discover, monitor, and manage ML workloads alongside standard K8s resources. Link to Kubeflow UIs when deeper functionality is needed.\n\n- Expected Outcome:\n  - New Kubeflow sidebar with cross-namespace lists for Pipelines (Experiments, Runs), Katib experiments, Notebook servers, Training and Spark jobs.\n  - Detail pages per resource showing metadata, status, metrics, logs and common actions (start Run, open Jupyter, view best hyperparams).\n  - Links/embed to Kubeflow Central Dashboard or Pipelines UI for advanced tasks.\n  - Headlamp Map integration: show relations to Deployments/Pods, Argo workflows, Spark driver/executors.\n  - Metrics via Prometheus or /metrics: basic charts for experiment objectives and pod resource use.\n  - Polished UX: icons, pagination, filtering, error handling.\n  - Outreach: README/User Guide and a demo blog post with screenshots.\n\n- Recommended Skills:\n  - TypeScript + React\n  - (Optional) Kubernetes fundamentals.\n  - (Optional) Knowledge of Kubeflow and its sub-projects (Pipelines, Katib, etc.).\n  - (Optional) Basic understanding of Prometheus metrics.\n\n- Mentor(s):\n  - Rene Dudfield (@illume, renedudfield@microsoft.com)\n  - Adwait Godbole (@adwait-godbole, adwaitngodbole@gmail.com)\n  - Santhosh Nagaraj (@yolossn, sannagaraj@microsoft.com)\n  - Ashu Ghildiyal (@ashu8912, ashu.ghildiyal@microsoft.com)\n  - Tarek Abouzeid (@tarekabouzeid, tarek.abouzeid91@gmail.com)\n\n- Upstream Issue:  \n  - https://github.com/kubernetes-sigs/headlamp/issues/3710\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/abe20383-80fd-496c-8a5a-453fcb732f55\n\n\n'


def _pl102(tmp_path, path: str, text: str) -> list[str]:
    file = tmp_path / path
    file.parent.mkdir(parents=True)
    file.write_text(text, encoding="utf-8")
    report = lint_paths([str(file)], Options(offline=True))
    return [d.message for d in report.diagnostics if d.code == "PL102"]


def test_another_cncf_projects_heading_one_level_deep_is_one_level_off(tmp_path):
    (message,) = _pl102(tmp_path, "lfx-mentorship/2023/01-Mar-May/README.md", KUBEEDGE_AND_MESHERY)
    assert "`Meshery` uses #### under `KubeEdge`" in message and "write `### Meshery`" in message


def test_a_sub_project_under_its_projects_heading_is_not(tmp_path):
    assert _pl102(tmp_path, "programs/lfx-mentorship/2026/01-Mar-May/README.md", KUBERNETES_AND_HEADLAMP) == []


# summerofcode/2021.md at 4533927d^: `#### Open Service Mesh` and `#### Service Mesh Interface` after Envoy's own
# `####` proposal, their proposals at `#####`; 4533927d raised both to `###` (descriptions shortened).
ENVOY_THEN_OSM = """### Envoy
#### Adaptive Load Control and Distributed Load Testing of Envoy Data Planes

- Description: Users configuring their Envoy-based data planes don't know how to find the optimal Envoy configuration.
- Recommended Skill(s): Golang, C++, Rust
- Issue(s): https://github.com/envoyproxy/envoy-perf/issues/72
- Mentor(s): Lee Calcote (@lcalcote), Otto van der Schaaf (@oschaaf)

{osm} Open Service Mesh

{title} Support for WebAssembly filters

-\tDescription: Bring OSM on par with other service meshes that support WASM filters in their data plane.
-\tRecommended Skills: golang, rust
-\tMentor(s): Lee Calcote (@leecalcote), Abishek Kumar (@kumarabd)
-\tUpstream Issue (URL): https://github.com/openservicemesh/osm/issues/1671
"""

# programs/lfx-mentorship/2026/02-Jun-Aug/README.md at cd5d784e (generated): `#### AgentCube` groups a proposal
# whose issue is in volcano-sh after Volcano's own `####` proposal: a part of Volcano (descriptions shortened).
VOLCANO_AND_AGENTCUBE = """### Volcano

#### Support Namespace-scoped Queue in Volcano

CNCF - Volcano: Support Namespace-scoped Queue in Volcano (2026 Term 2)

- Description: Volcano's `Queue` is a cluster-scoped resource, which means only cluster admins can create or use it.
- Expected Outcome:
  - A namespace-scoped `NamespaceQueue` CRD derived from cluster-scoped `Queue`.
- Recommended Skills:
  - Go
- Mentor(s):
  - Jesse Stutler (@JesseStutler, jessestutler97@gmail.com)
  - Hajnal Máté (@hajnalmt, hajnalmt@gmail.com)
- Upstream Issue: https://github.com/volcano-sh/volcano/issues/5251
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/9e582ac4-4e12-4fcc-a1cd-27855d79730a

#### AgentCube

##### Support multi-AgentCube Capability

CNCF - Volcano: AgentCube - Support multi-AgentCube Capability (2026 Term 2)

- Description: At present, AgentCube launches a single agent for both Code Interpretation and agent runtime.
- Expected Outcome:
  1. Proposal
- Recommended Skills:
  - Go, Kubernetes, agent
- Mentor(s):
  - Zhonghu xu(@hzxuzhonghu, zhhxu2011@gmail.com),
  - ZhenCheng Li(@LiZhenCheng9527, lizhencheng6@huawei.com),
- Upstream Issue: https://github.com/volcano-sh/agentcube/issues/301
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/9e7dd1c1-5d14-4c5e-af43-83454099e490
"""


def test_a_project_heading_at_the_level_of_the_proposals_beside_it_is_one_level_off(tmp_path):
    (message,) = _pl102(tmp_path, "summerofcode/2021.md", ENVOY_THEN_OSM.format(osm="####", title="#####"))
    assert "`Open Service Mesh` uses ####, the level of the proposal titles of `Envoy`" in message
    assert "write `### Open Service Mesh`" in message
    assert _pl102(tmp_path / "fixed", "summerofcode/2021.md", ENVOY_THEN_OSM.format(osm="###", title="####")) == []


def test_a_part_of_the_project_above_grouping_its_proposals_is_not(tmp_path):
    assert _pl102(tmp_path, "programs/lfx-mentorship/2026/02-Jun-Aug/README.md", VOLCANO_AND_AGENTCUBE) == []


# summerofcode/2021.md at 40dd25f8^: `#### Crossplane` right over Crossplane's `####` proposal, under
# `### Cloud Native Buildpacks`; 40dd25f8 made it `### Crossplane` (descriptions shortened).
BUILDPACKS_THEN_CROSSPLANE = """### Cloud Native Buildpacks
#### Design and implement Buildpack Registry Search

- Description: The Buildpack Registry is a place to discover and share buildpacks.
- Recommended Skills: React, CSS, Ruby, Rails, Github
- Mentor(s): Joe Kutner (@jkutner), Travis Longoria (@elbandito)
- Upstream Issue (URL): https://github.com/buildpacks/registry-api/issues/21


{crossplane} Crossplane
#### Upgrade OAM Implementation in Crossplane to Latest Release of Spec

- Description: [Crossplane](https://crossplane.io) is an open source Kubernetes add-on.
- Recommended Skills: Golang, Kubernetes
- Mentor(s): Hongchao Deng (@hongchaodeng)
- Upstream Issue (URL): https://github.com/crossplane/oam-kubernetes-runtime/issues/1
"""


def test_an_empty_project_heading_one_level_deep_is_that_not_an_empty_proposal(tmp_path):
    file = tmp_path / "summerofcode/2021.md"
    file.parent.mkdir(parents=True)
    file.write_text(BUILDPACKS_THEN_CROSSPLANE.format(crossplane="####"), encoding="utf-8")
    found = [d for d in lint_paths([str(file)], Options(offline=True)).diagnostics if d.code in ("PL102", "PL103")]
    assert [(d.code, d.line) for d in found] == [("PL102", 10)]
    assert "write `### Crossplane`" in found[0].message
    assert _pl102(tmp_path / "fixed", "summerofcode/2021.md", BUILDPACKS_THEN_CROSSPLANE.format(crossplane="###")) == []


def test_a_proposal_after_the_nested_heading_is_left_to_pl102_not_called_misplaced(tmp_path):
    # `#### Distributed client-side policy evaluation` is Meshery's (meshery/meshery#7019): read under
    # KubeEdge only because `#### Meshery` is one level deep, which PL102 reports on its heading.
    file = tmp_path / "lfx-mentorship/2023/01-Mar-May/README.md"
    file.parent.mkdir(parents=True)
    file.write_text(KUBEEDGE_AND_MESHERY, encoding="utf-8")
    report = lint_paths([str(file)], Options(offline=True))
    codes = [(d.code, d.line) for d in report.diagnostics if d.code in ("PL102", "PL409")]
    assert codes == [("PL102", KUBEEDGE_AND_MESHERY.splitlines().index("#### Meshery") + 1)]
