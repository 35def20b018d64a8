"""A term file's Sample proposal, beside its Template block, is the era's own too: its labels and
its heading levels are not defects (real text: cncf/mentoring, LFX 2022 Spring)."""

from __future__ import annotations

from proposal_lint import lint_text

PATH = "programs/lfx-mentorship/2022/01-Spring/project_ideas.md"

# d2f20683 ("LFX 2022 Spring init"): the block writes ####/##### and `Upstream Issue (URL)`,
# the Sample beside it ###/#### and `Issue`.
HEAD = """# LFX Mentorship 2022 Spring

## Template

```
#### CNCF Project Name
##### Title

- Description:
- Recommended Skills:
- Mentor(s):
- Upstream Issue (URL):
```

## Sample

### Prometheus (sample)

#### Refactor the APIs for better readability and less maintenance overhead

- Description: Currently the HTTP API is not very well organized and needs some tidying up.
- Recommended Skills: golang
- Mentor(s): Krasi Georgiev (@krasi-georgiev)
- Issue: <https://github.com/prometheus/prometheus/issues/3416>

## Proposed Project ideas

"""

# e64cddf0 ("LFX Project ideas formatting updated"): Vitess's proposal writes the Sample's `Issue:`.
VITESS = """#### Vitess

##### Add complete parsing support for MySQL functions

- Description: Vitess has its own in-built SQL-parser; a lot of MySQL functions are not parsed correctly.
- Recommended Skills: go, SQL, yacc, compilers and lexers
- Mentor(s): Manan Gupta (@GuptaManan100)
- Issue: <https://github.com/vitessio/vitess/issues/8604>
"""

# 50854236 ("chore: new proposal for chaos mesh"): written at the Sample's levels.
CHAOS_MESH = """### Chaos Mesh

#### Interactive Katacoda Playground for Chaos Experiment Examples

- Description: We want to build more Katacoda scenarios as the minimum examples for each type of chaos experiment.
- Recommended Skills: golang, Kubernetes, Shell scripts
- Mentor(s): Zhiqiang Zhou (@STRRL)
- Upstream Issue (URL): <https://github.com/chaos-mesh/chaos-mesh/issues/2842>
"""


def test_a_label_the_sample_writes_draws_no_finding_and_no_fix():
    found = [d for d in lint_text(HEAD + VITESS, PATH) if d.code == "PL203"]
    assert found == []


def test_a_label_neither_block_writes_is_still_reported():
    text = HEAD + VITESS.replace("- Issue:", "- Upstream Isue:")
    assert [d.code for d in lint_text(text, PATH) if d.code == "PL203"] == ["PL203"]


def test_a_proposal_at_the_samples_heading_levels_is_an_info():
    """Reviewers moved such proposals to the Template's levels (cncf/mentoring 30e8ca5a, 2022 Spring):
    still reported, but as an info, since the era's own Sample wrote them so."""
    found = [d for d in lint_text(HEAD + CHAOS_MESH, PATH) if d.code == "PL102"]
    assert [d.severity.label for d in found] == ["info"] and "Sample" in found[0].message


def test_a_proposal_at_neither_blocks_levels_is_still_reported():
    text = HEAD + CHAOS_MESH.replace("### Chaos Mesh", "## Chaos Mesh").replace("#### Interactive", "### Interactive")
    assert [d.code for d in lint_text(text, PATH) if d.code == "PL102"] == ["PL102"]


def test_a_label_that_differs_only_by_small_words_is_the_templates():
    """091b6ae1 (GSoC 2022, Knative) writes `Expected size of the project:`; a block writing
    `Expected size of project:` asks for the same label."""
    block = HEAD.replace("- Upstream Issue (URL):\n```", "- Upstream Issue (URL):\n- Expected size of project:\n```")
    proposal = VITESS.replace("- Issue:", "- Expected size of the project: 350h\n- Issue:")
    assert [d.code for d in lint_text(block + proposal, PATH) if d.code in ("PL203", "PL204")] == []
    typo = proposal.replace("size of the project", "sise of the project")
    assert [d.code for d in lint_text(block + typo, PATH) if d.code in ("PL203", "PL204")] == ["PL203"]


def test_a_project_heading_above_the_files_other_projects_is_reported_on_its_own_line():
    """30e8ca5a moved `### Chaos Mesh` to `####` beside Vitess's `####`: the project heading is a
    defect of its own (a warning, on its line), besides the title's info."""
    found = [d for d in lint_text(HEAD + VITESS + "\n" + CHAOS_MESH, PATH) if d.code == "PL102"]
    project = CHAOS_MESH.splitlines()[0]
    heading_line = (HEAD + VITESS + "\n").count("\n") + 1
    assert [(d.line, d.severity.label) for d in found] == [(heading_line, "warning"), (heading_line + 2, "info")]
    assert f"write `#{project}`" in found[0].message


def test_a_project_heading_at_the_files_own_level_is_not_the_odd_one_out():
    """Where the other projects sit at the same level (the whole file one level up), the heading
    is no odd one out: only the titles' findings remain."""
    up = VITESS.replace("#### Vitess", "### Vitess").replace("##### Add", "#### Add")
    found = [d for d in lint_text(HEAD + up + "\n" + CHAOS_MESH, PATH) if d.code == "PL102"]
    assert [d.message.startswith("proposal title and its project heading") for d in found] == [True, True]
