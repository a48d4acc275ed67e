"""Read files and walk directories, within a size cap and without reading oversize files."""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from dateline.errors import SourceError
from dateline.records import SourceFailure
from dateline.sources.fetch import size_label

_GZIP_SUFFIX = ".gz"


class Readable(Protocol):
    """Anything with a binary ``read``: a file, stdin's buffer, a ``GzipFile``."""

    def read(self, size: int = -1, /) -> bytes:
        """Read up to ``size`` bytes."""
        ...


def read_capped(stream: Readable, origin: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` from ``stream``; raise "larger than ..." if there is more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceError(origin, f"larger than {size_label(max_bytes)}")
    return data


def read_named(name: str, data: bytes, max_bytes: int) -> bytes:
    """The content of a document read elsewhere (an upload) under its file name: decompressed if the name ends in
    ``.gz``, as :func:`read_file` reads a file, at most ``max_bytes``."""
    if len(data) > max_bytes:
        raise SourceError(name, f"larger than {size_label(max_bytes)}")
    if not name.lower().endswith(_GZIP_SUFFIX):
        return data
    return _decompressed(io.BytesIO(data), name, max_bytes)


def _decompressed(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """A gzip stream decompressed as a stream, refused once it passes ``max_bytes`` (a gzip bomb costs no more)."""
    try:
        with gzip.GzipFile(fileobj=stream) as compressed:
            return read_capped(compressed, origin, max_bytes)
    except (gzip.BadGzipFile, zlib.error, EOFError):
        raise SourceError(origin, "not a valid gzip file") from None


def read_file(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of ``path`` (decompressed if it ends in ``.gz``), at most ``max_bytes``.

    The size is checked with ``stat`` first so a huge file is refused without being read; a
    compressed file is decompressed as a stream and refused once it passes the cap, so a
    gzip bomb costs no more than ``max_bytes`` of memory.
    """
    origin = str(path)
    try:
        if path.stat().st_size > max_bytes:
            raise SourceError(origin, f"larger than {size_label(max_bytes)}")
        with path.open("rb") as stream:
            if path.name.lower().endswith(_GZIP_SUFFIX):
                return _decompressed(stream, origin, max_bytes)
            return read_capped(stream, origin, max_bytes)
    except OSError as error:
        raise SourceError(origin, describe_os_error(error)) from None


def inner_name(path: Path) -> str:
    """The file name that says what the content is: ``a.html.gz`` -> ``a.html``."""
    name = path.name.lower()
    return name[: -len(_GZIP_SUFFIX)] if name.endswith(_GZIP_SUFFIX) else name


def describe_os_error(error: OSError) -> str:
    """A one-line reason for a file-system error, without the path (the origin names it)."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return error.strerror or type(error).__name__


def walk_files(
    directory: Path, _seen: set[tuple[int, int]] | None = None, _root: str | None = None
) -> Iterator[Path | SourceFailure]:
    """Yield the regular files under ``directory`` recursively in sorted path order.

    A directory that cannot be listed is yielded as a ``SourceFailure`` and the walk goes on.
    Hidden files and directories (names starting with ".") are version-control and editor
    droppings, not inputs. Symlinked directories are followed (a user test linked day folders into
    one folder per outlet and was told it "has no input files"), each real directory once, so a link
    cycle cannot loop, and never one holding the folder walked (a link to "..", "~" or "/" would read
    the whole tree above it). Files and subdirectories are interleaved by name, so ``a.txt < b/1.txt < c.txt``.
    """
    seen = _seen if _seen is not None else set()
    root = _root if _root is not None else os.path.realpath(directory)
    try:
        status = directory.stat()
        seen.add((status.st_dev, status.st_ino))
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield SourceFailure(str(directory), describe_os_error(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:
            continue
        if is_dir:
            try:
                status = os.stat(entry.path)  # not DirEntry.stat: its inode is 0 on Windows
            except OSError as error:
                yield SourceFailure(entry.path, describe_os_error(error))
                continue
            if entry.is_symlink() and _holds(os.path.realpath(entry.path), root):
                continue
            if (status.st_dev, status.st_ino) not in seen:
                yield from walk_files(Path(entry.path), seen, root)
        elif is_file:
            yield Path(entry.path)


def _holds(folder: str, path: str) -> bool:
    """Whether ``folder`` is ``path`` or one of the folders above it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
