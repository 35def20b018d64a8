"""Field and label classes of issue 25, each on real text from cncf/mentoring's history (the commit
is cited beside each snippet; each is checked at the path the repository had it at)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CHECKOUT, CORPUS, SHARED, needs, needs_checkout

from proposal_lint import lint_text
from proposal_lint.engine.lint import lint_paths
from proposal_lint.fix.apply import fix_text
from proposal_lint.rules.context import Options

# abaad6db (2021-03-01, "add CNB project idea for GSoc"): written to the template of the day
# (PROJECT_IDEA_TEMPLATE.md at 31474af9: `Upstream Issue (URL):`; its Sample: `Issue:`).
GSOC_2021_CNB = """### Cloud Native Buildpacks
#### Design and implement Buildpack Registry Search

- Description: The [Buildpack Registry](https://github.com/buildpacks/rfcs/blob/main/text/0022-client-side-buildpack-registry.md) is a place to publish, store, and discover buildpacks. It will provide a centralized service that platforms can use to resolve a buildpack ID and version into a concrete buildpack that can be downloaded and used. The search service will extend the existing [registry index stored in git](https://github.com/buildpacks/registry-index) in a way that can be consumed on the web as defined in this [RFC](https://github.com/buildpacks/rfcs/blob/main/text/0068-buildpack-registry-search-api.md).
- Recommended Skills: React, CSS, Ruby, Rails, Github
- Mentor(s): Joe Kutner (@jkutner), Travis Longoria (@elbandito)
- Upstream Issue (URL): https://github.com/buildpacks/registry-api/issues/21
"""


def test_the_gsoc_templates_own_upstream_issue_label_is_not_reported_nor_rewritten():
    path = "summerofcode/2021.md"
    assert [d for d in lint_text(GSOC_2021_CNB, path) if d.code == "PL203"] == []
    assert fix_text(GSOC_2021_CNB, path, Options()).text == GSOC_2021_CNB
    sample = GSOC_2021_CNB.replace("Upstream Issue (URL):", "Issue:")  # the Sample's label, as 2019's template
    assert [d for d in lint_text(sample, path) if d.code == "PL203"] == []


# 34cc6dd4 (2024-08-06, "Testeable documentation for the Pod Lifecycle events (#1279)"): the text the
# PR added to programs/lfx-mentorship/2024/03-Sep-Nov/project_ideas.md, whose Template block has no
# `LFX URL` (admins add it in the term README once the program is on LFX).
LFX_2024_3_POD_LIFECYCLE = """### Kubernetes

#### Testeable documentation for the Pod Lifecycle events

- Description: Kubernetes Pods are the unit of execution. Pods's API surface is limited, but yet presenting many challenges for people authoring complex behaviors like proper graceful termination, probes, or advances initialization behaviors. Documentation and testing of those scenarios is limited. The misunderstanding of pod lifecycle and edge casesoften lead to reliability issues in Pods. Lately there were limited efforts to document and test those behaviors. Creating a skaffolding to document and test those behaviors will help temendously the Kubernetes project as well as end users.
- Expected Outcome: Skaffolding in https://github.com/kubernetes/website/ to add new pod lifecycle behavios descriptions. Tests for those edge cases. And cross linking between tests and documentation.
- Recommended Skills: familiarity with Golang, some knowledge about the K8s and containers, understanding of Hugo is a plus.
- Mentor(s):
  - Sergey Kanzhelev (@SergeyKanzhelev, S.Kanzhelev@live.com)
  - Tim Allclair (@tallclair, tallclair@google.com)
- Upstream Issue: https://github.com/kubernetes/kubernetes/issues/126369
"""
TERM_2024_3 = "programs/lfx-mentorship/2024/03-Sep-Nov"


def test_a_proposal_added_to_project_ideas_is_not_asked_for_an_lfx_url(tmp_path):
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--format", "json",
                           "--stdin-filename", f"{TERM_2024_3}/project_ideas.md", "-"],
                          input=LFX_2024_3_POD_LIFECYCLE, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["diagnostics"] == []
    fixed = fix_text(LFX_2024_3_POD_LIFECYCLE, f"{TERM_2024_3}/project_ideas.md", Options()).text
    assert fixed == LFX_2024_3_POD_LIFECYCLE  # and --fix adds none
    # the term README, where admins list the programs with their LFX links, still asks for one
    readme = [d.message for d in lint_text(LFX_2024_3_POD_LIFECYCLE, f"{TERM_2024_3}/README.md") if d.code == "PL201"]
    assert len(readme) == 1 and "`LFX URL`" in readme[0]


CHECKOUT = SHARED / "cncf-mentoring-checkout"  # the whole of cncf/mentoring at cd5d784e
TERM_2026_1_README = CHECKOUT / "programs/lfx-mentorship/2026/01-Mar-May/README.md"


SELECTED_2020_Q2 = CHECKOUT / "programs/lfx-mentorship/2020/q2/selected_projects.md"


@needs(SELECTED_2020_Q2, "the cncf/mentoring checkout")
def test_a_proposal_missing_two_fields_gets_one_finding_naming_both():
    """`SMI Conformance with Meshery` (2020 q2 selected projects, as at cd5d784e) lacks the
    Template block's `Recommended Skills` and `Community Bridge project (URL)`: one PL201."""
    report = lint_paths([str(SELECTED_2020_Q2)], Options())
    [missing] = [d for d in report.diagnostics if d.code == "PL201" and d.proposal == "SMI Conformance with Meshery"]
    assert "no `Recommended Skills` and `Community Bridge project (URL)` fields" in missing.message
    assert (missing.line, missing.column) == (36, 6)


@needs(TERM_2026_1_README, "the cncf/mentoring checkout")
def test_fields_written_inside_another_fields_text_are_reported_where_they_stand():
    """`Graph Database Integration` (Meshery, 2026 Term 1 README at cd5d784e): `Mentor(s):` and
    `Upstream Issue:` lines continue Expected Outcome's last item. Not missing: PL206 on each line."""
    report = lint_paths([str(TERM_2026_1_README)], Options())
    mine = [d for d in report.diagnostics if d.proposal == "Graph Database Integration"]
    assert "PL201" not in {d.code for d in mine}
    assert [(d.line, d.column) for d in mine if d.code == "PL206"] == [(1166, 12), (1167, 8)]


OUTCOME_RUNS_INTO_MENTORS = """### Demo

#### An outcome bullet that runs into the mentors line

- Description: d
- Expected Outcome:
  - Working code.
  - Docs and tests.
  Mentor(s): Lou Wei (@lou-wei, lou@cncf.io)
- Recommended Skills: s
- Upstream Issue: https://github.com/o/r/issues/6
- LFX URL:
"""


def test_the_same_shape_in_a_fixture_of_its_own():
    """The shape above, as tests/fixtures/mentors/real_shapes.md had it (an expect comment cannot
    stand before a line that continues a paragraph, so it lives here): PL206 on the line, no PL201."""
    found = [(d.code, d.line, d.column) for d in lint_text(OUTCOME_RUNS_INTO_MENTORS, "programs/lfx-mentorship/2025/01-Mar-May/README.md")
             if d.code in ("PL201", "PL206")]
    assert found == [("PL206", 9, 14)]


@needs(CHECKOUT / "programs/summerofcode/2020.md", "the cncf/mentoring checkout")
def test_a_field_line_that_starts_no_list_item_is_reported_there():
    """GSoC 2020 `Conformance Tool`: `-- Issues: ...` is no list item, it continues Mentor(s)."""
    report = lint_paths([str(CHECKOUT / "programs/summerofcode/2020.md")], Options())
    mine = [d for d in report.diagnostics if d.proposal == "Conformance Tool"]
    assert "PL201" not in {d.code for d in mine}
    [stray] = [d for d in mine if d.code == "PL206"]
    assert stray.line == 404 and "start its line with `- `" in stray.message


# dcedbaca (2026-01-21, "LFX mentorship 2026_01: add Fluid project idea (#1566)"), added to
# programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md: `Description：` with a full-width colon.
FLUID_2026_1 = """### Fluid

#### Extend Cache Runtime Interface to Support Full Data Lifecycle and In-Place Operations

- Description：Fluid’s existing Generic Cache Runtime interface will be extended to support the complete lifecycle of data operations, including data loading, data processing workflows, and cache-aware data mutations. Additionally, the interface will be enhanced to enable in-place cache upgrades and in-place cache rebuilds—allowing runtime updates and recovery without disrupting workloads or requiring dataset re-provisioning.
- Expected Outcomes:
  - Extended Cache Runtime interface covering data load, data operation lifecycle, and state transitions.
  - Working reference adapters for Curvine and Alluxio
  - Support for in-place upgrade (e.g., engine version update) and in-place cache rebuild (e.g., after node failure or config change).
- Recommended Skills:  Fluid, Go, kubernetes operator development
- Mentor(s):
   - Tongyu Guo (@Syspretor，[guotongyu.gty@alibaba-inc.com](mailto:guotongyu.gty@alibaba-inc.com))
   - Yang Che (@cheyang, [cheyang52@gmail.com](mailto:cheyang52@gmail.com))
- Upstream Issues: https://github.com/fluid-cloudnative/fluid/issues/5412
"""
# 80cc8899 (2023-02-24, "GSoC: Add Proposal for KeptnTasks Repository (#839)"), added to summerofcode/2023.md.
KEPTN_GSOC_2023 = """#### Build Standard KeptnTaskDefinition Library
- Description: [Keptn Lifecycle Toolkit (KLT)](https://github.com/keptn/lifecycle-toolkit) can run pre and post deployment tasks. Currently KLT supports the [Deno](https://deno.land) runtime.
- Expected outcome: A catalogue of useful, re-usable `KeptnTaskDefinitions` that will serve as useful reference material for adopters
- Recommended Skills: Typescript and / or JavaScript, basic understanding of Keptn Lifecycle Toolkit, Kubernetes basic knowledge, knowledge of CRDs
- Mentor[s]: [Adam Gardner (adam at agardner dot net)](https://github.com/agardnerit)
- Expected project size: 175h
- Difficulty: Easy
- Upstream Issue (URL): https://github.com/keptn-contrib/klt-tasks/issues/3
"""


def test_a_label_with_a_full_width_colon_is_reported_where_it_is_never_as_missing():
    path = "programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md"
    diagnostics = lint_text(FLUID_2026_1, path)
    assert [d.code for d in diagnostics if d.code == "PL201"] == []
    [colon] = [d for d in diagnostics if d.code == "PL203" and "full-width" in d.message]
    assert (colon.line, colon.column, colon.end_column, colon.severity.name) == (5, 3, 14, "WARNING")
    assert "- Description: Fluid’s existing" in fix_text(FLUID_2026_1, path, Options()).text


def test_mentor_s_in_brackets_is_the_mentor_field():
    diagnostics = lint_text(KEPTN_GSOC_2023, "summerofcode/2023.md")
    assert "PL201" not in {d.code for d in diagnostics}
    [label] = [d for d in diagnostics if d.code == "PL203"]
    assert label.line == 5 and "`Mentor[s]`" in label.message and label.severity.name == "INFO"


@needs(CHECKOUT / "programs/summerofcode/2020.md", "the cncf/mentoring checkout")
def test_gsoc_2020_issue_with_a_full_width_colon_is_the_issue_field():
    report = lint_paths([str(CHECKOUT / "programs/summerofcode/2020.md")], Options())
    assert not [d for d in report.diagnostics if d.code == "PL201" and "KubeEdge" in d.proposal]
    assert [d.line for d in report.diagnostics if d.code == "PL203" and "full-width" in d.message] == [139, 146]


# f008c0be (2025-05-10, "project idea (istio): ambient multi-cluster testing (#1431)"), added to
# programs/lfx-mentorship/2025/02-Jun-Aug/project_ideas.md; a reviewer rewrote the labels later.
ISTIO_2025_2 = """### Istio

#### Expand testing for Multi-Cluster in Ambient


description: |
  Istio is a service mesh platform used by thousands of companies to secure and manage their microservices traffic, most often in a single Kubernetes cluster.

expectedOutcome:
  - Audit existing ambient integration tests for cases that do not support multi-cluster testing patterns.
  - Help us catch regressions and bugs

- **Recommended Skills**:
  - Go
  - Kubernetes

- **Mentor(s)**:
  - Steven Jin (@stevenjin8, sjinxuan@microsoft.com)
  - Steven Landow (@stevenctl, steven.landow@solo.io)

- **Upstream Issue**: https://github.com/istio/istio/issues/56228
"""


def test_a_camel_case_label_is_the_templates_field_with_a_warning():
    diagnostics = lint_text(ISTIO_2025_2, "programs/lfx-mentorship/2025/02-Jun-Aug/project_ideas.md")
    assert "PL201" not in {d.code for d in diagnostics}
    [label] = [d for d in diagnostics if d.code == "PL203"]
    assert (label.line, label.severity.name) == (9, "WARNING") and "`expectedOutcome`" in label.message


# 541ccc9b (2022-02-28, "GSoC 2022: updating template and adding default values to projects (#522)"):
# summerofcode/2022.md, each proposal given the template's choices to keep one of.
BUILDPACKS_GSOC_2022 = """### Buildpacks

#### Standardize Cache Flag options

- Description: The `pack` CLI has many layers of cache with various methods to configure them. In this project, the goal would be to implement a [proposed solution](https://github.com/buildpacks/rfcs/blob/main/text/0091-pack-cache-options.md) for how the end-user provides caching options.
- Expected outcome:
- Recommended Skills: Golang, Docker
- Mentor(s): Javier Romero (@jromero)
- Expected project size: 175 or 350 Hours
- Difficulty: Easy, Medium, or Hard
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1364
"""


def test_the_templates_choices_left_as_written_are_reported():
    found = [(d.line, d.severity.name) for d in lint_text(BUILDPACKS_GSOC_2022, "summerofcode/2022.md")
             if d.code == "PL207"]
    assert found == [(9, "WARNING"), (10, "WARNING")]
    chosen = BUILDPACKS_GSOC_2022.replace("175 or 350 Hours", "175 Hours").replace("Easy, Medium, or Hard", "Medium")
    assert [d for d in lint_text(chosen, "summerofcode/2022.md") if d.code == "PL207"] == []
    # both sizes, each said for what (programs/summerofcode/2023.md line 494 at cd5d784e): a value
    said = BUILDPACKS_GSOC_2022.replace("175 or 350 Hours", "175h for API only, 350h for API + sample backend")
    assert [d.line for d in lint_text(said, "summerofcode/2022.md") if d.code == "PL207"] == [10]


# f2a17965 (2025-02-10, "GSoC 2025: Meshery (#1383)"), programs/summerofcode/2025.md: a size whose
# figure is another size's in the template (`medium (~175 hour projects)`, `large (~350 hour projects)`).
LITMUS_GSOC_2025 = """### LitmusChaos

#### Terraform Support for LitmusChaos

- Description: [LitmusChaos](https://litmuschaos.io/) is an open-source Chaos Engineering platform that helps teams uncover weaknesses and potential outages in their applications by running controlled chaos experiments. However, before injecting chaos, several prerequisite steps must be completed, including user and project creation, connecting target infrastructure, and setting up experiments. To streamline this process, developers and SREs often seek automation, especially when integrating chaos testing into CI/CD pipelines. This Google Summer of Code (GSoC) project proposes developing a Terraform provider for LitmusChaos, enabling users to automate these essential setup steps and seamlessly manage chaos experiments through Terraform.

- Expected Outcome: 
  - LitmusChaos will have a terraform provider supporting user, project, infrastructure, and experiment resource operations along with proper documentation and usage scripts. 
  - A stretch goal for the mentee would be to become an official maintainer of the Litmus Terraform provider project.
- Recommended Skills: Golang, Terraform
- Expected project size: large (~175 hour projects)
- Mentor(s):
  - Saranya Jena (@Saranya-jena, saranya.jena@harness.io)
  - Sarthak Jain (@SarthakJain26, sarthak.jain@harness.io)
- Upstream Issue (URL): https://github.com/litmuschaos/litmus/issues/5042 

"""


def test_a_size_with_another_sizes_hours_is_reported():
    [size] = [d for d in lint_text(LITMUS_GSOC_2025, "programs/summerofcode/2025.md") if d.code == "PL207"]
    assert size.line == 11 and size.severity.name == "WARNING" and "`medium`" in size.message
    fixed = LITMUS_GSOC_2025.replace("large (~175", "medium (~175")
    assert [d for d in lint_text(fixed, "programs/summerofcode/2025.md") if d.code == "PL207"] == []


# f4b41555 (2024-01-24, "Add KCL project idea"), to programs/lfx-mentorship/2024/01-Mar-May/project_ideas.md:
# the GSoC template's comment after `Mentor(s):` copied in (b6e31650 "Remove mentor instructions" took it out).
KCL_2024_1 = """### KCL

#### KCL Package Version Management

- Description: KCL package management tool is mainly responsible for managing three-party KCL packages for KCL project, including uploading and downloading three-party KCL packages, etc. In the process of adding three-party packages for KCL project, if different versions of the same package are selected, the version management part needs to follow the version management strategy and select the appropriate version to download and use.
- Expected Outcome: Add version management to the KCL package management tool.
- Recommended Skills: golang
- Mentor(s): # It is recommended to have at least 2 mentors, and at least one of them should be the primary mentor. For GSoC, it is **required** to have at least 2 mentors.
  - Pengfei Xu (@Peefy, xpf6677@gmail.com)
  - Zhe Zong (@zong-zhe, zongzhe1024@163.com)
- Upstream Issue (URL): https://github.com/kcl-lang/kpm/issues/246
"""


def test_the_templates_guidance_comment_left_in_a_field_is_reported():
    path = "programs/lfx-mentorship/2024/01-Mar-May/project_ideas.md"
    [guidance] = [d for d in lint_text(KCL_2024_1, path) if d.code == "PL220"]
    assert (guidance.line, guidance.column, guidance.severity.name) == (8, 14, "WARNING")
    guidance_line = KCL_2024_1.splitlines()[7]
    removed = KCL_2024_1.replace(guidance_line, "- Mentor(s):")  # as b6e31650 left it
    assert [d for d in lint_text(removed, path) if d.code == "PL220"] == []


@needs(CORPUS / "gsoc-2025.md", "the corpus")
def test_gsoc_2025_sizes_with_another_sizes_hours_and_a_stray_hash():
    """corpus/gsoc-2025.md: lines 350 and 389 say `large (~175 hour projects)`; line 178
    `Expected project size: # Large (~350 hours)` is a size chosen after a stray `#`, not guidance."""
    report = lint_paths([str(CORPUS / "gsoc-2025.md")], Options())
    sizes = [(d.line, d.code) for d in report.diagnostics if d.code in ("PL207", "PL220")]
    assert sizes == [(200, "PL207"), (350, "PL207"), (389, "PL207")]  # 200: `175 hrs`, no size named


@needs(SELECTED_2020_Q2, "the cncf/mentoring checkout")
def test_fields_nested_under_another_item_are_reported_where_they_stand_not_as_missing():
    """`Fluent Bit Monitoring Web UI` (2020 q2, as at cd5d784e): Recommended Skills, Mentor(s) and
    Upstream Issue (URL) nested under `- Please refer to the Upstream Issue link ...:`, then
    Mentor(s) and Issue again at the top: no PL201; PL206 at each nested field, the two written
    twice (under variant labels) named as such."""
    report = lint_paths([str(SELECTED_2020_Q2)], Options())
    mine = [d for d in report.diagnostics if d.proposal == "Fluent Bit Monitoring Web UI"]
    assert "PL201" not in {d.code for d in mine}
    nested = {d.line: d.message for d in mine if d.code == "PL206"}
    assert sorted(nested) == [261, 262, 263]
    assert "line 267 (`Issue`) too: keep one" in nested[263] and "line 265" in nested[262]


@needs_checkout
def test_an_unlabelled_first_item_is_a_warning_on_that_item():
    """cncf/mentoring at cd5d784e, LFX 2021 Summer README line 77: the description stands as the first
    item of the proposal without its `Description:` label. The text is there: a warning on the item."""
    path = CHECKOUT / "programs/lfx-mentorship/2021/02-Summer/README.md"
    found = [d for d in lint_paths([str(path)], Options(offline=True)).diagnostics
             if d.code == "PL201" and d.line == 77]
    assert [(d.severity.label, "start it with `Description:`" in d.message) for d in found] == [("warning", True)]


# programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md at e57897b2, lines 23-38: a `#` left after
# `Mentor(s):`, the comment's text deleted; the LFX template in force writes no guidance there.
THANOS_2025_1 = '### Thanos\n\n#### Add support for new PromQL aggregations\n\n[Thanos](https://thanos.io) has its own PromQL ([Prometheus](https://prometheus.io) querying language) engine. The original PromQL engine recently added support for new aggregations. We are missing support for them in the [Thanos PromQL engine](https://github.com/thanos-io/promql-engine).\n\nIn this project you will implement support for `limitk` and `limit_ratio`. See [issue](https://github.com/thanos-io/promql-engine/issues/515). This will unblock users who need this functionality.\n\nThe project is interesting because you will learn how query engines are implemented, about distributed query execution.\n\n- Expected Outcome: `limitk`, `limit_ratio` are supported in the Thanos PromQL engine (local & distributed modes), tests are written for them\n- Recommended Skills: Go programming language experience\n- Mentor(s): #\n  - Giedrius Statkevičius (@GiedriusS, giedriuswork@gmail.com)\n  - Saswata Mukherjee (@saswatamcode, saswataminsta@yahoo.com)\n- Upstream Issue (URL): https://github.com/thanos-io/promql-engine/issues/515\n'


def test_a_lone_hash_after_a_label_is_a_stray_character_not_guidance():
    path = "programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md"
    [stray] = [d for d in lint_text(THANOS_2025_1, path) if d.code == "PL220"]
    assert (stray.line, stray.column) == (13, 14)
    assert stray.message.startswith("stray `#` after `Mentor(s):`") and "guidance" not in stray.message


# programs/summerofcode/2024.md at 5ecf694e (the parent of 358ec5ff, "Standardize GSoC ideas page formatting
# (#1179)"), lines 114-125 (the description shortened): the Mentor(s) line keeps the template's guidance, its
# `#` dropped and its words changed a little (the template: `#For GSoC, it is **required** to have at least 2
# mentors with 1 being a primary mentor.`). 358ec5ff left `- Mentor(s):`.
GSOC_2024_KUBEBUILDER = """#### Kubebuilder

##### New Plugin to Scaffold a Helm Chart for Easier Distribution

- **Description**: [Kubebuilder](https://github.com/kubernetes-sigs/kubebuilder) is a tool that helps the community develop Native Solutions for Kubernetes. This plugin will be responsible for scaffolding all files required to help users distribute their solution via Helm.
- **Expected Outcome**: An initial beta version of the plugin that scaffolds a Helm Chart to distribute the project.
- **Recommended Skills**: Go, Helm, Kubernetes
- **Expected Project Size**: Large (~350-hour project)
- **Mentor(s)**: For GSoC, it is **required** to have at least 2 mentors, with 1 being the primary mentor.
  - Camila Macedo (@camilamacedo86, camilamacedo86@email.com) - Primary
  - Varsha (@varshaprasad96, vnarsing@redhat.com)
- **Upstream Issue (URL)**: WIP: PR for the design proposal: https://github.com/kubernetes-sigs/kubebuilder/pull/3632
"""
# programs/summerofcode/2026.md at cd5d784e, lines 251 and 260-271 (added by aec2bd04, "Adding kpt project idea
# (#1661)"; the project heading without its link): the `#` of the template's guidance glued to its first word,
# as the template writes it.
GSOC_2026_KPT = """#### kpt

##### Build e-commerce example kpt package

- Description: Use an example e-commerce application and create the related kpt package with the description how to deploy the application.
- Expected Outcome: The kpt file and related documentation of an e-commerce example application are contributed to kpt
- Recommended Skills: Capability to learn, basic cloud native skills
- Expected project size: small (~90 hours)
- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.
  - Liam Fallon (@liamfallon) - primary
  - Ciaran Johnston (@ciaranjohnston)
  - Gergely Csatari (@CcsatariGergely)
- Upstream Issue (URL): https://github.com/kptdev/kpt/issues/4326
"""


def _guidance_findings(text: str, path: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.severity.name) for d in lint_text(text, path) if d.code == "PL220"]


