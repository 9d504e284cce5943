"""The database fallback's full-text index: one CaseText row per visible case,
filled in bulk, refreshed per page, and matched with the database's own
full-text search. Beside it, the case's facet values (CaseFacetValue) and
their totals (CaseFacetTotal), filled and refreshed with it, which the
fallback counts without text.

- PostgreSQL: the danish text search configuration stems and drops stop words
  on both sides, so "læringsfællesskab" finds "læringsfællesskaberne". The
  tsvector is a stored generated column with a GIN index (migration 0002).
  The bulk fill is one INSERT ... SELECT, so the text never leaves the server.
- SQLite: FTS5 with the unicode61 tokenizer, which matches whole words only.
  Each query word is cut to its Danish Snowball stem and matched as a prefix
  ("skolerne" -> skol*), a crude stand-in for stemming the index.

Wagtail's database backend did this before, through its generic IndexEntry
table; at 100,000 cases on PostgreSQL it answered in 1.3 s (p95) and its index
took 12 minutes to build (make bench). See docs/search.md, "Database fallback".
"""

from collections import Counter
from functools import cache

import snowballstemmer
from django.db import connection, transaction
from django.db.models import (
    Aggregate,
    CharField,
    Count,
    F,
    Func,
    OuterRef,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Coalesce
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from casestudies.sections import SECTIONS
from search.documents import plain
from search.facets import FACETS
from search.free_text import WORD
from search.models import CaseFacetTotal, CaseFacetValue, CaseText

# PostgreSQL ranks the matches in two steps: all of them by their title,
# summary, advice and temaer (a small vector kept in the row), then this many
# of the best by the whole text, whose vector is stored out of line and costs a
# read per row. Ranking every match by the whole text took seconds for a word
# found in most of 100,000 cases.
RANKED_CANDIDATES = 2000
# On SQLite a stem shorter than this is matched as the word itself: "i*" or
# "at*" would match nearly every case.
MIN_PREFIX_STEM = 3
# FTS5's bm25 weights per column (heading, advice, body), as PostgreSQL's A, B, C.
SQLITE_COLUMN_WEIGHTS = (10.0, 4.0, 1.0)
FILL_CHUNK_SIZE = 2000


class JoinedText(Aggregate):
    """The texts of a group joined by spaces: string_agg on PostgreSQL,
    group_concat on SQLite."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ' ')"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def _joined(through, owner, text):
    """A subquery joining `text` over the rows of a many-to-many table of one case."""
    rows = (
        through.objects.filter(**{owner: OuterRef("pk")})
        .order_by()
        .values(owner)
        .annotate(text=JoinedText(text))
        .values("text")
    )
    return Coalesce(Subquery(rows), Value(""), output_field=TextField())


class SpacedText(Func):
    """The parts joined by spaces, a missing part as empty text. Flat SQL:
    Concat nests one call per part, which overflowed SQLite's parser stack."""

    arg_joiner = " || ' ' || "
    template = "(%(expressions)s)"
    output_field = TextField()

    def __init__(self, *parts):
        super().__init__(*(Coalesce(part, Value(""), output_field=TextField()) for part in parts))


def text_rows(cases):
    """(page id, heading, advice, body, first published, date) for each case
    of the queryset, in SQL."""
    kommuner = CaseStudyPage._meta.get_field("kommuner").remote_field.through
    tags = CaseStudyPage._meta.get_field("tags").remote_field.through
    kommune_names = _joined(
        kommuner,
        "casestudypage",
        SpacedText(F("kommune__official_name"), F("kommune__region__name")),
    )
    tag_names = _joined(tags, "content_object", F("tag__name"))
    other_sections = [F(s.field) for s in SECTIONS if s.field != "key_advice"]
    return (
        cases.order_by()
        .annotate(
            text_heading=SpacedText(F("title"), F("summary")),
            text_advice=SpacedText(F("key_advice"), tag_names),
            text_body=SpacedText(*other_sections, kommune_names),
        )
        .values_list("pk", "text_heading", "text_advice", "text_body", "first_published_at", "date")
    )


def facet_value_rows(cases, facet):
    """(page id, facet, value) for each value of one facet of each case of the
    queryset, in SQL, read through the facet's own lookup (search/facets.py).
    Distinct: two kommuner of one region give the region once."""
    return (
        cases.order_by()
        # Annotated, then filtered on the annotation, so both use one join.
        .annotate(
            facet_param=Value(facet.param, output_field=CharField()),
            facet_value=F(facet.lookup),
        )
        .filter(facet_value__gt="")
        .values_list("pk", "facet_param", "facet_value")
        .distinct()
    )


def _insert_select(table, columns, rows):
    """INSERT ... SELECT: the rows are built and written by the database."""
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({', '.join(columns)}) {sql}", params)
        return cursor.rowcount


def _insert(cases):
    """Write the CaseText and CaseFacetValue rows of these cases (which have
    none yet); returns how many cases."""
    for facet in FACETS:
        _insert_select(
            CaseFacetValue._meta.db_table,
            ("page_id", "facet", "value"),
            facet_value_rows(cases, facet),
        )
    rows = text_rows(cases)
    if connection.vendor == "postgresql":
        # tsvectors of rich text: the parser knows HTML tags and entities as
        # token types that the danish configuration leaves out.
        return _insert_select(
            CaseText._meta.db_table,
            ("page_id", "heading", "advice", "body", "first_published_at", "date"),
            rows,
        )
    # FTS5 would index tag names ("p", "li", "strong") as words: strip them here.
    count = 0
    batch = []
    for pk, heading, advice, body, published, day in rows.iterator(chunk_size=FILL_CHUNK_SIZE):
        batch.append(
            CaseText(
                page_id=pk,
                heading=plain(heading),
                advice=plain(advice),
                body=plain(body),
                first_published_at=published,
                date=day,
            )
        )
        if len(batch) == FILL_CHUNK_SIZE:
            count += len(CaseText.objects.bulk_create(batch))
            batch = []
    return count + len(CaseText.objects.bulk_create(batch))


def rebuild_case_texts():
    """Replace every row with the text of every visible case; returns how many."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # TRUNCATE empties the table and its GIN index at once instead of
            # row by row; it refuses to run while deferred foreign-key checks
            # of this transaction are pending, so those run first.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                tables = (CaseText, CaseFacetValue, CaseFacetTotal)
                cursor.execute(f"TRUNCATE {', '.join(t._meta.db_table for t in tables)}")
        else:
            CaseFacetTotal.objects.all().delete()
            CaseFacetValue.objects.all().delete()
            CaseText.objects.all().delete()
        count = _insert(CaseStudyPage.objects.visible())
        _insert_select(
            CaseFacetTotal._meta.db_table,
            ("facet", "value", "cases"),
            CaseFacetValue.objects.values("facet", "value").annotate(cases=Count("*")).order_by(),
        )
    if connection.vendor == "postgresql":
        # Fresh statistics for the planner, which otherwise estimates from an
        # empty table until autovacuum gets round to it. VACUUM also marks the
        # new rows visible to all in the visibility map, which the searches
        # without text need to read the indexes alone (index-only scans);
        # it cannot run inside a transaction, as in the tests. The narrow
        # tables first: vacuumed after CaseText's ANALYZE, CaseFacetValue was
        # left without a page marked all-visible (twice in two rebuilds at
        # 100,000 cases), and the facets-only search took twice as long.
        analyze = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        with connection.cursor() as cursor:
            for table in (CaseFacetValue, CaseFacetTotal, CaseText):
                cursor.execute(f"{analyze} {table._meta.db_table}")
    return count


def refresh_case_texts(page_ids):
    """Make the rows of these pages equal to the database: the text and facet
    values of each visible one, and no row for the others."""
    page_ids = sorted(page_ids)
    values = CaseFacetValue.objects.filter(page_id__in=page_ids)
    with transaction.atomic():
        # Two refreshes of one page at once would both count its old values and
        # then clash on its new rows. Holding the pages' own rows (in id order,
        # so two refreshes never wait on each other in a cycle) makes the second
        # wait for the first and count what it left. A publish holds them anyway
        # (it updates the page); this covers every other caller. SQLite runs one
        # writing transaction at a time and ignores the lock.
        list(
            Page.objects.select_for_update()
            .filter(pk__in=page_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        before = Counter(values.values_list("facet", "value"))
        values.delete()
        CaseText.objects.filter(page_id__in=page_ids).delete()
        _insert(CaseStudyPage.objects.visible().filter(pk__in=page_ids))
        after = Counter(values.values_list("facet", "value"))
        _add_to_totals({key: after[key] - before[key] for key in before.keys() | after.keys()})


def _add_to_totals(differences):
    """Add each (facet, value)'s difference to its total, creating it if new.

    In one statement per value that the database applies atomically (an
    upsert adding to the stored total), so two pages published at once both
    count; in key order, so two such transactions never wait on each other
    in a cycle. Totals that reach zero are removed.
    """
    table = CaseFacetTotal._meta.db_table
    changes = [(*key, difference) for key, difference in sorted(differences.items()) if difference]
    if not changes:
        return
    with connection.cursor() as cursor:
        cursor.executemany(
            f"""
            INSERT INTO {table} (facet, value, cases) VALUES (%s, %s, %s)
            ON CONFLICT (facet, value) DO UPDATE SET cases = {table}.cases + excluded.cases
            """,  # noqa: S608 - the table name is the model's, the values parameters
            changes,
        )
    CaseFacetTotal.objects.filter(cases__lte=0).delete()


# --- Matching -------------------------------------------------------------


def matching_case_ids(text, limit):
    """Ids of the visible cases holding every word of `text`, best first, at most
    `limit`. Only the words are used, so no input is a query syntax error."""
    words = WORD.findall(text.replace("_", " "))
    if not words:
        return []
    if connection.vendor == "postgresql":
        return _postgresql_matches(" ".join(words), limit)
    return _sqlite_matches(words, limit)


def _postgresql_matches(text, limit):
    table = CaseText._meta.db_table
    # plainto_tsquery: every word required, stemmed, stop words dropped; a
    # query of stop words only matches nothing. Written out at each use (not
    # taken from a CTE) so that the planner sees a constant and can use the
    # GIN index.
    query = "plainto_tsquery('danish', %s)"
    sql = f"""
        WITH candidates AS (
            SELECT page_id FROM {table}
            WHERE document @@ {query}
            ORDER BY ts_rank_cd(heading_document, {query}) DESC, page_id DESC
            LIMIT %s
        )
        SELECT t.page_id FROM {table} t JOIN candidates USING (page_id)
        ORDER BY ts_rank_cd(t.document, {query}) DESC, t.page_id DESC
        LIMIT %s
    """  # noqa: S608 - the table name is the model's, the text a parameter
    with transaction.atomic(), connection.cursor() as cursor:
        # For a word in half the cases the planner picks a sequential scan,
        # since it does not count that `@@` then reads every row's TOASTed
        # document; the GIN index answers without reading one (10,000 cases,
        # "trivsel" in 54 %: 58 ms by the scan, 20 ms by the index).
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(sql, [text, text, max(limit, RANKED_CANDIDATES), text, limit])
        return [row[0] for row in cursor.fetchall()]


@cache
def _danish_stemmer():
    return snowballstemmer.stemmer("danish")


def fts5_query(words):
    """An FTS5 query requiring every word, each as its Danish stem's prefix.
    Each term is quoted, so nothing the user types is FTS5 syntax."""
    terms = []
    for word in words:
        word = word.casefold()
        stem = _danish_stemmer().stemWord(word)
        if len(stem) >= MIN_PREFIX_STEM:
            terms.append(f'"{stem}"*')
        else:
            terms.append(f'"{word}"')
    return " AND ".join(terms)


def _sqlite_matches(words, limit):
    weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
    sql = f"""
        SELECT rowid FROM search_casetext_fts
        WHERE search_casetext_fts MATCH %s
        ORDER BY bm25(search_casetext_fts, {weights}), rowid DESC
        LIMIT %s
    """  # noqa: S608 - fixed weights, the query a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, [fts5_query(words), limit])
        return [row[0] for row in cursor.fetchall()]
