"""Run-scope consistency, the LFX mentor registry, and the DNS check against a loopback DNS server."""

import json
import socket
import threading

import pytest
from dnslib import MX, QTYPE, RCODE, RR
from dnslib.server import BaseResolver, DNSServer

from proposal_lint.commands.cli import main
from proposal_lint.engine.lint import Options, lint_paths, lint_text
from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.core.facts import MentorRegistryError
from proposal_lint.online.mentor_registry import load_mentor_registry

PROPOSAL = """### Demo

#### {title}

- Description: d
- Expected Outcome: e
- Recommended Skills: s
- Mentor(s):
  - Jane Doe (@jane, {jane_email})
  - Bob Roe (@bob-roe, bob@mentors.dev)
- Upstream Issue: https://github.com/o/r/issues/1
- LFX URL:
"""


def _write(tmp_path, name, **values):
    path = tmp_path / name
    path.write_text(PROPOSAL.format(**{"title": name, "jane_email": "jane@mentors.dev", **values}), encoding="utf-8")
    return str(path)


def _codes(report, prefix="PL3"):
    return [(d.code, d.path.rsplit("/", 1)[-1], d.line, d.column) for d in report.diagnostics if d.code.startswith(prefix)]


def _term(tmp_path, year="2024", term="03-Sep-Nov"):
    directory = tmp_path / year / term
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def test_same_handle_two_emails_in_the_files_of_one_term(tmp_path):
    term = _term(tmp_path)
    first = _write(term, "project_ideas.md")
    second = _write(term, "README.md", jane_email="jane@other.org")
    report = lint_paths([first, second], Options(offline=True))
    assert _codes(report) == [("PL316", "README.md", 9, 22)]
    message = next(d.message for d in report.diagnostics if d.code == "PL316")
    assert f"{first}:9" in message and "jane@other.org" in message


@pytest.mark.parametrize("first_email, second_email", [
    ("jane.doe@gmail.com", "janedoe@gmail.com"),  # Gmail ignores dots in the local part
    ("Jane.Doe+lfx@gmail.com", "janedoe@googlemail.com"),
])
def test_two_spellings_of_one_gmail_mailbox_are_one_address(tmp_path, first_email, second_email):
    term = _term(tmp_path)
    first = _write(term, "project_ideas.md", jane_email=first_email)
    second = _write(term, "README.md", jane_email=second_email)
    assert "PL316" not in {code for code, *_ in _codes(lint_paths([first, second], Options(offline=True)))}


def test_two_gmail_mailboxes_still_disagree(tmp_path):
    term = _term(tmp_path)
    first = _write(term, "project_ideas.md", jane_email="jane.doe@gmail.com")
    second = _write(term, "README.md", jane_email="jane.roe@gmail.com")
    assert [code for code, *_ in _codes(lint_paths([first, second], Options(offline=True)))] == ["PL316"]


def test_same_email_two_handles_in_the_files_of_one_term(tmp_path):
    term = _term(tmp_path)
    first = _write(term, "a.md")
    text = PROPOSAL.format(title="b", jane_email="jane@mentors.dev").replace("@jane,", "@jane-doe,")
    (term / "b.md").write_text(text, encoding="utf-8")
    report = lint_paths([first, str(term / "b.md")], Options(offline=True))
    assert _codes(report) == [("PL316", "b.md", 9, 15)]


@pytest.mark.parametrize("where", [
    ("2023/03-Sep-Nov/README.md", "2024/01-Mar-May/README.md"),  # a mentor's address changed between terms
    ("summerofcode/2024.md", "summerofcode/2025.md"),  # each GSoC year is a term
    ("summerofcode/2024.md", "2024/01-Mar-May/README.md"),  # GSoC and LFX
    ("a.md", "b.md"),  # the path says nothing of a term: each file is its own
])
def test_files_of_different_terms_are_not_compared(tmp_path, where):
    paths = []
    for index, relative in enumerate(where):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.append(_write(path.parent, path.name, jane_email=f"jane{index}@mentors.dev"))
    assert [c for c in _codes(lint_paths(paths, Options(offline=True))) if c[0] == "PL316"] == []


def test_registry_json(tmp_path):
    registry = tmp_path / "registry.json"
    registry.write_text(json.dumps([
        {"name": "Jane Doe", "github_handle": "@jane", "email": "jane@x.org", "lfid": "jdoe"},
    ]), encoding="utf-8")
    report = lint_paths([_write(tmp_path, "a.md")], Options(offline=True, mentor_registry=str(registry)))
    assert _codes(report) == [("PL317", "a.md", 9, 22), ("PL318", "a.md", 10, 5)]
    assert "LFX has jane@x.org for @jane" in report.diagnostics[0].message


def test_registry_csv_lfx_export(tmp_path):
    registry = tmp_path / "export.csv"
    registry.write_text(
        "Project,Mentor 1,Mentor 1 GitHub,Mentor 1 email address,Mentor 1 LFID,Mentor 2,Mentor 2 GitHub,"
        "Mentor 2 email address,Mentor 2 LFID\n"
        "Demo,Jane Doe,https://github.com/jane,jane@mentors.dev,jdoe,Bob Roe,bob-roe,bob@elsewhere.org,broe\n",
        encoding="utf-8")
    loaded = load_mentor_registry(str(registry))
    assert [(e.handle, e.email, e.lfid) for e in loaded.entries] == [
        ("jane", "jane@mentors.dev", "jdoe"), ("bob-roe", "bob@elsewhere.org", "broe")]
    report = lint_paths([_write(tmp_path, "a.md")], Options(offline=True, mentor_registry=str(registry)))
    assert _codes(report) == [("PL317", "a.md", 10, 24)]
    assert "LFX has bob@elsewhere.org for @bob-roe" in report.diagnostics[0].message


