"""The command line shared by the evaluation modules: a ``--data`` option, a scorer, one-line errors.

Each ``python -m dateline.eval.<set>`` builds its parser with :func:`eval_parser`, adds only its own
options, and hands :func:`run_eval` a function that scores and yields the report's lines. The
contract is the same for every set: the report goes to stdout and the exit status is 0; a missing
or unreadable data folder (a ``SourceError``, whose message names the folder) is one line on stderr
and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from dateline.errors import SourceError

Report = Callable[[argparse.Namespace], Iterable[str]]
"""Scores the set named by the parsed arguments and gives the report, a text at a time."""


def eval_parser(prog: str | None, description: str | None, data: Path, data_help: str) -> argparse.ArgumentParser:
    """Return a parser holding the ``--data`` option every evaluation takes.

    ``data`` is the folder used when ``--data`` is not given and ``data_help`` its ``--help`` line;
    ``prog`` None leaves argparse's own program name. The caller adds its set's other options.
    """
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--data", type=Path, default=data, help=data_help)
    return parser


def run_eval(
    parser: argparse.ArgumentParser,
    report: Report,
    argv: Sequence[str] | None = None,
    *,
    errors: tuple[type[Exception], ...] = (SourceError,),
    status: int = 1,
    prefix: str = "error: ",
) -> int:
    """Parse ``argv``, print each text ``report`` gives on stdout and return the exit status.

    Returns 0 when the report is complete. When ``report`` raises one of ``errors`` (by default a
    ``SourceError``, as for a missing data folder), prints ``prefix`` and the error's message as one
    line on stderr and returns ``status``; what was printed before the error stays printed, so a
    ``report`` that yields as it goes keeps the parts it finished. Bad options exit through argparse
    (status 2) as usual.
    """
    arguments = parser.parse_args(argv)
    try:
        for text in report(arguments):
            print(text)
    except errors as error:
        print(f"{prefix}{error}", file=sys.stderr)
        return status
    return 0
