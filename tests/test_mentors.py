"""One row per real mentor-entry shape: what it parses to, and which PL3xx codes it gets where."""

import dataclasses
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proposal_lint import lint_text
from proposal_lint.rules.context import RunContext
from proposal_lint.reading.mentors import parse_mentors
from proposal_lint.reading.mentors.entries import EntryReader, template_form
from proposal_lint.reading.mentors.handles import handle_error, is_github_handle
from proposal_lint.core.model import Span
from proposal_lint.reading.parser import parse_document
from proposal_lint.rules.pl3_mentors import pl313_mentor_count
from proposal_lint.core.template import MentorPolicy, builtin_template

PROPOSAL = """### Demo

#### A title

- Description: d
- Expected Outcome: e
- Recommended Skills: s
- Mentor(s):
  - {entry}
  - Second Person (@second-person, second@cncf.io)
- Upstream Issue: https://github.com/o/r/issues/1
- LFX URL:
"""
ENTRY_LINE, ENTRY_COLUMN = 9, 5

# (entry, name, handle, email, role, ["CODE@column", ...] for PL3xx on the entry's line)
SHAPES = [
    ("Jane Doe (@jane-doe, jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, []),
    ("william wang(@william-wang, wang.platform@gmail.com)", "william wang", "william-wang", "wang.platform@gmail.com", None, []),
    ("Jane Doe (@jane-doe)", "Jane Doe", "jane-doe", None, None, ["PL302@5"]),
    ("Jane Doe (jane@cncf.io)", "Jane Doe", None, "jane@cncf.io", None, ["PL303@5"]),
    ("Jane Doe", "Jane Doe", None, None, None, ["PL302@5", "PL303@5"]),
    ("@jane-doe", None, "jane-doe", None, None, ["PL302@5", "PL304@5"]),
    ("[Manan Gupta](https://github.com/GuptaManan100) (manan@planetscale.com)", "Manan Gupta", "GuptaManan100", "manan@planetscale.com", None, ["PL304@5"]),
    ("[@jane-doe](https://github.com/jane-doe)", None, "jane-doe", None, None, ["PL302@5", "PL304@5"]),
    ("Jane Doe [@jane-doe](https://github.com/jane-doe)", "Jane Doe", "jane-doe", None, None, ["PL302@5", "PL304@5"]),
    ("Jane Doe (@[jane-doe](https://github.com/jane-doe), jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Lee Calcote ([@lcalcote](https://twitter.com/lcalcote))", "Lee Calcote", None, None, None, ["PL302@5", "PL303@5"]),
    ("Jane Doe ([Jane](https://www.linkedin.com/in/jane), jane@cncf.io)", "Jane Doe", None, "jane@cncf.io", None, ["PL303@5"]),
    ("Jane Doe (jane-doe, jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL307@15"]),
    ("Jane Doe (https://github.com/jane-doe, jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL307@15"]),
    ("Jane Doe @jane-doe jane@cncf.io", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Jane Doe @jane-doe (jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("yi (@0yi0 yi@secondstate.io)", "yi", "0yi0", "yi@secondstate.io", None, ["PL304@5"]),
    ("TianYi(Tony) (@Kavinjsir, tony@cncf.io)", "TianYi(Tony)", "Kavinjsir", "tony@cncf.io", None, []),
    ("Jane Doe (@jane-doe, jane@cncf.io) - primary", "Jane Doe", "jane-doe", "jane@cncf.io", "primary", []),
    ("Jane Doe (@jane-doe, jane@cncf.io) (primary)", "Jane Doe", "jane-doe", "jane@cncf.io", "primary", []),
    ("Jane Doe (@jane-doe, jane@cncf.io) - Secondary Mentor", "Jane Doe", "jane-doe", "jane@cncf.io", "secondary", []),
    ("Primary Mentor: Nina Polshakova (@npolshakova, nina.polshakova@solo.io)", "Nina Polshakova", "npolshakova", "nina.polshakova@solo.io", "primary", []),
    ("Co-Mentor: Jane Doe (@jane-doe, jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", "co-mentor", []),
    ("Jane Doe (@jane-doe, <jane@cncf.io>)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Jane Doe (@jane-doe, [jane@cncf.io](mailto:jane@cncf.io))", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Jane Doe (@jane-doe, mailto:jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Luke Kingland @lkingland (kingland AT redhat DOT com) - primary", "Luke Kingland", "lkingland", "kingland@redhat.com", "primary", ["PL304@5", "PL309@31"]),
    ("Jane Doe (@jane-doe, jane[at]cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL309@26"]),
    ("(Jane Doe, @jane-doe, jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Jane Doe, jane-doe, jane@cncf.io", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5", "PL307@15"]),
    ("Jane Doe (@jane-doe, jane [at] cncf [dot] io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL309@26"]),
    ("Jane Doe (@jane-doe, jane@cncf.io), Bob Roe (@bob-roe, bob@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL305@5"]),
    ("Jane Doe (@jane-doe, jane@cncf.io); Bob Roe (@bob-roe, bob@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL305@5"]),
    ("Jane Doe (@jane-doe, jane@cncf.io) and Bob Roe (@bob-roe, bob@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL305@5"]),
    ("Jane Doe (@jane-doe, jane@cncf.io), Bob Roe (@bob-roe, bob@cncf.io),", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL305@5"]),
    ("Jane Doe (@jane-doe, jane@cncf.io) Bob Roe (@bob-roe, bob@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL305@5"]),
    ("Jane Doe | @jane-doe | jane@cncf.io | janedoe", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
    ("Jane\u00a0Doe\u00a0(@jane-doe,\u00a0jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, []),
    ("Jane Doe (@jane-doe\uff0c jane@cncf.io)", "Jane Doe", "jane-doe", "jane@cncf.io", None, []),
    ("Hung-Ying, Tai (@hydai, hydai@secondstate.io)", "Hung-Ying, Tai", "hydai", "hydai@secondstate.io", None, []),
    ("Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) from Drasi - primary", "Aman Singh", "amansinghoriginal", "singh.amandeep@microsoft.com", "primary", []),
    ("YiYing He (@q82419 , yiying@secondstate.io) - Primary", "YiYing He", "q82419", "yiying@secondstate.io", "primary", []),
    ("Jane Doe (@jane_doe, jane@cncf.io)", "Jane Doe", "jane_doe", "jane@cncf.io", None, ["PL306@15"]),
    ("Jane Doe (@-jane, jane@cncf.io)", "Jane Doe", "-jane", "jane@cncf.io", None, ["PL306@15"]),
    ("Jane Doe (@jane-doe, jane@cncf)", "Jane Doe", "jane-doe", "jane@cncf", None, ["PL308@26"]),
    ("Jane Doe (@jane-doe, mailtojane@cncf.io)", "Jane Doe", "jane-doe", "mailtojane@cncf.io", None, ["PL310@26"]),
    ("Jane Doe (@jane-doe, jane@email.addy)", "Jane Doe", "jane-doe", "jane@email.addy", None, ["PL311@26"]),
    ("Jane Doe (@jane-doe, jane@example.com)", "Jane Doe", "jane-doe", "jane@example.com", None, ["PL311@26"]),
    ("TBD (@tbd, tbd@email)", "TBD", "tbd", "tbd@email", None, []),  # a placeholder entry: PL501's, not PL311's
    ("Jane Doe (@jane-doe, jane@gmail.con)", "Jane Doe", "jane-doe", "jane@gmail.con", None, ["PL312@26"]),
    ("Jane Doe (@jane-doe, jane@gmial.com)", "Jane Doe", "jane-doe", "jane@gmial.com", None, ["PL312@26"]),
    ("Jane Doe (@jane-doe, jane@hotmial.com)", "Jane Doe", "jane-doe", "jane@hotmial.com", None, ["PL312@26"]),
    ("Jane Doe (@jane-doe, jane@outlook.co)", "Jane Doe", "jane-doe", "jane@outlook.co", None, ["PL312@26"]),
    # issue 25: a name typed as the handle is one invalid handle; other words after a handle are not the handle
    ("Jane Doe (@Jane Doe, jane@cncf.io)", "Jane Doe", "Jane Doe", "jane@cncf.io", None, ["PL306@15"]),
    ("Jane Doe (@JaneDoe Acme, jane@cncf.io)", "Jane Doe", "JaneDoe", "jane@cncf.io", None, []),
    # issue 25: text after a sentence stop is the next mentor only when a handle or email follows it
    ("Jane Doe (@jane-doe, jane@cncf.io). Available in the EU", "Jane Doe", "jane-doe", "jane@cncf.io", None, []),
    # issue 25: a `(` inside an open group starts the next mentor only after a comma and a name
    ("Jane Doe (@jane-doe, jane@cncf.io, see (docs))", "Jane Doe", "jane-doe", "jane@cncf.io", None, []),
    ("Jane Doe (@jane-doe, jane@cncf.io", "Jane Doe", "jane-doe", "jane@cncf.io", None, ["PL304@5"]),
]


@pytest.mark.parametrize("entry,name,handle,email,role,codes", SHAPES, ids=[row[0][:40] for row in SHAPES])
def test_shape_parses(entry, name, handle, email, role, codes):
    mentors = parse_mentors(entry, Span("t.md", 1, 1, 1, len(entry)))
    assert mentors, f"no mentor parsed from {entry!r}"
    first = mentors[0]
    assert (first.name, first.handle, first.email, first.role) == (name, handle, email, role)


@pytest.mark.parametrize("entry,name,handle,email,role,codes", SHAPES, ids=[row[0][:40] for row in SHAPES])
def test_shape_diagnostics(entry, name, handle, email, role, codes):
    diagnostics = lint_text(PROPOSAL.format(entry=entry), "t.md")
    found = sorted(f"{d.code}@{d.column}" for d in diagnostics if d.code.startswith("PL3") and d.line == ENTRY_LINE)
    assert found == sorted(codes)


def test_inline_mentors_all_parse_with_spans():
    line = "A B (@a-b, a@cncf.io), C D (@c-d, c@cncf.io); E F (@e-f, e@cncf.io)"
    mentors = parse_mentors(line, Span("t.md", 7, 3, 7, 2 + len(line)))
    assert [m.handle for m in mentors] == ["a-b", "c-d", "e-f"]
    assert [(m.span.column, m.span.end_column) for m in mentors] == [(3, 23), (26, 46), (49, 69)]
    assert all(m.inline == 3 for m in mentors)
    assert line[mentors[1].span.column - 3:mentors[1].span.end_column - 2] == "C D (@c-d, c@cncf.io)"


def test_handle_and_email_spans_are_exact():
    line = "Jane Doe (@jane-doe, jane@cncf.io)"
    (mentor,) = parse_mentors(line, Span("t.md", 4, 5, 4, 4 + len(line)))
    assert (mentor.handle_span.column, mentor.handle_span.end_column) == (15, 23)
    assert (mentor.email_span.column, mentor.email_span.end_column) == (26, 37)


def test_multi_line_entry_maps_back_to_its_lines():
    text = "- Mentor(s):\n  - Jane Doe\n    (@jane-doe, jane@cncf.io)\n"
    lines = tuple(text.split("\n"))
    (mentor,) = parse_mentors("Jane Doe (@jane-doe, jane@cncf.io)", Span("t.md", 2, 5, 3, 29), lines)
    assert (mentor.span.line, mentor.span.column, mentor.span.end_line, mentor.span.end_column) == (2, 5, 3, 29)
    assert (mentor.email_span.line, mentor.email_span.column) == (3, 17)


def test_value_note_beside_nested_mentors_is_not_a_mentor():
    text = PROPOSAL.replace("- Mentor(s):", "- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors")
    diagnostics = lint_text(text.format(entry="Jane Doe (@jane-doe, jane@cncf.io)"), "t.md")
    assert [d.code for d in diagnostics if d.code.startswith("PL3")] == []


def test_field_without_any_mentor():
    text = PROPOSAL.replace("  - {entry}\n  - Second Person (@second-person, second@cncf.io)\n", "").replace(
        "- Mentor(s):", "- Mentor(s): TBD")
    diagnostics = lint_text(text, "t.md")
    assert [(d.code, d.line, d.column) for d in diagnostics if d.code.startswith("PL3")] == [("PL301", 8, 14)]


@pytest.mark.parametrize("line", [
    "(" * 20000 + "@a",
    "a AT " * 5000,
    "[" * 10000 + "](" * 10000,
    "@" * 20000 + " x@" * 5000,
    "a[at]" * 10000,
    "<" * 20000 + "a@b",
], ids=["parens", "AT-words", "brackets", "at-signs", "at-brackets", "angles"])
def test_adversarial_lines_parse(line):
    start = time.perf_counter()
    mentors = parse_mentors(line, Span("t.md", 1, 1, 1, len(line)))
    assert time.perf_counter() - start < 5  # generous: each takes well under a second; catches a blow-up
    for mentor in mentors:  # every entry points into the line it came from
        assert (mentor.span.line, mentor.span.end_line) == (1, 1)
        assert 1 <= mentor.span.column <= mentor.span.end_column <= len(line) + 1


def _mentor_texts(paths) -> list[str]:
    """The text of every mentor field value and item in these files."""
    texts = []
    for path in paths:
        document = parse_document(path.read_text(encoding="utf-8", errors="replace"), str(path))
        for proposal in document.proposals:
            for field in proposal.fields:
                if field.mentors or field.name == "Mentor(s)":
                    texts.append(field.value)
                    stack = list(field.items)
                    while stack:
                        item = stack.pop()
                        texts.append(item.text)
                        stack.extend(item.items)
    return [t for t in texts if t]


def _both_readings(text: str):
    """(template-form entry or None, full reading) of one mentor text."""
    return template_form(text, 0, len(text)), EntryReader(text).any_form(0, len(text))


def test_template_form_reads_real_entries_as_the_full_reading_does(real_files):
    texts = _mentor_texts(real_files)
    read_fast = 0
    for text in texts:
        exact, full = _both_readings(text)
        if exact is not None:
            read_fast += 1
            assert [exact] == full, text
    assert read_fast > len(texts) // 3


_NAME_WORDS = ["Jane", "Li", "D.", "José", "Jean-Luc", "O'Brien", "Primary", "and", "at", "dot", "TBD", "-", "x.com", "(lead)"]
_ENTRY_LIKE = st.builds(
    "".join,
    st.tuples(
        st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3).map(" ".join),
        st.sampled_from([" (", "(", "  ("]),
        st.sampled_from(["@jane", "@j-d", "@jane_", "jane", "@a.b", "@-x"]),
        st.sampled_from([", ", ",", " ", "; ", " , "]),
        st.sampled_from(["j@x.org", "j_d@x.io", "j@x", "j.@x.org", "j@x.org.", "mailto:j@x.org", "j[at]x.org", "_j@x.org"]),
        st.sampled_from([")", ") ", ")."]),
        st.sampled_from(["", " - primary", " - Primary", " - mentor", " -primary", " (primary)", " - co-mentor", " - lead"]),
    ),
)


