"""Search quality on our own judged queries: `make eval` (python -m relevance).

The evaluation set lives in tests/search/relevance/ (cases in the
praksiseksempel format, graded queries, graded similar cases); this package
loads it, asks each engine and scores the answers.
"""