def test_guidance_left_without_its_hash_and_reworded_is_reported_on_its_line():
    path = "programs/summerofcode/2024.md"
    assert _guidance_findings(GSOC_2024_KUBEBUILDER, path) == [(9, 18, "WARNING")]
    guidance_line = GSOC_2024_KUBEBUILDER.splitlines()[8]
    assert _guidance_findings(GSOC_2024_KUBEBUILDER.replace(guidance_line, "- Mentor(s):"), path) == []  # as 358ec5ff


def test_guidance_whose_hash_is_glued_to_its_first_word_is_reported():
    path = "programs/summerofcode/2026.md"
    assert _guidance_findings(GSOC_2026_KPT, path) == [(9, 14, "WARNING")]


def test_a_value_that_only_shares_words_with_the_guidance_is_not_guidance():
    """Neither a sentence of the author's that starts otherwise, nor the guidance's start without its `#`."""
    path = "programs/summerofcode/2026.md"
    own = "- Mentor(s): We have 3 mentors for GSoC, with 1 being a primary mentor."
    start = "- Mentor(s): For GSoC, it is **required** to have"
    for line in (own, start):
        text = GSOC_2026_KPT.replace(GSOC_2026_KPT.splitlines()[8], line)
        assert _guidance_findings(text, path) == [], line


