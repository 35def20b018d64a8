"""Refuse to fetch addresses a CI runner must not reach from a linted file: only http(s), and only
hosts whose every resolved address is public (no loopback, private, link-local, multicast, reserved)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class Refused(Exception):
    """The URL may not be fetched; the message says why and how to allow it."""


class Unresolvable(Exception):
    """The host name did not resolve (counts as a failure to connect)."""


def _blocked(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified or not ip.is_global
    )


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def check_url(url: str, allow_private: bool, proxied: bool = False) -> str | None:
    """The address to connect to for `url`: the first its host resolves to. Raise Refused (or
    Unresolvable) unless `url` is http(s) on a host whose every address is public (any address when
    `allow_private`). The caller connects to this very address, so a second DNS answer never counts.

    Through a proxy (`proxied`), a name that does not resolve here is left to the proxy to resolve
    (None); one that does, or an IP address, is still checked."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as error:
        raise Refused(f"the address cannot be parsed ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'}")
    host = parts.hostname
    if not host:
        raise Refused("the URL has no host")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError, UnicodeError) as error:
        if proxied and _ip_literal(host) is None:
            return
        raise Unresolvable(f"cannot resolve {host}") from error
    if not infos:
        raise Unresolvable(f"cannot resolve {host}")
    for info in infos:
        address = info[4][0]
        if not allow_private and _blocked(address):
            raise Refused(f"{host} resolves to the non-public address {address}, so it was not fetched; "
                          "--allow-private-hosts allows it")
    return infos[0][4][0]
