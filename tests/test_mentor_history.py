"""Mentor entries from cncf/mentoring's history (issue 25): one mentor read as one, and the defects that
reviewers fixed later drawing a finding. Each file under tests/mentor_history/<commit>/ is text
as that commit added it, at the path the file has today (its era's template follows from it)."""

from conftest import ROOT

from proposal_lint.engine.lint import lint_sources, lint_text
from proposal_lint.fix.apply import fix_text
from proposal_lint.fix.marks import mark_fixable
from proposal_lint.reading.mentor_walk import document_mentors
from proposal_lint.reading.parser import parse_document
from proposal_lint.reading.source import Source
from proposal_lint.rules.context import Options

HISTORY = ROOT / "tests" / "mentor_history"


def _fixture(commit: str) -> tuple[str, str]:
    """The repository path and text of the one file under the commit's folder."""
    (path,) = (HISTORY / commit).rglob("*.md")
    return str(path.relative_to(HISTORY / commit)), path.read_text(encoding="utf-8")


def _mentors(commit: str) -> list[tuple[str | None, str | None, str | None]]:
    path, text = _fixture(commit)
    return [(p.mentor.name, p.mentor.handle, p.mentor.email) for p in document_mentors(parse_document(text, path))]


def _findings(commit: str, prefix: str = "PL3") -> list[tuple[str, str, int]]:
    path, text = _fixture(commit)
    return sorted((d.code, d.severity.name.lower(), d.line) for d in lint_text(text, path) if d.code.startswith(prefix))


def _marked(commit: str, code: str):
    """The one finding of `code`, with `fixable` set as the text report's `[*]`."""
    path, text = _fixture(commit)
    (diagnostic,) = [d for d in mark_fixable(lint_sources([Source(path, text)])).diagnostics if d.code == code]
    return diagnostic


def _line(commit: str, needle: str) -> int:
    return next(n for n, line in enumerate(_fixture(commit)[1].splitlines(), 1) if needle in line)


# False alarms: one mentor read as two, or as lacking what it gives.

def test_name_handle_email_after_a_sentence_stop_is_the_next_mentor():
    # 3a21c5c8 (Cilium, GSoC 2023): `Michi Mutsuzaki, michi-covalent, michi@isovalent.com. Kornilios Kourtis,
    # kkourt,kornilios@isovalent.com` was read as `Michi ... Kornilios Kourtis` and a mentor `kkourt` without a handle.
    assert _mentors("3a21c5c8") == [("Michi Mutsuzaki", "michi-covalent", "michi@isovalent.com"),
                                    ("Kornilios Kourtis", "kkourt", "kornilios@isovalent.com")]
    assert [f for f in _findings("3a21c5c8") if f[0] in ("PL302", "PL303")] == []


def test_obfuscated_address_with_a_dotted_local_part_leaves_the_bare_handle_a_handle():
    # 69dd6f89 (KubeArmor, GSoC 2023): `Ankur Kothiwal(Ankurk99, ankur DOT kothiwal99 AT gmail DOT com)` lost its
    # handle (PL303) and its address's first part.
    assert _mentors("69dd6f89") == [("Ankur Kothiwal", "Ankurk99", "ankur.kothiwal99@gmail.com"),
                                    ("Anurag Kumar", "kranurag7", "contact.anurag7@gmail.com"),
                                    ("Barun Acharya", "daemon1024", "barun1024@gmail.com")]
    assert [f for f in _findings("69dd6f89") if f[0] in ("PL302", "PL303")] == []


def test_handle_and_email_on_labelled_lines_belong_to_the_name_above():
    # e21895b4 (KubeStellar UI, LFX 2025 Term 1): `Andy Anderson` / `GitHub: @clubanderson` / `Email: ...` was cut
    # at `GitHub:` and read as a mentor without handle or email (two PL302/PL303 errors, and PL313 counted one).
    assert _mentors("e21895b4") == [("Andy Anderson", "clubanderson", "andy@clubanderson.com"),
                                    ("Braulio Dumba", "dumb0002", "braulio.dumba@ibm.com")]
    found = _findings("e21895b4")
    assert [f for f in found if f[0] in ("PL302", "PL303", "PL313")] == []
    assert ("PL307", "warning", _line("e21895b4", "GitHub: dumb0002")) in found  # written without `@`


# Missed defects: each draws a finding now.

def test_unclosed_parenthesis_is_a_warning_and_fixed():
    # 3162f337 (Jaeger, LFX 2024 Term 3); closed by the reviewer in 0280cd18 ("paren").
    line = _line("3162f337", "Jonah Kowall")
    assert ("PL304", "warning", line) in _findings("3162f337")
    diagnostic = _marked("3162f337", "PL304")
    assert "parenthesis after the name is not closed" in diagnostic.message and diagnostic.fixable
    path, text = _fixture("3162f337")
    fixed = fix_text(text, path, Options()).text.splitlines()[line - 1]
    assert fixed == "  - Jonah Kowall (@jkowall, jkowall@kowall.net) "


