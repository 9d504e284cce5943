"""The evaluation set of tests/search/relevance/, read from its files."""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

EVALUATION_SET = Path(__file__).resolve().parent.parent / "tests" / "search" / "relevance"
NO_ANSWER = "no_answer"


@dataclass(frozen=True)
class JudgedQuery:
    id: str
    text: str
    kind: str
    filters: dict = field(default_factory=dict)
    grades: dict = field(default_factory=dict)  # case slug -> grade

    @property
    def answerable(self):
        return self.kind != NO_ANSWER


@dataclass(frozen=True)
class JudgedSimilarity:
    case: str
    grades: dict


def case_files(root=EVALUATION_SET):
    """{case slug: path} of the cases, slug = file name without .txt."""
    return {path.stem: path for path in sorted((root / "cases").glob("*.txt"))}


def queries(root=EVALUATION_SET):
    data = tomllib.loads((root / "queries.toml").read_text(encoding="utf-8"))
    return [
        JudgedQuery(
            id=entry["id"],
            text=entry["text"],
            kind=entry["kind"],
            filters=entry.get("filters", {}),
            grades=entry.get("grades", {}),
        )
        for entry in data["query"]
    ]


def similarities(root=EVALUATION_SET):
    data = tomllib.loads((root / "similar.toml").read_text(encoding="utf-8"))
    return [JudgedSimilarity(case=entry["id"], grades=entry["grades"]) for entry in data["case"]]
