"""The pre-commit hook runs the same tool versions as `make lint` and CI."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pinned(package):
    text = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(package)}==(\S+)$", text, re.MULTILINE)
    assert match, f"{package} is not pinned in constraints.txt"
    return match.group(1)


def hook_rev(repo):
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    match = re.search(rf"repo: {re.escape(repo)}\s+rev: \"?v?([^\s\"]+)\"?", text)
    assert match, f"{repo} is not in .pre-commit-config.yaml"
    return match.group(1)


def test_pre_commit_runs_the_pinned_ruff():
    assert hook_rev("https://github.com/astral-sh/ruff-pre-commit") == pinned("ruff")


def test_pre_commit_runs_the_pinned_djhtml():
    assert hook_rev("https://github.com/rtts/djhtml") == pinned("djhtml")
