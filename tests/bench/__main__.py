"""``python -m tests.bench``: see ``tests/bench/suite.py``."""

from .suite import main

main()
