"""One deadline for a whole fetch, however slowly the server answers.

httpx's timeouts bound each socket operation: a server sending one header line every 3 seconds never trips a
10-second read timeout, so a fetch could last forever (a review: ``ingest`` hung, and the good inputs given with
that URL were never stored). This network backend wraps every stream so that each read or write waits at most
until the deadline the calling thread set with :func:`fetch_deadline`, and fails as a read timeout after it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore

_local = threading.local()


@contextmanager
def fetch_deadline(give_up_at: float) -> Iterator[None]:
    """Within the block, network reads and writes of this thread end by ``give_up_at`` (``time.monotonic``)."""
    previous = getattr(_local, "give_up_at", None)
    _local.give_up_at = give_up_at
    try:
        yield
    finally:
        _local.give_up_at = previous


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left before this thread's deadline; ReadTimeout once it has passed."""
    give_up_at: float | None = getattr(_local, "give_up_at", None)
    if give_up_at is None:
        return timeout
    left = give_up_at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose reads and writes end by the calling thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps another backend (the plain one, or the public-only one) so that its streams keep the deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _bounded(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
