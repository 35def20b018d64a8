"""Mentor fields as real mentors wrote them, from cncf/mentoring's history (each excerpt cites its commit):
a note under Mentor(s) is no mentor entry, an address in a link's text is the mentor's email, and a
`Co-Mentor:` field beside Mentor(s) is part of the mentor field (issue 25, precision)."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.core.diagnostics import Severity
from proposal_lint.core.model import Span
from proposal_lint.reading.mentors import parse_mentors
from proposal_lint.reading.parser import parse_document
from proposal_lint.reading.mentors.read import is_note

# programs/lfx-mentorship/2024/02-Jun-Aug/project_ideas.md at ca2397a8 ("add prometheus remote write project for
# june 2024"), lines 1-20 and 70-82: the third line under Mentor(s) is a note that two more people can help.
NOTE_UNDER_MENTORS = "## Template\n\n```\n### CNCF Project Name\n\n#### Mentorship project Title\n\n- Description:\n- Expected Outcome:\n- Recommended Skills:\n- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy) - please use the same email address as you use on the LFX Mentorship Platform at https://mentorship.lfx.linuxfoundation.org\n- Upstream Issue:\n\n```\n\n---\n\n## Proposed Project ideas\n\n### Prometheus\n\n#### Prometheus Remote Write Benchmarking Capabilities\n\n- Description: Prometheus remote write allows users to send their metrics to other time series databases. Though the [Prombench tool](https://github.com/prometheus/test-infra/tree/master/prombench) has existed for a number of years, it has never been extended to support performance testing of Remote Write in a realistic production like environment. With the upcomming Remote Write 2.0 changes to both the underlying implementation as well as the wire format, the need for benchmarking of remote write beyond static Go bechmark tests has increased.\n- Expected Outcome: Build additional (or extends existing) tooling, similar to Prombench’s [load-generator](https://github.com/prometheus/test-infra/tree/master/tools/load-generator) and [avalanche](https://github.com/prometheus-community/avalanche), to support scenarios under which remote write should be performance tested. For example; allowing gradual increases/decreases in # of active series, sudden spikes in active series, various amounts of latency in the server receiving the remote write data, etc. Time permitted, extend Prombench's test suite to include a set of Remote Write tests that can be run via a new command.\n- Recommended Skills: Go, some familiarity with Prometheus or metrics, basic Docker knowledge\n- Mentor(s): \n  - Callum Styan (@cstyan, callumstyan@gmail.com), \n  - Jesús Vázquez (@jesusvazquez, jesus.vazquez@grafana.com)\n  - Nico Pazos and Alex Greenbank from Grafana also available to help\n- Upstream Issue: https://github.com/prometheus/prometheus/issues/13995\n\n"
NOTE_PATH = "programs/lfx-mentorship/2024/02-Jun-Aug/project_ideas.md"

# summerofcode/2023.md at 3ec2c8db ("Updating GSoC 2023 ideas list"), lines 9-25, 174-175 and 186-202 (the ideas
# heading added): the mentor's address, obfuscated, inside the text of the link to his GitHub profile.
ADDRESS_IN_LINK_TEXT = '### Template\n\n```\n### CNCF Project Name\n\n#### Title\n\n- Description: (2-5+ sentences)\n- Expected outcome:\n- Recommended Skills:\n- Mentor(s): (Name, github, email)\n- Expected project size: (175 or 350 Hours)\n- Difficulty: (Easy, Medium, or Hard)\n- Upstream Issue (URL):\n```\n\n---\n## Ideas\n\n### Keptn\n\n#### Build Standard KeptnTaskDefinition Library\n- Description: [Keptn Lifecycle Toolkit (KLT)](https://github.com/keptn/lifecycle-toolkit) can run pre and post deployment tasks. Currently KLT supports the [Deno](https://deno.land) runtime. KeptnTasks can be used for almost anything that an individual can dream up and script in JavaScript. However, users (especially new adopters) usually need a useful set of example tasks that they can use and / or modify to suit their requirements.\n\nThis project would build such a library of re-usable tasks for common tasks such as:\n\n- Notifying Chat tools\n- Triggering external tools (eg. a pipeline)\n- Integrations with Systems of Record (i.e. to update a CMDB)\n\nThis project lends itself to GSoC due to the modular nature of the tasks which almost guarantees that something will be delivered - the task delivery can be planned an organised easily into sprints across the project lifecycle. It is also relatively easy - given that the tasks are simply JavaScript - it should be easy for most first time contributors.\n\n- Expected outcome: A catalogue of useful, re-usable `KeptnTaskDefinitions` that will serve as useful reference material for adopters\n- Recommended Skills: Typescript and / or JavaScript, basic understanding of Keptn Lifecycle Toolkit, Kubernetes basic knowledge, knowledge of CRDs\n- Mentor[s]: [Adam Gardner (adam at agardner dot net)](https://github.com/agardnerit)\n- Expected project size: 175h\n- Difficulty: Easy\n- Upstream Issue (URL): https://github.com/keptn-contrib/klt-tasks/issues/3\n'

# programs/lfx-mentorship/2024/03-Sep-Nov/project_ideas.md at 84ad07ff ("add KCL lfx 2024-03 projects"),
# lines 1-21, 241-242 and 253-264: a `- Co-Mentor:` field after `- Mentor(s):`.
CO_MENTOR_FIELD = '## Template\n\n```\n### CNCF Project Name\n\n#### Mentorship project Title\n\n- Description:\n- Expected Outcome:\n- Recommended Skills:\n- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy) - please use the same email address as you use on the LFX Mentorship Platform at https://mentorship.lfx.linuxfoundation.org\n  - 2nd Mentor Name (@mentor_github, mentor@email.addy)\n- Upstream Issue:\n\n```\n\n---\n\n## Proposed Project ideas\n\n### KCL\n\n#### The checksum check of the three-party dependencies\n\n- Description: `kpm` is a package management tool for KCL. `kpm` currently lacks checksum verification for dependencies, so this part needs to be completed to support package integrity verification and package source verification\n\n- Expected Outcome: Complete the workflow of adding checksum through `kpm` when uploading package and verifying checksum through `kpm` when downloading package\n- Recommended Skills: golang\n- Mentor(s):\n  - Pengfei Xu (@Peefy, xpf6677@gmail.com)\n  - Zhe Zong (@zong-zhe, zongzhe1024@163.com)\n- Co-Mentor:\n  - Akash Kumar (@AkashKumar7902, meakash7902@gmail.com)\n- Upstream Issue (URL): https://github.com/kcl-lang/kpm/issues/394\n'
CO_MENTOR_PATH = "programs/lfx-mentorship/2024/03-Sep-Nov/project_ideas.md"


def _codes(text: str, path: str, line: int) -> list[str]:
    return sorted(d.code for d in lint_text(text, path) if d.line == line)


def test_a_sentence_under_mentors_is_a_note_not_two_mentors():
    note_line = NOTE_UNDER_MENTORS.splitlines().index("  - Nico Pazos and Alex Greenbank from Grafana also available to help") + 1
    assert _codes(NOTE_UNDER_MENTORS, NOTE_PATH, note_line) == []
    # the mentors above it are still read, and still checked
    one_without_email = NOTE_UNDER_MENTORS.replace(", jesus.vazquez@grafana.com", "")
    assert "PL302" in _codes(one_without_email, NOTE_PATH, note_line - 1)


def test_a_note_needs_sentence_words_and_no_identity():
    assert is_note("Nico Pazos and Alex Greenbank from Grafana also available to help")
    assert not is_note("Nico Pazos and Alex Greenbank")  # two mentors, names only
    assert not is_note("Juan Carlos de la Cruz")  # one name, particles lowercase
    assert not is_note("Alex Greenbank from Grafana is also available to help (@agreenbank)")  # a handle


def test_an_obfuscated_address_in_a_links_text_is_the_mentors_email():
    line = ADDRESS_IN_LINK_TEXT.splitlines().index(
        "- Mentor[s]: [Adam Gardner (adam at agardner dot net)](https://github.com/agardnerit)") + 1
    codes = {d.code: d for d in lint_text(ADDRESS_IN_LINK_TEXT, "summerofcode/2023.md") if d.line == line}
    assert "PL302" not in codes  # the address is there
    assert codes["PL309"].severity is Severity.INFO and "`adam@agardner.net`" in codes["PL309"].message


def test_the_name_of_a_link_that_holds_an_address_is_the_text_before_it():
    text = "[Adam Gardner (adam at agardner dot net)](https://github.com/agardnerit)"
    (mentor,) = parse_mentors(text, Span("x.md", 1, 1, 1, len(text)))
    assert (mentor.name, mentor.handle, mentor.email) == ("Adam Gardner", "agardnerit", "adam@agardner.net")


def test_a_co_mentor_field_is_part_of_the_mentor_field():
    lines = CO_MENTOR_FIELD.splitlines()
    label_line = lines.index("- Co-Mentor:") + 1
    assert _codes(CO_MENTOR_FIELD, CO_MENTOR_PATH, label_line) == []  # no PL204 unknown-field
    assert _codes(CO_MENTOR_FIELD, CO_MENTOR_PATH, label_line + 1) == []  # no PL206 misplaced-content
    # the co-mentor counts as a mentor: read with the co-mentor role, and checked like one
    [proposal] = parse_document(CO_MENTOR_FIELD, CO_MENTOR_PATH).proposals
    assert [(m.handle, m.role) for f in proposal.fields for m in f.mentors] == [
        ("Peefy", None), ("zong-zhe", None), ("AkashKumar7902", "co-mentor")]
    without_email = CO_MENTOR_FIELD.replace(", meakash7902@gmail.com", "")
    assert "PL302" in _codes(without_email, CO_MENTOR_PATH, label_line + 1)


# lfx-mentorship/2023/01-Mar-May/README.md at d99d9ada, lines 228-238: a garbled Mentor(s) line left in above
# the same mentors written properly.
GARBLED_REPEAT = """\
### Harbor

