"""``python -m chibo`` runs the command line."""

from chibo.cli import run

run()
