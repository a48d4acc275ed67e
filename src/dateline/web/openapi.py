"""The OpenAPI 3.1 document of the JSON API.

The shapes of :mod:`dateline.present.shapes` are written out by hand (they rename fields); the
records they embed as they are (an article's analysis, its publication date) are described from the
dataclasses themselves, so the document cannot drift from what the store returns.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any

from dateline.present.exports import EXPORT_FORMATS
from dateline.records import Analysis, PublicationDate, RemovedBlock
from dateline.store import ArticleSummary

Schema = dict[str, Any]
STRING_OR_NULL: Schema = {"type": ["string", "null"]}
INT_LIST: Schema = {"type": "array", "items": {"type": "integer"}}
STRING_LIST: Schema = {"type": "array", "items": {"type": "string"}}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict[str, Schema]) -> Schema:
    return {"type": "object", "properties": properties, "required": list(properties)}


def schema_of_type(tp: Any) -> Schema:
    """JSON Schema of a record field type as :func:`dateline.store.codec.to_jsonable` writes it."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return schema_of_record(tp)
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": schema_of_type(args[0])}
        # A fixed-length tuple (a pair): described without prefixItems, which not every tool reads.
        kinds = [schema_of_type(a) for a in args]
        items = kinds[0] if all(k == kinds[0] for k in kinds) else {"anyOf": kinds}
        return {"type": "array", "items": items, "minItems": len(args), "maxItems": len(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [schema_of_type(a) for a in typing.get_args(tp)]}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null", date: "string"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")


@cache
def schema_of_record(cls: type) -> Schema:
    """JSON Schema of a frozen record: every field present, with its type."""
    hints = typing.get_type_hints(cls)
    return _object({f.name: schema_of_type(hints[f.name]) for f in dataclasses.fields(cls)})


def _shapes() -> dict[str, Schema]:
    source = _object({"article_id": {"type": "integer"}, "outlet": STRING_OR_NULL, "url": STRING_OR_NULL,
                      "sentence": {"type": "string"}, "copy_of": {"type": ["integer", "null"]}})
    story = _object({"id": {"type": "integer"}, "title": {"type": "string"}, "articles": INT_LIST,
                     "outlets": STRING_LIST, "first_date": STRING_OR_NULL, "last_date": STRING_OR_NULL,
                     "dates_guessed": {"type": "boolean"}, "actors": STRING_LIST})
    entry = _object({
        "date": STRING_OR_NULL, "precision": {"type": "string"}, "summary": {"type": "string"},
        "type": {"type": "string"}, "actors": STRING_LIST, "sources": {"type": "array", "items": _ref("Source")},
        "modality": {"type": "string"}, "background": {"type": "boolean"}, "importance": {"type": "number"},
        "article_date": {"type": "boolean"},
    })
    conflict = _object({"kind": {"type": "string"}, "description": {"type": "string"},
                        "sources": {"type": "array", "items": _ref("Source")}})
    timeline = _object({"story": _ref("Story"), "events": {"type": "array", "items": _ref("Entry")},
                        "conflicts": {"type": "array", "items": _ref("Conflict")}, "guessed_dates": INT_LIST,
                        "undated_articles": INT_LIST, "not_analysed_articles": INT_LIST})
    day = _object({"date": {"type": "string"}, "sentences": {"type": "array", "items": _ref("Source")}})
    digest = _object({"story": _ref("Story"), "days": {"type": "array", "items": day}, "guessed_dates": INT_LIST})
    role = _object({"role": {"type": "string"}, "first_date": STRING_OR_NULL, "last_date": STRING_OR_NULL,
                    "articles": {"type": "integer"}})
    actor = _object({"key": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"},
                     "roles": {"type": "array", "items": role}, "articles": INT_LIST, "mentions": {"type": "integer"}})
    article = _object({
        "id": {"type": "integer"}, "title": {"type": "string"}, "outlet": STRING_OR_NULL, "author": STRING_OR_NULL,
        "url": STRING_OR_NULL, "origin": {"type": "string"},
        "published": {"anyOf": [schema_of_record(PublicationDate), {"type": "null"}]},
        "language": {"type": "string"}, "word_count": {"type": "integer"}, "caption": STRING_OR_NULL,
        "text": {"type": "string"}, "removed": {"type": "array", "items": schema_of_record(RemovedBlock)},
        "duplicate_of": {"type": ["integer", "null"]}, "story_id": {"type": ["integer", "null"]},
        "copies": {"type": "array", "items": _object({
            "origin": {"type": "string"}, "url": STRING_OR_NULL, "outlet": STRING_OR_NULL,
            "reprint_id": {"type": ["integer", "null"]},
        })},
        "analysis": schema_of_record(Analysis),
    })
    event_hit = _object({
        "article_id": {"type": "integer"}, "story_id": {"type": ["integer", "null"]},
        "article_title": {"type": "string"}, "date": STRING_OR_NULL, "precision": {"type": "string"},
        "kind": {"type": "string"}, "modality": {"type": "string"}, "summary": {"type": "string"},
        "sentence": {"type": "string"},
    })
    return {
        "Source": source, "Story": story, "Entry": entry, "Conflict": conflict, "Timeline": timeline, "Digest": digest,
        "Actor": actor, "ArticleSummary": schema_of_record(ArticleSummary), "Article": article,
        "EventHit": event_hit, "Error": _object({"error": {"type": "string"}}),
    }