def test_parenthesis_cut_by_the_next_mentor_reads_both_and_is_not_fixed():
    # c9041b54 (Meshery, LFX 2025 Term 2): `Sangram Rath (@sangramrath, sangram.rath@gmail.com, Mia Grenell (@miacycle,
    # ...)` gave Sangram Mia's handle and email, and Mia was lost.
    assert _mentors("c9041b54") == [("Lee Calcote", "leecalcote", "leecalcote@gmail.com"),
                                    ("Sangram Rath", "sangramrath", "sangram.rath@gmail.com"),
                                    ("Mia Grenell", "miacycle", "mia.grenell2337@gmail.com")]
    diagnostic = _marked("c9041b54", "PL304")
    assert diagnostic.severity.name == "WARNING" and not diagnostic.fixable  # where to close it is a guess
    assert "the next mentor starts inside its parentheses" in diagnostic.message
    assert "Sangram Rath (@sangramrath, sangram.rath@gmail.com)" in diagnostic.message


def test_handle_with_a_space_is_invalid():
    # 347fd916 (KubeStellar, LFX 2025 Term 3): `Mike Spreitzer (@Mike Spreitzer, mspreitz@us.ibm.com)` was read
    # as the valid handle `@Mike`.
    line = _line("347fd916", "Mike Spreitzer")
    assert _findings("347fd916") == [("PL306", "error", line)]
    path, text = _fixture("347fd916")
    (diagnostic,) = [d for d in lint_text(text, path) if d.code == "PL306"]
    assert "`@Mike Spreitzer`" in diagnostic.message and "a space" in diagnostic.message


def test_name_that_is_only_the_handle_is_an_info():
    # 60c7f28c (KubeEdge, LFX 2026 Term 2): `hsj576 (@hsj576, ...)`; the reviewer wrote `Shijing Hu` in e795e97e.
    line = _line("60c7f28c", "hsj576")
    assert ("PL304", "info", line) in _findings("60c7f28c")
    diagnostic = _marked("60c7f28c", "PL304")
    assert "the name is the GitHub handle" in diagnostic.message and not diagnostic.fixable  # the name is unknown


def test_link_showing_one_handle_and_going_to_another_is_a_warning():
    # 157c8f8e (Chaos Mesh, LFX 2021 Term 3): `[@ZhiqiangZhou](https://github.com/strrl)`. That term's
    # Sample writes `[@Krasi Georgiev](https://github.com/krasi-georgiev)`, a name after `@`: there the
    # text may be a name, an info (a blind judge of draw 6 said so); without that Sample, a warning.
    line = _line("157c8f8e", "strrl")
    assert ("PL326", "info", line) in _findings("157c8f8e")
    path, text = _fixture("157c8f8e")
    (diagnostic,) = [d for d in lint_text(text, path) if d.code == "PL326"]
    assert "@strrl" in diagnostic.message and "[@ZhiqiangZhou]" in diagnostic.message and "may be a name" in diagnostic.message
    without_sample = text.replace("[@Krasi Georgiev](https://github.com/krasi-georgiev)", "Krasi Georgiev (@krasi-georgiev)")
    assert without_sample != text
    (diagnostic,) = [d for d in lint_text(without_sample, path) if d.code == "PL326"]
    assert diagnostic.severity.name == "WARNING" and "may be a name" not in diagnostic.message



def test_a_label_left_without_value_is_no_mentor():
    # 71bcc891 (Kmesh, LFX 2026 Term 1): the template's `- Mentor Name:` left above the mentors was read as a
    # mentor `Name` without handle or email (PL302 and PL303 errors); PL501 says what it is.
    assert _mentors("71bcc891") == [("zhonghu xu", "hzxuzhonghu", "zhhxu2011@gmail.com"),
                                    ("changye wu", "nlgwcy", "wuchangye@huawei.com")]
    # (no PL201: a project_ideas.md's template has no `LFX URL`, which admins add in the README)
    assert _findings("71bcc891", "PL") == [("PL501", "error", _line("71bcc891", "Mentor Name:"))]


def test_another_fields_label_at_a_lines_end_ends_the_mentors():
    # e5825aa8 (KubeStellar, GSoC 2025): `Upstream Issue (URL):` and the link under it, lazily continuing the
    # Mentor(s) paragraph, were read as two mentors without handle or email.
    assert [m[0] for m in _mentors("e5825aa8")] == ["Andy Anderson", "Second Mentor's Name"]
    assert [f for f in _findings("e5825aa8") if f[2] >= _line("e5825aa8", "Upstream Issue (URL):")] == []


def test_doubled_at_sign_is_an_invalid_handle_not_a_missing_one():
    # 20c9eac4 (KubeStellar, LFX 2026 Term 1): `(@@Per0x1de-1337, ...)` was "no GitHub handle" (PL303).
    line = _line("20c9eac4", "@@Per0x1de-1337")
    found = _findings("20c9eac4")
    assert ("PL306", "error", line) in found and not [f for f in found if f[0] == "PL303"]
