"""Turn the frozen records into JSON and back, so the store can keep analyses as one column."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """Return plain JSON data for a record, tuple, date or scalar."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def dumps(value: Any) -> str:
    """Serialize a record (or a tuple of records) as compact JSON."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """Rebuild a record of type ``cls`` from JSON written by :func:`dumps`."""
    return typing.cast(T, _decoder(typing.cast(Any, cls))(json.loads(text)))


def _same(data: Any) -> Any:
    return data


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function rebuilding values of type ``tp``, made once per type: a big story reads a million values,
    and asking each one's type again was most of the time it took to load its articles."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _record_decoder(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            if item is _same:
                return lambda data: None if data is None else tuple(data)
            return lambda data: None if data is None else tuple(item(v) for v in data)
        items = [_decoder(a) for a in args]
        return lambda data: None if data is None else tuple(d(v) for d, v in zip(items, data, strict=False))
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) != 1:
            return _same
        inner = _decoder(options[0])
        return inner if inner is _same else (lambda data: None if data is None else inner(data))
    if tp is date:
        return lambda data: None if data is None else date.fromisoformat(data)
    return _same


def _record_decoder(tp: type) -> Callable[[Any], Any]:
    """Rebuild a record from a JSON object, its fields' decoders looked up on first use (records may nest)."""
    fields: dict[str, Callable[[Any], Any]] = {}

    def decode(data: Any) -> Any:
        if data is None:
            return None
        if not fields:
            hints = typing.get_type_hints(tp)
            fields.update({f.name: _decoder(hints[f.name]) for f in dataclasses.fields(tp)})
        return tp(**{k: fields[k](v) for k, v in data.items() if k in fields})

    return decode
