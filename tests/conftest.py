"""Shared test helpers: where the real files live, and linting text in one call."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SETTING = "PROPOSAL_LINT_SHARED"  # the one setting: the folder of real files (seeds, corpus, cncf-mentoring)
SHARED = Path(os.environ.get(SHARED_SETTING) or ROOT.parent / "shared").resolve()
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
MENTORING = SHARED / "cncf-mentoring"
SCHEMAS = SHARED / "schemas"
SEED_000 = SEEDS / "000_6bd408278df29d17.txt"
SEED_001 = SEEDS / "001_4ed590adf42acda0.txt"
REAL_FILES = sorted(SEEDS.glob("*")) + sorted(CORPUS.glob("*"))
# The whole cncf/mentoring repository at the same commit, documentation included: ../shared has it as
# cncf-mentoring-checkout/, CI checks it out as cncf-mentoring/.
CHECKOUT = next((folder for folder in (SHARED / "cncf-mentoring-checkout", MENTORING)
                 if (folder / "mentees" / "README.md").is_file()), SHARED / "cncf-mentoring-checkout")


def needs(path: Path, what: str) -> pytest.MarkDecorator:
    """Skip, saying why and how to fix it, where a real file of ../shared is absent (e.g. on GitHub,
    where only a checkout of cncf/mentoring is there: the seeds and the corpus exist only in ../shared)."""
    return pytest.mark.skipif(not path.exists(), reason=f"{what} not found at {path}; set {SHARED_SETTING} "
                              "to the folder that holds seeds/, corpus/, schemas/ and cncf-mentoring/")


needs_seeds = needs(SEED_001, "the seed files")
needs_corpus = needs(CORPUS, "the corpus")
needs_schemas = needs(SCHEMAS, "the JSON schemas")
needs_checkout = needs(CHECKOUT / "mentees" / "README.md", "the whole cncf/mentoring checkout")

# One proposal that follows the built-in LFX template exactly: no rule has anything to say.
CLEAN_PROPOSAL = """### Demo

#### A title

- Description: d
- Expected Outcome: e
- Recommended Skills: s
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
- LFX URL:
"""


@pytest.fixture(scope="session")
def real_files() -> list[Path]:
    if not REAL_FILES:
        pytest.skip(f"no seeds or corpus under {SHARED}; set {SHARED_SETTING} to the folder that holds them")
    return REAL_FILES


def codes_at(diagnostics, code: str) -> list[int]:
    """Lines at which `code` was reported."""
    return [d.line for d in diagnostics if d.code == code]


def _ip(host) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(str(host).strip("[]").split("%")[0])
    except ValueError:
        return None


def _is_loopback(host) -> bool:
    ip = _ip(host)
    return host in (None, "", "localhost") or (ip is not None and ip.is_loopback)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """Tests reach no host but loopback: names other than localhost do not resolve (IP literals
    do, as that asks no resolver), and connections to other addresses are refused."""
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host) and _ip(host) is None:
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve loopback names only, not {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise ConnectionRefusedError(f"tests connect to loopback only, not {address[0]!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