def test_a_registry_cell_gives_the_handle_as_a_login_however_it_is_written(tmp_path):
    registry = tmp_path / "registry.json"
    cells = ["jane", "@jane", "@@jane", "https://github.com/jane/", "www.github.com/@jane"]
    registry.write_text(json.dumps([{"name": "Jane", "github_handle": cell, "email": "j@x.org", "lfid": "j"}
                                    for cell in cells]), encoding="utf-8")
    assert {entry.handle for entry in load_mentor_registry(str(registry)).entries} == {"jane"}


@pytest.mark.parametrize("content", ["{not json", '{"a": 1}', "Name,Email\nJane,j@x.org\n", '[{"email": 3}]'])
def test_bad_registry_is_a_clear_error(tmp_path, content):
    registry = tmp_path / "bad.json"
    registry.write_text(content, encoding="utf-8")
    with pytest.raises(MentorRegistryError, match="bad.json"):
        load_mentor_registry(str(registry))


def test_bad_registry_exits_2(tmp_path, capsys):
    registry = tmp_path / "bad.csv"
    registry.write_text("Name,Email\n", encoding="utf-8")
    assert main(["check", "--offline", "--mentor-registry", str(registry), _write(tmp_path, "a.md")]) == 2
    assert "Mentor N GitHub" in capsys.readouterr().err


def test_missing_registry_exits_2(tmp_path, capsys):
    assert main(["check", "--mentor-registry", str(tmp_path / "none.csv"), _write(tmp_path, "a.md")]) == 2
    assert "none.csv" in capsys.readouterr().err


class _Zone(BaseResolver):
    """mentors.dev has an MX record; every other name does not exist."""

    def resolve(self, request, handler):
        reply = request.reply()
        name = str(request.q.qname).rstrip(".")
        if name == "mentors.dev":
            if request.q.qtype == QTYPE.MX:
                reply.add_answer(RR(request.q.qname, QTYPE.MX, rdata=MX("mail.mentors.dev"), ttl=60))
        else:
            reply.header.rcode = RCODE.NXDOMAIN
        return reply


@pytest.fixture
def dns_server():
    server = DNSServer(_Zone(), port=0, address="127.0.0.1")
    server.start_thread()
    yield ("127.0.0.1", server.server.server_address[1])
    server.stop()


@pytest.fixture
def silent_dns_server():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield ("127.0.0.1", sock.getsockname()[1])
    sock.close()


def _dns_options(server, offline=False):
    """DNS on, every URL excluded so that only the loopback DNS server is asked anything."""
    return Options(offline=offline, check_email_dns=True, email_dns_server=server, email_dns_timeout=1.0, links=LinkSettings(exclude_urls=(".*",)))


def test_dns_finds_a_domain_that_does_not_exist(dns_server, tmp_path):
    report = lint_paths([_write(tmp_path, "a.md", jane_email="jane@gone.dev")], _dns_options(dns_server))
    assert _codes(report) == [("PL319", "a.md", 9, 22)]
    assert "gone.dev does not exist" in report.diagnostics[0].message


def test_dns_is_not_asked_offline(silent_dns_server, tmp_path):
    report = lint_paths([_write(tmp_path, "a.md")], _dns_options(silent_dns_server, offline=True))
    assert _codes(report) == []


@pytest.mark.slow
def test_silent_resolver_gives_one_warning_and_no_verdict(silent_dns_server, tmp_path):
    term = _term(tmp_path)
    paths = [_write(term, "a.md", jane_email="jane@one.dev"), _write(term, "b.md", jane_email="jane@two.dev")]
    done = threading.Event()
    result = {}

    def run():
        result["report"] = lint_paths(paths, _dns_options(silent_dns_server))
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(30), "the DNS check hung"
    codes = [c for c, *_ in _codes(result["report"]) if c != "PL316"]
    assert codes == ["PL320"]


def test_lint_text_without_facts_has_no_registry_findings():
    text = PROPOSAL.format(title="t", jane_email="jane@mentors.dev")
    assert [d.code for d in lint_text(text) if d.code.startswith("PL3")] == []


def test_a_failed_dns_check_is_told_from_an_answer_by_the_exceptions_cause_not_its_wording():
    import dns.resolver
    from email_validator import EmailUndeliverableError

    from proposal_lint.online.email_dns import is_dns_answer

    def raised(message: str, cause: Exception | None) -> EmailUndeliverableError:
        try:
            raise EmailUndeliverableError(message) from cause
        except EmailUndeliverableError as error:
            return error

    assert is_dns_answer(raised("The domain name gone.dev does not exist.", dns.resolver.NXDOMAIN()))
    assert is_dns_answer(raised("The domain name x.dev does not accept email.", None))  # a null MX
    assert is_dns_answer(raised("The domain name x.dev does not accept email.", dns.resolver.NoAnswer()))
    assert not is_dns_answer(raised("DNS lookup failed", OSError("network is unreachable")))
    assert not is_dns_answer(raised("There was an error while checking ...", ValueError("bad answer")))
