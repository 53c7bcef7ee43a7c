"""`python -m minutes_nlp.cli` runs the `minutes` command (used where the console script is not on PATH)."""

from minutes_nlp.cli.app import main

main()
