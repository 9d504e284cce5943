"""Fills the bench database: N generated cases in bulk, fast enough for 100,000.

Page.add_child() costs several queries per page (tree locking, path lookup,
revision, search index), which means hours at 100,000. Instead this writes the
rows the way add_child() would leave them for a published page, in batches:

1. Treebeard's materialised paths are computed here: the case index's children
   get the next free steps after its last child (``Page._get_path``), and the
   index's ``numchild`` is raised once at the end.
2. ``Page.objects.bulk_create`` inserts the wagtailcore_page rows (with
   ``content_type`` = CaseStudyPage, live, first/last published set).
3. Django's bulk_create refuses multi-table-inherited models, so the
   casestudies_casestudypage rows are inserted with the same low-level insert
   that bulk_create uses for one table (``_insert`` on the child model's
   local fields, the parent pointer set to the new page id).
4. The many-to-many rows (kommuner, målgrupper, partnere) and the tag rows are
   bulk_created on their through models.

All in one transaction, so a failed load leaves no half-made tree. No signals
run: nothing is queued in the search outbox, and the index is built afterwards
with rebuild_case_index, as after any bulk change. No revisions are written;
an editor who opens such a page in the admin starts from the page's fields.
"""

import time

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page

from bench.corpus import SECTION_KEYS, CaseGenerator
from casestudies.models import CaseIndexPage, CaseStudyPage, Kommune, Maalgruppe, Partner
from casestudies.models.pages import CaseStudyTag
from casestudies.models.taxonomy import danish_slugify

BATCH_SIZE = 2000


def _published_at(written):
    return timezone.make_aware(
        timezone.datetime.combine(written, timezone.datetime.min.time()).replace(hour=9)
    )


def _first_free_step(index):
    last = index.get_last_child()
    if last is None:
        return 1
    return Page._str2int(last.path[-Page.steplen :]) + 1


def _chunks(objects, size):
    for start in range(0, len(objects), size):
        yield objects[start : start + size]


def _insert_case_rows(cases):
    """Insert the casestudies_casestudypage rows of pages that already exist."""
    fields = CaseStudyPage._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, cases) or len(cases)
    for chunk in _chunks(cases, size):
        CaseStudyPage._base_manager._insert(chunk, fields=fields)


def _through(name):
    return CaseStudyPage._meta.get_field(name).remote_field.through


def load_cases(count, seed=2024, progress=None):
    """Add `count` published cases under the case index; returns seconds taken."""
    began = time.perf_counter()
    index = CaseIndexPage.objects.get()
    kommuner = {k.slug: k.pk for k in Kommune.objects.all()}
    maalgrupper = {m.slug: m.pk for m in Maalgruppe.objects.all()}
    generator = CaseGenerator(sorted(kommuner), seed=seed)
    content_type = ContentType.objects.get_for_model(CaseStudyPage)

    with transaction.atomic():
        partners = {}
        tags = {}
        step = _first_free_step(index)
        kommune_through = _through("kommuner")
        maalgruppe_through = _through("maalgrupper")
        partner_through = _through("partners")
        for start in range(0, count, BATCH_SIZE):
            generated = [generator.case(n) for n in range(start, min(count, start + BATCH_SIZE))]
            pages, cases = [], []
            for offset, data in enumerate(generated):
                published = _published_at(data.date)
                slug = f"{danish_slugify(data.title)[:200]}-{step + offset}"
                page = Page(
                    title=data.title,
                    draft_title=data.title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(index.path, index.depth + 1, step + offset),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                    locale_id=index.locale_id,
                )
                pages.append(page)
            Page.objects.bulk_create(pages)
            for page, data in zip(pages, generated, strict=True):
                case = CaseStudyPage(
                    page_ptr_id=page.pk,
                    id=page.pk,
                    date=data.date,
                    omraade=data.omraade,
                    summary=data.summary,
                    contact_name=data.contact_name,
                    contact_email=data.contact_email,
                    contact_phone=data.contact_phone,
                    contact="",
                    period_start=data.period_start,
                    period_end=data.period_end,
                    scope=data.scope,
                    participants=data.participants,
                    **{key: data.sections[key] for key in SECTION_KEYS},
                )
                cases.append(case)
            _insert_case_rows(cases)

            kommune_rows, maalgruppe_rows, partner_rows, tag_rows = [], [], [], []
            for page, data in zip(pages, generated, strict=True):
                kommune_rows += [
                    kommune_through(casestudypage_id=page.pk, kommune_id=kommuner[slug])
                    for slug in data.kommuner
                ]
                maalgruppe_rows += [
                    maalgruppe_through(casestudypage_id=page.pk, maalgruppe_id=maalgrupper[slug])
                    for slug in data.maalgrupper
                ]
                for name in data.partners:
                    if name not in partners:
                        partners[name] = Partner.objects.get_or_create(name=name)[0].pk
                    partner_rows.append(
                        partner_through(casestudypage_id=page.pk, partner_id=partners[name])
                    )
                for name in data.tags:
                    if name not in tags:
                        tags[name] = _tag(name)
                    tag_rows.append(CaseStudyTag(content_object_id=page.pk, tag_id=tags[name]))
            kommune_through.objects.bulk_create(kommune_rows)
            maalgruppe_through.objects.bulk_create(maalgruppe_rows)
            partner_through.objects.bulk_create(partner_rows)
            CaseStudyTag.objects.bulk_create(tag_rows)
            step += len(generated)
            if progress:
                progress(len(generated))
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    return time.perf_counter() - began


def _tag(name):
    tag = Tag.objects.filter(name=name).first()
    if tag is None:
        tag = Tag.objects.create(name=name)
    return tag.pk
