"""The text rules on real text from cncf/mentoring's history, each a defect its reviewers fixed in a
later commit (cited), or one still in the checkout: PL503 broken-link, PL504 unclosed-code-fence,
PL505 conflict-marker, and PL501 on a heading that is only a placeholder."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.core.diagnostics import Severity

# lfx-mentorship/2021/01-Spring/README.md at a5b714f5^ (lines 23-45): every title's LFX link broken across
# two lines; a5b714f5 ("Formatting fixes") joined them.
SPLIT_HEADING_LINKS = '#### Kubernetes\n\n##### WG Policy\n\n###### [CIS Benchmarks Policy\nReport](https://mentorship.lfx.linuxfoundation.org/project/0fd19dde-0990-4987-9ab3-2fe9b2ce26b2)\n\n- Description: Execute CIS benchmark checks and produce a Policy Report CRD.\n- Recommended Skills: Golang, CLI, JSON\n- Mentor(s): Jim Bugwadia (@JimBugwadia)\n- Upstream Issue (URL): https://github.com/kubernetes-sigs/wg-policy-prototypes/issues/29\n\n##### SIG Usability\n\n###### [Jobs-to-Be-Done\nstudy](https://mentorship.lfx.linuxfoundation.org/project/a06b291e-6cab-4506-8d32-2d15264e48dc)\n\nQualitative analysis of user interview recordings for Jobs-to-Be-done study\n\n- Description: SIG Usability is conducting a Jobs-to-Be-Done study meant to identify the highest impact areas for improving Kubernetes UX. We are in the process of conducting user interviews and need some help going back through the transcribed recordings to annotate and pull out insights from the conversations. Overall, this is a great opportunity for someone who’s studied or engaged in UX/IA/Usability to get involved in open source.\n- Recommended Skills: User Research, UX, synthesis\n- Mentors: Gaby Moreno (@morengab), Tasha Drew (@tashimi)\n- Upstream Issue (URL): https://github.com/kubernetes-sigs/sig-usability/issues/9\n'

# The same lines at a5b714f5, joined.
JOINED_HEADING_LINKS = '#### Kubernetes\n\n##### WG Policy\n\n###### [CIS Benchmarks Policy Report](https://mentorship.lfx.linuxfoundation.org/project/0fd19dde-0990-4987-9ab3-2fe9b2ce26b2)\n\n- Description: Execute CIS benchmark checks and produce a Policy Report CRD.\n- Recommended Skills: Golang, CLI, JSON\n- Mentor(s): Jim Bugwadia (@JimBugwadia)\n- Upstream Issue (URL): https://github.com/kubernetes-sigs/wg-policy-prototypes/issues/29\n\n##### SIG Usability\n\n###### [Jobs-to-Be-Done study](https://mentorship.lfx.linuxfoundation.org/project/a06b291e-6cab-4506-8d32-2d15264e48dc)\n\nQualitative analysis of user interview recordings for Jobs-to-Be-done study\n\n- Description: SIG Usability is conducting a Jobs-to-Be-Done study meant to identify the highest impact areas for improving Kubernetes UX. We are in the process of conducting user interviews and need some help going back through the transcribed recordings to annotate and pull out insights from the conversations. Overall, this is a great opportunity for someone who’s studied or engaged in UX/IA/Usability to get involved in open source.\n- Recommended Skills: User Research, UX, synthesis\n- Mentors: Gaby Moreno (@morengab), Tasha Drew (@tashimi)\n- Upstream Issue (URL): https://github.com/kubernetes-sigs/sig-usability/issues/9\n'

# programs/summerofcode/2026.md at 5ca4c712^ (lines 50-58), the table of contents 29287877 added;
# 5ca4c712 ("Fix formatting of kpt link") made it `* [kpt](#kpt)`.
NESTED_TOC_LINK = '* [kgateway](#kgateway)\n  * [Benchmarking and Performance Evaluation of Inference Routing Extensions in kgateway](#benchmarking-and-performance-evaluation-of-inference-routing-extensions-in-kgateway)\n* [KitOps](#kitops)\n  * [Enrich KitOps Integration Guides with Kubeflow Model Registry, Argo Workflows, Kyverno](#enrich-kitops-integration-guides-with-kubeflow-model-registry-argo-workflows-kyverno)\n* [Kmesh](#kmesh)\n  * [Kmesh Dashboard for Simplified Service Mesh Management](#kmesh-dashboard-for-simplified-service-mesh-management)\n* [[kpt](https://kpt.dev/)](#kpt)\n  * [Build e-commerce example kpt package](#build-e-commerce-example-kpt-package)\n* [ModelPack](#modelpack)\n'

# lfx-mentorship/2023/01-Mar-May/project_ideas.md at 27b719d3^ (whole file): the Template block's fence
# is never closed, so both proposals render as code; 27b719d3 ("Add Cilium project idea") closed it.
UNCLOSED_TEMPLATE_FENCE = '## Template\n\n```\n### CNCF Project Name\n\n#### Mentorship project Title\n\n- Description: \n- Expected Outcome:\n- Recommended Skills: \n- Mentor(s): Mentor Name (@mentor_github, mentor@email.addy) \n- Upstream Issue: \n\n---\n\n## Proposed Project ideas\n\n### Kubernetes\n\n#### Cluster API Provider GCP (CAPG)\n\n##### Add telemetry and profiling support\n\n- Description: Cluster API Provider GCP (CAPG) enables the creation of Kubernetes clusters in GCP with Cluster API. With increasing adoption of Cluster API (CAPI) in general and of CAPG we want to improve the supportability of CAPG, especially for production environments. The first part of this is to add telemetry/tracing using OpenTelemetry so that we can understand and visualize the flow of reconciliation within the provider. The next part is to add a **pprof** endpoint that can be optionally enabled to enable operations/support users to collect profiling information from a running instances of CAPG.\n- Expected Outcome: This work will enable tracing and profiling of a running instance of CAPG (along with supporting docs) to supports operations/support engineers.\nRecommend Skills: Golang, Kubernetes\nMentors(s): Carlos Panato (@cpanato), Richard Case (@richardcase)\nUpstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/810\n\n### KubeVela\n\n#### Extend the capability of KubeVela by making several useful addons\n\n- Description: KubeVela currently have a variety of addons , including experimental options, that address scenarios such as Continual Delivery and observability. To further enhance the out-of-box functionality for users of KubeVela, we can offer additional useful addons.\n- Expected Outcome: 10+ eperimetal addons, clear documentation should be provided for enabling and using these addons, including examples of useful use-cases.\n- Recommended Skills: golang, kubernetes, cueLang\n- Mentor(s): Jianbo Sun (@wonderflow, wonderflow.sun@gmail.com), Wong Yike (@wangyikewxgm, wangyike_wyk@163.com) \n- Upstream Issue: https://github.com/kubevela/kubevela/issues/5358\n'

# lfx-mentorship/2023/01-Mar-May/project_ideas.md at 41d53ef5 (whole file, its Description cut short): the
# same open Template fence over a project heading that names a part of Kubernetes; 1bc7e084 nested it under
# `### Kubernetes`.
OPEN_FENCE_OVER_CAPG = '## Template\n\n```\n### CNCF Project Name\n\n#### Mentorship project Title\n\n- Description: \n- Expected Outcome:\n- Recommended Skills: \n- Mentor(s): Mentor Name (@mentor_github, mentor@email.addy) \n- Upstream Issue: \n\n---\n\n## Proposed Project ideas\n\n### Cluster API Provider GCP (CAPG)\n\n#### Add telemetry and profiling support\n\n- Description: Cluster API Provider GCP (CAPG) enables the creation of Kubernetes clusters in GCP with Cluster API.\n- Expected Outcome: This work will enable tracing and profiling of a running instance of CAPG (along with supporting docs) to supports operations/support engineers.\nRecommend Skills: Golang, Kubernetes\nMentors(s): Carlos Panato (@cpanato), Richard Case (@richardcase)\nUpstream Issue: https://github.com/kubernetes-sigs/cluster-api-provider-gcp/issues/810\n\n---'

# lfx-mentorship/2022/01-Spring/project_ideas.md at 6d6f87a5: lines 1-18, line 32 and its last proposal (329-338)
# with a stray fence and blank lines after it; e64cddf0 ("LFX Project ideas formatting updated") deleted it.
STRAY_FENCE_AT_END = '# Projects ideas\n\nProject maintainers and mentors, please submit the ideas below (under the Proposed Project Ideas section) section using the [template](/PROJECT_IDEA_TEMPLATE.md).\n\n---\n\n## Template\n\n```\n#### CNCF Project Name\n##### Title\n\n- Description:\n- Recommended Skills:\n- Mentor(s):\n- Upstream Issue (URL):\n```\n\n## Proposed Project ideas\n\n#### OpenTelemetry PHP\n##### Help drive OpenTelemetry PHP to Beta\n\n- Description: Help to drive our [project board](https://github.com/open-telemetry/opentelemetry-php/projects/1) for OpenTelemetry PHP.  This includes validating spec compliance and writing PHP code to implement some of these features\n- Recommended Skills: PHP\n- Mentor(s): @bobstrecansky, @tidal, @brettmc\n- Upstream Issue (URL): https://github.com/open-telemetry/opentelemetry-php/projects/1\n```\n\n\n'

# lfx-mentorship/2021/01-Spring/project_ideas.md at 760fd223 (lines 1-16 and 261-281): the merge
# "Merge branch 'master' into patch-2" left a `=======` line; 690cabea ("formatting cleanup") deleted it.
LEFT_SEPARATOR = "## Projects ideas\n\nProject maintainers and mentors, please submit the ideas below (under the Proposed Project Ideas section) section using the [template](/PROJECT_IDEA_TEMPLATE.md).\n\n### Template\n\n```\n#### CNCF Project Name\n##### Title\n\n-\tDescription:\n-\tRecommended Skills:\n-\tMentor(s):\n-\tUpstream Issue (URL):\n```\n\n##### Grafana Dashboards for monitoring OpenEBS.\n\n- Description: OpenEBS is completely Kubernetes native and is implemented using microservices. OpenEBS can be installed via kubectl or helm chart and managed via Kubernetes custom resources. Each of the OpenEBS components/services expose prometheus metrics. This proposal is to provide Grafana dashboards for monitoring the OpenEBS services.\n\n- Recommended Skills: Go, Kubernetes, Grafana, Prometheus\n- Mentor(s): Kiran Mova (@kmova)\n- Upstream Issues (URL): https://github.com/openebs/openebs/issues/3333\n\n \n=======\n\n#### Volcano\n\n##### Enhanced Support to GPU\n\n- Description: Volcano has supported GPU sharing, but not enough. It's a lack of supporting multiple GPUs used for one container in device plugin. Your task is to complete related features about GPU support. \n- Recommended Skills: Go(basic), Kubernetes(basic), Volcano\n- Mentor(s): [@William-Wang](https://github.com/william-wang)\n- Upstream Issue (URL):\n  - https://github.com/volcano-sh/devices/issues/12\n  \n"

# lfx-mentorship/2021/01-Spring/project_ideas.md at ad276bc1^ (lines 1-16, 28 and
# 91-120): a `#### TBD` project heading; ad276bc1 ("project_ideas.md formatted") deleted it.
TBD_HEADING = '## Projects ideas\n\nProject maintainers and mentors, please submit the ideas below (under the Proposed Project Ideas section) section using the [template](/PROJECT_IDEA_TEMPLATE.md).\n\n### Template\n\n```\n#### CNCF Project Name\n##### Title\n\n-\tDescription:\n-\tRecommended Skills:\n-\tMentor(s):\n-\tUpstream Issue (URL):\n```\n\n### Proposed Project ideas\n\n#### Tremor\n\n##### Support for Syslog Protocol\n-\tDescription: Enable Tremor to receive and send Syslog Protocol Messages (https://tools.ietf.org/html/rfc5424) , supporting as much syslog implementations as possible that might deviate from the standard\n-\tRecommended Skills: Rust Programming (beginner is ok), some experience with syslog (beginner is ok)\n-\tMentor(s): Matthias Wahl (@mfelsche), Anup Dhamala (@anupdhml)\n-\tUpstream Issue (URL): https://github.com/tremor-rs/tremor-runtime/issues/12\n\n##### Continuous benchmarking and benchmarking infrastructure\n-\tDescription: Set up infrastructure for running Tremor benchmarks periodically\n-\tRecommended Skills: Rust Programming, Github CI, Shell scripting, Linux command line\n-\tMentor(s): Anup Dhamala (@anupdhml), Darach Ennis (@darach)\n-\tUpstream Issue (URL): https://github.com/tremor-rs/tremor-runtime/issues/722\n\n##### Property based tests for tremor-script\n-\tDescription: Extend property-based testing for tremor script\n-\tRecommended Skills: Erlang Programming, Rust Programming, Property Based Testing (EQC)\n-\tMentor(s): Heinz Gies (@Licenser), Matthias Wahl (@mfelsche)\n-\tUpstream Issue (URL): https://github.com/tremor-rs/tremor-runtime/issues/721\n\n#### Google Cloud Connector\n-\tDescription: Enhance tremor with connectors for the Google Cloud Platform\n-\tRecommended Skills: Rust programming ( beginner is ok ), some experience with Google Cloud or other platforms\n-\tMentor(s): Darach Ennis (@darach), Heinz Gies (@Licenser)\n-\tUpstream Issue (URL): https://github.com/tremor-rs/tremor-runtime/issues/724\n\n#### TBD\n\n\n#### Chaos Mesh\n'

LFX_2021 = "lfx-mentorship/2021/01-Spring/project_ideas.md"


def _found(text: str, path: str, code: str) -> list[tuple[int, Severity, str]]:
    return [(d.line, d.severity, d.message) for d in lint_text(text, path) if d.code == code]


def test_a_heading_link_broken_across_lines_is_reported_at_each_heading():
    found = _found(SPLIT_HEADING_LINKS, "lfx-mentorship/2021/01-Spring/README.md", "PL503")
    assert [(line, severity) for line, severity, _ in found] == [(5, Severity.WARNING), (15, Severity.WARNING)]
    assert "join the link's text and target on the heading's line" in found[0][2]
    assert _found(JOINED_HEADING_LINKS, "lfx-mentorship/2021/01-Spring/README.md", "PL503") == []


def test_a_link_inside_a_links_text_is_reported_and_a_bracket_in_link_text_is_not():
    found = lint_text(NESTED_TOC_LINK, "programs/summerofcode/2026.md")
    (nested,) = [d for d in found if d.code == "PL503"]
    assert (nested.line, nested.column) == (7, 3) and "one link per text" in nested.message
    # programs/summerofcode/2023.md at cd5d784e, line 82: brackets inside a link's text are text, not a link
    meshmodel = "    + [[MeshModel] Kubernetes Ontology Browser](#meshmodel-kubernetes-ontology-browser)\n"
    assert _found(meshmodel, "programs/summerofcode/2023.md", "PL503") == []


def test_a_template_fence_never_closed_is_an_error_at_the_fence():
    path = "lfx-mentorship/2023/01-Mar-May/project_ideas.md"
    assert [(line, severity) for line, severity, _ in _found(UNCLOSED_TEMPLATE_FENCE, path, "PL504")] == [
        (3, Severity.ERROR)]
    closed = UNCLOSED_TEMPLATE_FENCE.replace("---\n\n## Proposed", "---\n\n```\n\n## Proposed")  # as 27b719d3 did
    assert _found(closed, path, "PL504") == []
    assert any(d.line > 20 for d in lint_text(closed, path))  # its proposals are read again (the CAPG one lacks `- `s)


def test_the_proposals_after_a_template_fence_never_closed_are_checked_too():
    path = "lfx-mentorship/2023/01-Mar-May/project_ideas.md"
    found = lint_text(OPEN_FENCE_OVER_CAPG, path)
    assert [(d.line, d.severity) for d in found if d.code == "PL504"] == [(3, Severity.ERROR)]
    (part,) = [d for d in found if d.code == "PL105"]  # a part of Kubernetes by its `Upstream Issue:` line
    assert part.line == OPEN_FENCE_OVER_CAPG.split("\n").index("### Cluster API Provider GCP (CAPG)") + 1 == 18
    assert "names a part of Kubernetes" in part.message
    assert {d.line for d in found if d.code == "PL206"} == {24, 25, 26}  # its fields written without `- `
    # only a Template fence ends there, and only at a heading of the Template heading's level or above
    not_a_template = OPEN_FENCE_OVER_CAPG.replace("## Template", "## Notes", 1)
    codes = {d.code for d in lint_text(not_a_template, path)}
    assert "PL504" in codes and not codes & {"PL105", "PL206", "PL302"}  # the rest is code, as GitHub shows it
    deeper = OPEN_FENCE_OVER_CAPG.replace("## Proposed Project ideas", "### Proposed Project ideas")
    assert [d.code for d in lint_text(deeper, path) if d.line > 3] == []


def test_a_stray_fence_with_only_blank_lines_after_it_is_a_warning():
    ((line, severity, message),) = _found(STRAY_FENCE_AT_END, "lfx-mentorship/2022/01-Spring/project_ideas.md", "PL504")
    fence_line = max(number for number, text in enumerate(STRAY_FENCE_AT_END.split("\n"), 1) if text == "```")
    assert (line, severity) == (fence_line, Severity.WARNING)
    assert "delete the line" in message


def test_a_conflict_separator_left_by_a_merge_is_an_error():
    ((line, severity, _),) = _found(LEFT_SEPARATOR, LFX_2021, "PL505")
    assert (line, severity) == (LEFT_SEPARATOR.split("\n").index("=======") + 1, Severity.ERROR)


def test_a_separator_after_a_list_item_is_a_marker_but_a_setext_underline_is_not():
    # programs/lfx-mentorship/2020/q3-q4/selected_projects.md at cd5d784e (lines 84-85), left by 5e6b1229
    # ("Merge branch 'master' into patch-1"): GitHub renders the line as text of the list item above it
    lazy = ("- Community Bridge project (URL): https://people.communitybridge.org/project/"
            "ba41187f-fa8d-47e1-8046-4040e5b35b73\n=======\n")
    assert [line for line, _, _ in _found(lazy, "selected_projects.md", "PL505")] == [2]
    assert _found("Mentees\n=======\n\nThe selected mentees.\n", "README.md", "PL505") == []
    assert _found("```\n<<<<<<< HEAD\n```\n", "README.md", "PL505") == []
    sides = "<<<<<<< HEAD\nMentees\n=======\nMentors\n>>>>>>> main\n"
    assert [line for line, _, _ in _found(sides, "README.md", "PL505")] == [1, 3, 5]


def test_a_tbd_project_heading_is_a_placeholder():
    ((line, severity, message),) = _found(TBD_HEADING, LFX_2021, "PL501")
    assert (line, severity) == (TBD_HEADING.split("\n").index("#### TBD") + 1, Severity.ERROR)
    assert "write the real project name" in message
    assert _found(TBD_HEADING.replace("#### TBD\n", ""), LFX_2021, "PL501") == []  # as ad276bc1 did
    # programs/summerofcode/2017.md at cd5d784e, line 67: `#### TODO` with nothing under it
    text = "### Kubernetes\n\n#### TODO\n\n### Fluentd\n\n#### Fluentd Monitoring Dashboard\n* Description: x\n"
    codes = [d.code for d in lint_text(text, "programs/summerofcode/2017.md") if d.line == 3]
    assert codes == ["PL103"]
