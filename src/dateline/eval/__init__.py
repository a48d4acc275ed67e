"""Readers and scorers for the shared evaluation sets, one module per set."""