def _json(schema: Schema, description: str) -> Schema:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS: dict[str, Schema] = {
    "400": _json(_ref("Error"), "Bad input, named in the message"),
    "401": _json(_ref("Error"), "The server needs an access token"),
    "404": _json(_ref("Error"), "No such story or article"),
}


def _get(summary: str, ok: Schema, parameters: list[Schema] | None = None) -> Schema:
    return {"get": {"summary": summary, "parameters": parameters or [], "responses": {"200": ok, **ERRORS}}}


def _id_param(name: str) -> Schema:
    return {"name": name, "in": "path", "required": True,
            "schema": {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}}


def _paths() -> dict[str, Schema]:
    story = [_id_param("story_id")]
    listing = _object({"stories": {"type": "array", "items": _ref("Story")},
                       "actor_names": {"type": "object", "additionalProperties": {"type": "string"}}})
    actors = _object({"story_id": {"type": "integer"}, "actors": {"type": "array", "items": _ref("Actor")}})
    story_articles = _object({"story_id": {"type": "integer"},
                              "articles": {"type": "array", "items": _ref("ArticleSummary")}})
    articles = _object({"articles": {"type": "array", "items": _ref("ArticleSummary")},
                        "limit": {"type": "integer"}, "offset": {"type": "integer"}})
    found = _object({"query": {"type": "string"}, "stories": {"type": "array", "items": _ref("Story")},
                     "articles": {"type": "array", "items": _ref("ArticleSummary")},
                     "events": {"type": "array", "items": _ref("EventHit")}})
    paging = [
        {"name": "limit", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        {"name": "offset", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 0, "maximum": 10**9}},
    ]
    digest_params = [
        {"name": "days", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
        {"name": "per_day", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 10}},
    ]
    narrowing = [
        {"name": "since", "in": "query", "required": False, "schema": {"type": "string", "format": "date"}},
        {"name": "until", "in": "query", "required": False, "schema": {"type": "string", "format": "date"}},
        {"name": "min_outlets", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        {"name": "top", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
    ]
    text = {"schema": {"type": "string"}}
    export = {"description": "The timeline in the chosen format", "content": {
        "application/json": {"schema": {"type": "object"}}, "text/csv": text, "text/markdown": text,
        "application/x-ndjson": text}}
    fmt = {"name": "fmt", "in": "path", "required": True, "schema": {"type": "string", "enum": list(EXPORT_FORMATS)}}
    query = {"name": "q", "in": "query", "required": True,
             "schema": {"type": "string", "minLength": 1, "maxLength": 200}}
    return {
        "/api/stories": _get("Every story, latest activity first", _json(listing, "Stories")),
        "/api/stories/{story_id}": _get("One story", _json(_ref("Story"), "The story"), story),
        "/api/stories/{story_id}/timeline": _get("A story's timeline and disagreements",
                                                 _json(_ref("Timeline"), "The timeline"), [*story, *narrowing]),
        "/api/stories/{story_id}/digest": _get("A story's key days, each told in its best sentences",
                                               _json(_ref("Digest"), "The key days, in date order"),
                                               [*story, *digest_params]),
        "/api/stories/{story_id}/actors": _get("The actors of a story", _json(actors, "Actors"), story),
        "/api/stories/{story_id}/articles": _get("The articles of a story", _json(story_articles, "Articles"), story),
        "/api/stories/{story_id}/export/{fmt}": _get("A story's timeline as an export", export,
                                                     [*story, fmt, *narrowing]),
        "/api/articles": _get("Stored articles, newest first", _json(articles, "Articles"), paging),
        "/api/articles/{article_id}": _get("One article with its analysis", _json(_ref("Article"), "The article"),
                                           [_id_param("article_id")]),
        "/api/search": _get("Stories, articles and events matching a query", _json(found, "Matches"), [query]),
    }


@cache
def openapi_document() -> Schema:
    """The whole OpenAPI document (built once)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dateline", "version": "1.0.0",
                 "description": "Stories, timelines, articles and exports of a Dateline store."},
        "paths": _paths(),
        "components": {"schemas": _shapes()},
    }
