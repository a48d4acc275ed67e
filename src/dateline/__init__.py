"""Dateline: dated, sourced story timelines from news coverage."""

__version__ = "0.1.0"
