"""Refuse connections to private, loopback and link-local addresses, checked at connect time.

Checking a URL's host before the request is not enough: a name can resolve to a public address
for the check and to 127.0.0.1 for the connection (DNS rebinding), and a redirect can point
anywhere. This network backend resolves the name itself, refuses any non-global address, and
connects to exactly the address it checked, for every connection httpx opens.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

import httpcore


class RefusedAddress(Exception):
    """A connection was refused because the host is not a public address; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnresolvableHost(Exception):
    """The host name did not resolve."""


def public_addresses(host: str, port: int) -> list[str]:
    """Resolve ``host`` and return its addresses; raise ``RefusedAddress`` if any is not global.

    Every address must be public, not just one: otherwise a name listing both a public and a
    private address would let the connection reach the private one.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise UnresolvableHost(host) from error
    addresses: list[str] = []
    for info in infos:
        text = str(info[4][0]).split("%")[0]
        address = ipaddress.ip_address(text)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise RefusedAddress(f"refused: {host} is a private address ({address})")
        if text not in addresses:
            addresses.append(text)
    return addresses


class PublicOnlyBackend(httpcore.SyncBackend):
    """An httpcore network backend that only connects to public addresses."""

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
        for address in public_addresses(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as error:
                last_error = error
        raise last_error or httpcore.ConnectError(f"no address for {host}")