#### Regex replication rules

- Description: Add more versatile replication filters
- Expected Outcome: Implement regex capability when defining relication rules, update documentation and present the functionality
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): vb@container-registry.com@Vad1mo @wy65701436 @OrlinVasilev
- Mentor(s): @Vad1mo - Vadim Bauer, vb@container-registry.com); @wy65701436 - Yan Wang(wangyan@vmware.com); @OrlinVasilev Orlin Vasilev (ovasilev@vmware.com)
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/8614 
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/49749be9-5a67-4b2b-9312-7def13ae98b8
"""
GARBLED_PATH = "lfx-mentorship/2023/01-Mar-May/README.md"


def test_a_garbled_repeat_of_the_mentor_line_is_reported_as_a_line_to_delete():
    findings = [d for d in lint_text(GARBLED_REPEAT, GARBLED_PATH) if d.line in (8, 9)]
    on_repeat = [(d.code, d.message) for d in findings if d.line == 8]
    assert [code for code, _ in on_repeat] == ["PL205"]
    assert "repeats the mentors of the `Mentor(s)` at line 9" in on_repeat[0][1]
    assert on_repeat[0][1].endswith("garbled: delete this line")
    # the kept line is not told it repeats the garbled one, nor are its mentors "already listed" there
    assert {d.code for d in findings if d.line == 9} == {"PL304"}


# programs/summerofcode/2025.md at 9b48b898, lines 222-250: the second mentor of the proposal form KubeStellar
# filled in left as `[Second Mentor's Name] (@second-mentor-github, second-mentor-email)`.
PLACEHOLDER_SECOND_MENTOR = "#### KubeStellar\n\n##### AI/ML Model Monitoring and Drift Detection in Disconnected Clusters using KubeStellar\n\n- Description: AI/ML models deployed in disconnected environments, such as edge clusters and air-gapped systems, often suffer from model drift—a degradation in model performance due to changes in input data distributions. Without continuous monitoring, models may become inaccurate, leading to unreliable predictions.\n\n  This project aims to integrate model monitoring and drift detection into KubeStellar, enabling Kubernetes-based AI workloads to detect data drift locally and sync monitoring metrics when connectivity is restored. The solution will use lightweight monitoring agents deployed alongside ML models to track data distribution changes and alert mechanisms to trigger model retraining when necessary.\n\n  The system will also include policies for efficient metric storage and synchronization between disconnected and central clusters while minimizing bandwidth usage.\n\n- Expected Outcome:\n  - A KubeStellar-compatible AI/ML monitoring component that tracks model drift in disconnected clusters.\n  - Efficient local storage and synchronization of monitoring metrics when connectivity is restored.\n  - Policies for adaptive model retraining triggers based on drift detection signals.\n  - Integration with existing ML tools (e.g., Prometheus, TensorFlow Extended, OpenTelemetry).\n  - Open-source documentation and example workflows demonstrating how KubeStellar manages AI model monitoring across disconnected clusters.\n- Recommended Skills:\n  - Kubernetes and container orchestration\n  - AI/ML model deployment & monitoring\n  - Python, Go (for Kubernetes integrations)\n  - Experience with logging/monitoring tools (Prometheus, OpenTelemetry)\n  - Familiarity with KubeStellar (preferred but not required)\n - Expected Project Size: Large (~350 hours)\n  This project requires implementing multiple components: local monitoring, drift detection, synchronization, and integration with KubeStellar. It also involves research into efficient data synchronization strategies for low-bandwidth environments.\n\n- Mentor(s):\n  - Andy Anderson (@clubanderson, andy@clubanderson.com) - Primary Mentor\n  - [Second Mentor's Name] (@second-mentor-github, second-mentor-email)\n- Upstream Issue (URL): https://github.com/kubestellar/kubestellar/issues/2791\n"


def test_a_placeholder_mentor_entry_is_reported_as_a_placeholder_not_as_a_mentor_without_email():
    path = "programs/summerofcode/2025.md"
    line = PLACEHOLDER_SECOND_MENTOR.splitlines().index(
        "  - [Second Mentor's Name] (@second-mentor-github, second-mentor-email)") + 1
    on_line = [(d.code, d.message) for d in lint_text(PLACEHOLDER_SECOND_MENTOR, path) if d.line == line]
    assert [code for code, _ in on_line] == ["PL501"]
    assert "is a placeholder, not a mentor" in on_line[0][1]
    # the real mentor above it is still read and checked
    assert _codes(PLACEHOLDER_SECOND_MENTOR.replace(", andy@clubanderson.com", ""), path, line - 1) == ["PL302"]


# lfx-mentorship/2021/01-Spring/project_ideas.md at 9a52a896 (the parent of baad3c1e, "Provide full names of LFX
# Spring 2021 SPIRE mentors"), lines 5-26 (the Template block, which writes no form for an entry, and the Sample,
# which names its mentor: `Krasi Georgiev (@krasi-georgiev)`) and 340-347: two mentors given by handle only.
# baad3c1e wrote `Andrew Harding (@azdagron), Evan Gilman (@evan2645)`.
SPIRE_2021_1 = '### Template\n\n```\n#### CNCF Project Name\n##### Title\n\n-\tDescription:\n-\tRecommended Skills:\n-\tMentor(s):\n-\tUpstream Issue (URL):\n```\n\n### Sample:\n\n#### Prometheus (sample)\n\n##### Refactor the APIs for better readability and less maintenance overhead\n\n- Description: Currently the HTTP API is not very well organized and needs some tidying up. The actual course of action is not decided yet, but [go-kit](https://github.com/go-kit/kit) looks like a good fit.\n- Recommended Skills: golang\n- Mentor(s): Krasi Georgiev (@krasi-georgiev)\n- Issue: https://github.com/prometheus/prometheus/issues/3416\n\n\n### Proposed Project ideas\n\n#### SPIFFE/SPIRE\n\n##### Design and implement a health/status subsystem in SPIRE\n\n-       Description: [SPIRE](https://spiffe.io), the SPIFFE Runtime Environment, is an extensible system that implements the principles embodied in the SPIFFE standards. SPIRE manages platform and workload attestation, provides an API for controlling attestation policies, and coordinates certificate issuance and rotation. Being a critical system, it is important that operators be able to monitor (and respond to) the current health/state of their SPIRE deployments. To do this, SPIRE needs to grow a full-featured health subsystem that is capable of collecting the status of other subsystems and reporting on it. In this project, you will design and implement this new subsystem with the help and guidance of the SPIRE maintainers.\n-\tRecommended Skills: Go\n-\tMentor(s): @azdagron, @evan2645\n-\tUpstream Issue (URL): https://github.com/spiffe/spire/issues/2047\n'
SPIRE_PATH = "lfx-mentorship/2021/01-Spring/project_ideas.md"
SPIRE_MENTORS = "-\tMentor(s): @azdagron, @evan2645"


def test_a_mentor_given_by_handle_only_is_an_info_where_the_template_writes_no_form():
    line = SPIRE_2021_1.splitlines().index(SPIRE_MENTORS) + 1
    found = [(d.code, d.line, d.column, d.severity) for d in lint_text(SPIRE_2021_1, SPIRE_PATH) if d.line == line]
    assert found == [("PL304", line, 14, Severity.INFO), ("PL304", line, 25, Severity.INFO)]
    [first, _] = [d for d in lint_text(SPIRE_2021_1, SPIRE_PATH) if d.code == "PL304"]
    assert "`Full Name (@azdagron)`" in first.message
    named = SPIRE_2021_1.replace(SPIRE_MENTORS, "-\tMentor(s): Andrew Harding (@azdagron), Evan Gilman (@evan2645)")
    assert [d for d in lint_text(named, SPIRE_PATH) if d.code == "PL304"] == []  # as baad3c1e left it


def test_a_name_that_is_only_the_handle_is_an_info_where_the_template_writes_no_form():
    """The same proposal with the handle typed where the name belongs, as `juntao(@juntao)` in 2022 Summer."""
    as_names = SPIRE_2021_1.replace(SPIRE_MENTORS, "-\tMentor(s): azdagron (@azdagron), Evan Gilman (@evan2645)")
    found = [(d.column, d.severity, "gives the handle as the name" in d.message)
             for d in lint_text(as_names, SPIRE_PATH) if d.code == "PL304"]
    assert found == [(14, Severity.INFO, True)]
