"""Refuse connections to private, loopback and link-local addresses, checked at connect time.

Checking a URL's host before the request is not enough: a name can resolve to a public address
for the check and to 127.0.0.1 for the connection (DNS rebinding), and a redirect can point
anywhere. This network backend resolves the name itself, refuses any non-global address, and
connects to exactly the address it checked, for every connection httpx opens. It also bounds the name
lookup by the connect timeout, which ``getaddrinfo`` has none of (a probe: a slow resolver held a fetch
past its deadline).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterable
from typing import Any

import httpcore


class RefusedAddress(Exception):
    """A connection was refused because the host is not a public address; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnresolvableHost(Exception):
    """The host name did not resolve; ``reason`` says how, for the user."""

    def __init__(self, host: str, reason: str = "could not resolve host") -> None:
        super().__init__(host)
        self.reason = reason


def public_addresses(host: str, port: int, timeout: float | None = None) -> list[str]:
    """Resolve ``host`` and return its addresses; raise ``RefusedAddress`` if any is not global.

    Every address must be public, not just one: otherwise a name listing both a public and a
    private address would let the connection reach the private one.
    """
    return resolve_addresses(host, port, timeout, public_only=True)


def resolve_addresses(host: str, port: int, timeout: float | None, public_only: bool) -> list[str]:
    """``host``'s addresses, looked up within ``timeout`` seconds (UnresolvableHost after it); with
    ``public_only``, RefusedAddress when any is not global."""
    addresses: list[str] = []
    for info in _lookup(host, port, timeout):
        text = str(info[4][0]).split("%")[0]
        address = ipaddress.ip_address(text)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if public_only and (not address.is_global or address.is_multicast):
            raise RefusedAddress(f"refused: {host} is a private address ({address})")
        if text not in addresses:
            addresses.append(text)
    return addresses


def _lookup(host: str, port: int, timeout: float | None) -> list[Any]:
    """``getaddrinfo`` that gives up after ``timeout``: run in a daemon thread, which a resolver that never
    answers leaves behind without holding up the fetch or the program's exit."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        try:
            return socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)  # a literal: no lookup
        except (OSError, UnicodeError) as error:
            raise UnresolvableHost(host) from error  # "[fe80::1%nosuch]": a zone that does not exist
    answer: list[Any] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as error:
            answer.append(error)
        finally:
            done.set()

    threading.Thread(target=look_up, name="dateline-dns", daemon=True).start()
    if not done.wait(timeout):
        raise UnresolvableHost(host, f"could not resolve host (no answer in {timeout:.3g} s)")
    if isinstance(answer[0], (OSError, UnicodeError)):
        raise UnresolvableHost(host) from answer[0]
    return list(answer[0])


class ResolvingBackend(httpcore.SyncBackend):
    """An httpcore network backend that looks host names up itself, within the connect timeout, and connects
    to the addresses found; with ``public_only`` (the default) only to public ones."""

    def __init__(self, public_only: bool = True) -> None:
        self._public_only = public_only

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Connect to the first reachable checked address of ``host``; TLS still verifies ``host``."""
        last_error: Exception | None = None
        for address in resolve_addresses(host, port, timeout, self._public_only):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as error:
                last_error = error
        raise last_error or httpcore.ConnectError(f"no address for {host}")
