"""The link checks' HTTP transport: each connection goes to the very address the address guard
vetted for its host (a second DNS answer, as in DNS rebinding, is never used), while the URL's host
name stays in the Host header, TLS SNI and the certificate check; and every socket is shut down
when the run's deadline passes, so no server can hold the run past it."""

from __future__ import annotations

import socket
import threading
import weakref

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError


class Pins:
    """Host name -> the address the guard vetted for it; the first vetted address holds for the run."""

    def __init__(self):
        self._addresses: dict[str, str] = {}
        self._lock = threading.Lock()

    def pin(self, host: str, address: str) -> str:
        with self._lock:
            return self._addresses.setdefault(host.rstrip(".").lower(), address)

    def address(self, host: str) -> str | None:
        with self._lock:
            return self._addresses.get(host.rstrip(".").lower())


class Sockets:
    """The open sockets of a run; `expire` shuts them all (and any opened later) down."""

    def __init__(self):
        self._open: weakref.WeakSet = weakref.WeakSet()
        self._lock = threading.Lock()
        self.expired = False

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            if not self.expired:
                self._open.add(sock)
                return
        _shut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            held = list(self._open)
        for sock in held:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed
        pass


def _connection_class(base: type, pins: Pins | None, sockets: Sockets) -> type:
    """`base` connecting to the pinned address of its host (when `pins`) and tracked by `sockets`."""

    class Connection(base):
        def _new_conn(self) -> socket.socket:
            name = self._dns_host
            if pins is not None:
                address = pins.address(name)
                if address is None:
                    raise NewConnectionError(self, f"{name} was not vetted by the address guard")
                self._dns_host = address  # `host` (Host header, SNI, certificate) reads it too: restored below
            try:
                sock = super()._new_conn()
            finally:
                self._dns_host = name
            sockets.track(sock)
            return sock

    return Connection


class GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections are pinned (unless `pins` is None) and watched by `sockets`."""

    def __init__(self, pins: Pins | None, sockets: Sockets, **kwargs):
        self._pools = _pool_classes(pins, sockets)
        self._proxied_pools = _pool_classes(None, sockets)  # a proxy is trusted configuration: not pinned
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers bring pool classes of their own
            manager.pool_classes_by_scheme = self._proxied_pools
        return manager


def _pool_classes(pins: Pins | None, sockets: Sockets) -> dict[str, type]:
    return {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,),
                     {"ConnectionCls": _connection_class(HTTPConnection, pins, sockets)}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,),
                      {"ConnectionCls": _connection_class(HTTPSConnection, pins, sockets)}),
    }