@given(_ENTRY_LIKE)
def test_template_form_never_disagrees_with_the_full_reading(text):
    exact, full = _both_readings(text)
    if exact is not None:
        assert [exact] == full



@pytest.mark.parametrize("handle,valid", [
    ("jane-doe", True), ("J4ne", True), ("a" * 39, True), ("a" * 40, False), ("-jane", False), ("jane-", False),
    ("jane--doe", False), ("jane_doe", False), ("jane.doe", False), ("jos\u00e9", False), ("", False),
])
def test_one_github_handle_rule(handle, valid):
    assert is_github_handle(handle) is valid


@given(st.text(alphabet="aZ09-_.\u00e9", max_size=45))
def test_handle_error_explains_exactly_what_the_handle_rule_rejects(handle):
    assert (handle_error(handle) is not None) == (handle != "" and not is_github_handle(handle))



ONE_MENTOR = PROPOSAL.replace("  - Second Person (@second-person, second@cncf.io)\n", "").format(
    entry="Jane Doe (@jane-doe, jane@cncf.io)")


def _mentor_count(text):
    return [d for d in lint_text(text, "t.md") if d.code == "PL313"]


def test_one_lfx_mentor_is_an_info_that_cites_its_source():
    (finding,) = _mentor_count(ONE_MENTOR)
    assert finding.severity.label == "info" and (finding.line, finding.column) == (8, 3)
    assert "cncf/mentoring's proposal check" in finding.message


