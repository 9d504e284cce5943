"""`make eval`: search quality of the node, the fallback and Wagtail's default
backend on the evaluation set, printed one line per query and summed up.

Runs on a throwaway SQLite database and indices of its own (alias
eval-praksisbank-cases, Wagtail prefix eval-praksisbank-wagtail-), so it never
touches a developer's site. Needs ELASTICSEARCH_URL (make eval starts a node).
"""

import io
import os
import sys
import tempfile
import time


def main():
    if not os.environ.get("ELASTICSEARCH_URL"):
        raise SystemExit("Set ELASTICSEARCH_URL (make eval starts a node).")
    workdir = tempfile.mkdtemp(prefix="praksisbank-eval-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "praksisbank.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/eval.sqlite3"
    os.environ["SEARCH_INDEX_ALIAS"] = "eval-praksisbank-cases"

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "eval-praksisbank-wagtail-"

    from relevance import judgments
    from relevance.corpus import load_cases
    from relevance.engines import ENGINES, similar_on_node
    from relevance.report import query_lines, summary_lines
    from relevance.scoring import score_queries, score_similar, summarise
    from search.indexing import rebuild_index

    began = time.perf_counter()
    call_command("migrate", verbosity=0)
    ids = load_cases()
    rebuild_index()
    call_command("update_index", stdout=io.StringIO())
    print(f"loaded and indexed {len(ids)} cases in {time.perf_counter() - began:.0f} s")

    queries = judgments.queries()
    summaries = {}
    for name, ask in ENGINES.items():
        scores = score_queries(ask, queries, ids)
        summaries[name] = summarise(scores)
        print("\n".join(query_lines(name, scores)))
    similar = score_similar(similar_on_node, judgments.similarities(), ids)
    print("\n".join(summary_lines(summaries, similar)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