# d34cfa5d (GSoC 2025, Vitess): the description is paragraphs, then a list of its points.
VITESS_FAQ = """### Vitess

#### Enhancements for FAQ Chatbot for Vitess

Vitess is a distributed database system built on MySQL. We are starting a project to implement an
AI-powered FAQ chatbot.

In the next phase, which will be implemented in this Summer Of Code (SOC) project, we will be adding more features like:
* Content filtering for chatbot safety and response validation
* Fine-tuning the model for improved accuracy

- Expected Outcome: Improved chatbot that provides accurate Vitess-related answers via CLI and Slack.
- Recommended Skills: golang, python, LLM APIs, vector databases
- Expected project size: large (~350 hour projects)
- Mentor(s):
  - Rohit Nayak (@rohit-nayak-ps, rohit@planetscale.com) - primary
  - Manan Gupta (@GuptaManan100, manan@planetscale.com)
- Upstream Issue: https://github.com/vitessio/vitess/issues/17690
"""


def test_an_unlabelled_description_in_paragraphs_is_reported_where_the_text_starts():
    found = [d for d in lint_text(VITESS_FAQ, "programs/summerofcode/2025.md") if d.code == "PL201"]
    assert [(d.line, d.column) for d in found] == [(5, 1)]
    assert "unlabelled text reads as one" in found[0].message


def test_a_description_written_only_as_paragraphs_is_reported_where_the_text_starts():
    """5bf32f9f (LFX 2025 Term 1 README, Thanos): the description is paragraphs, then the other
    fields: the label is missing, not the field (a warning on the text, not an error on the title)."""
    text = VITESS_FAQ.replace("* Content filtering for chatbot safety and response validation\n"
                              "* Fine-tuning the model for improved accuracy\n", "")
    found = [d for d in lint_text(text, "programs/summerofcode/2025.md") if d.code == "PL201"]
    assert [(d.line, d.severity.label) for d in found] == [(5, "warning")]
    assert "unlabelled text reads as one" in found[0].message
