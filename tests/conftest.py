"""Shared test helpers: where the real files live, and linting text in one call."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
SEED_000 = SEEDS / "000_6bd408278df29d17.txt"
SEED_001 = SEEDS / "001_4ed590adf42acda0.txt"
REAL_FILES = sorted(SEEDS.glob("*")) + sorted(CORPUS.glob("*"))

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
    assert REAL_FILES, f"no real files under {SHARED}"
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
