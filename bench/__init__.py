"""The performance benchmark of Praksisbanken: `make bench` (python -m bench --help).

bench/README.md describes the method and what each module does.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# This machine's databases, logs and per-run figures; not committed.
RESULTS = REPO / "bench" / "results"
