"""The README's layout table names every top-level folder of the repository, and no other.

A newcomer reads the table to learn where things live; a folder added without
a row (or a row left behind after a folder went) makes it quietly wrong. The
folders are the ones git tracks, so local leftovers (.venv, var/, media/) do
not count, and dot-folders (.ci, .github) are tooling, not layout.
"""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = re.compile(r"`([^`/]+)/[^`]*`")


def layout_table_folders(readme):
    """The folders named in the first column of the table under "## Layout"."""
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    first_cells = [row.split("|")[1] for row in rows[2:]]  # after the header and |---|
    return {name for cell in first_cells for name in FOLDER.findall(cell)}


def tracked_top_level_folders():
    paths = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    return {path.split("/", 1)[0] for path in paths if "/" in path and not path.startswith(".")}


def test_the_table_parser_reads_the_first_column_only():
    readme = (
        "# X\n\n## Layout\n\n| folder | what |\n|---|---|\n"
        "| `alpha/` | holds `beta/` |\n| `gamma/delta/`, `epsilon/` | two |\n\n## Next\n| `zeta/` | |\n"
    )
    assert layout_table_folders(readme) == {"alpha", "gamma", "epsilon"}


def test_the_layout_table_matches_the_tracked_folders():
    listed = layout_table_folders((ROOT / "README.md").read_text(encoding="utf-8"))
    tracked = tracked_top_level_folders()
    assert tracked - listed == set(), "folders missing from README's layout table"
    assert listed - tracked == set(), "README's layout table names folders git does not track"