def test_too_many_lfx_mentors_cites_the_guide():
    extra = "".join(f"  - P{n} Q (@p{n}-q, p{n}@cncf.io)\n" for n in range(3))
    text = PROPOSAL.replace("- Upstream Issue", extra + "- Upstream Issue").format(entry="Jane Doe (@jane-doe, jane@cncf.io)")
    (finding,) = _mentor_count(text)
    assert finding.severity.label == "error" and "5 mentors" in finding.message
    assert "LFX Mentorship guide (one primary mentor and up to three co-mentors)" in finding.message


def test_a_preference_nobody_wrote_down_is_not_reported():
    spec = builtin_template("lfx")
    unsourced = dataclasses.replace(spec, mentors=MentorPolicy(min=1, preferred=2, max=4))
    document = parse_document(ONE_MENTOR, "t.md", template=unsourced)
    assert list(pl313_mentor_count.check(document, RunContext())) == []


def test_an_obfuscated_local_part_keeps_every_word():
    """cncf/mentoring c32f7953 (summerofcode/2023.md, in-toto); 69dd6f89's KubeArmor line is in test_mentor_history."""
    line = ("Aditya Sirish A Yelgundhalli (@adityasaky, aditya DOT sirish AT nyu DOT edu), "
            "Santiago Torres-Arias (@SantiagoTorres, santiagotorres AT purdue DOT edu)")
    mentors = parse_mentors(line, Span("t.md", 1, 1, 1, len(line)))
    assert [(m.handle, m.email) for m in mentors] == [("adityasaky", "aditya.sirish@nyu.edu"),
                                                      ("SantiagoTorres", "santiagotorres@purdue.edu")]


def test_the_obfuscated_email_suggestion_is_the_whole_address():
    """cncf/mentoring c32f7953: PL309 suggested `sirish@nyu.edu` and marked from `sirish`."""
    entry = "Aditya Sirish A Yelgundhalli (@adityasaky, aditya DOT sirish AT nyu DOT edu)"
    [finding] = [d for d in lint_text(PROPOSAL.format(entry=entry), "t.md") if d.code == "PL309"]
    assert "`aditya.sirish@nyu.edu`" in finding.message
    assert finding.column == ENTRY_COLUMN + entry.index("aditya DOT")

