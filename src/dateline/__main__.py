"""``python -m dateline``: the same command line as the ``dateline`` script (a user test reached for it)."""

from dateline.cli import main

main(prog_name="dateline")
