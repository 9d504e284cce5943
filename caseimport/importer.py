"""Turns one document into one draft (or published) case page, or a clear reason why not.

Used by `manage.py import_cases`, the admin upload page, the demo loader and
the relevance corpus, so all report the same way. Every document is imported
in its own transaction: a failure leaves nothing behind and never stops the
next document.

A document in the praksiseksempel format (caseimport.parsing) fills the page
as it says. Any other write-up (caseimport.freeform) becomes a draft for an
editor to finish: it is never published here, not even with `publish`.
"""

import datetime
import logging
import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

from caseimport.freeform import parse_free_form
from caseimport.front_matter import split_front_matter
from caseimport.kommune_mentions import KommuneMentionFinder
from caseimport.kommuner import KommuneMatcher
from caseimport.models import ImportRecord
from caseimport.page_proposals import fill_proposals
from caseimport.parsing import follows_template, format_danish_date, normalise_space, parse_case
from caseimport.reading import DocumentError, read_document
from caseimport.report import (
    CREATED,
    FAILED,
    FREE_FORM_NOT_PUBLISHED,
    UPDATED,
    ImportResult,
    free_form_notes,
)
from caseimport.section_text import (
    blocks_to_html,
    blocks_to_text,
    find_contact_details,
)
from casestudies.models import CaseIndexPage, CaseStudyPage, Maalgruppe, Partner
from casestudies.models.taxonomy import danish_slugify
from casestudies.sections import SECTIONS_BY_FIELD
from editorial.kommune_scope import case_kommuner_refusal, kommune_scope_for, saved_kommune_ids

logger = logging.getLogger(__name__)

TITLE_MAX_LENGTH = 255


def import_key(kommuner, title):
    """Kommuner and title, normalised: stable across edits of the body, renames
    and format changes of the file (see ImportRecord)."""
    names = "+".join(sorted(kommune.slug for kommune in kommuner))
    words = re.findall(r"\w+", normalise_space(title).casefold())
    return f"{names}|{' '.join(words)}"[:600]


class CaseImporter:
    """Imports documents under the case index, as `user` when one is given.

    With a user (the admin upload), the user's page permissions apply: adding
    needs add permission on the case index, updating needs edit permission on
    the page. With `publish`, a case that passes validate_for_publishing() is
    published; otherwise it stays a draft and the reason is reported.
    """

    def __init__(self, index=None, user=None, publish=False):
        self.index = index or CaseIndexPage.objects.order_by("path").first()
        if self.index is None:
            raise DocumentError("der findes ingen oversigtsside for praksiseksempler")
        self.user = user
        self.publish = publish
        self.matcher = KommuneMatcher()
        self.mention_finder = KommuneMentionFinder(self.matcher.by_key.values())
        self.maalgrupper = {gruppe.slug: gruppe for gruppe in Maalgruppe.objects.all()}

    def import_document(self, source_name, data):
        try:
            with transaction.atomic():
                return self._import(source_name, data)
        except DocumentError as error:
            return ImportResult(source_name, FAILED, error=str(error))
        except IntegrityError:
            logger.exception("Import of %s failed on a database constraint", source_name)
            return ImportResult(
                source_name,
                FAILED,
                error="dokumentet blev importeret samtidig et andet sted; prøv igen",
            )
        except Exception as error:
            # One broken document must not stop the others; the log has the details.
            logger.exception("Unexpected error importing %s", source_name)
            return ImportResult(source_name, FAILED, error=f"uventet fejl ({type(error).__name__})")

    def _import(self, source_name, data):
        document = read_document(source_name, data)
        facts, lines = split_front_matter(document.lines)
        offset = len(document.lines) - len(lines)
        detection = None
        if follows_template(lines):
            parsed = parse_case(lines)
            kommuner = self.matcher.match_all(parsed.kommune_names)
        else:
            headings = frozenset(index - offset for index in document.headings if index >= offset)
            parsed = parse_free_form(lines, headings, source_name)
            if not parsed.sections and parsed.title_from_file_name:
                raise DocumentError("dokumentet indeholder ingen tekst at importere")
            detection = self.mention_finder.detect("\n".join(document.lines))
            kommuner = detection.chosen
        if len(parsed.title) > TITLE_MAX_LENGTH:
            raise DocumentError(f"titlen er længere end {TITLE_MAX_LENGTH} tegn")
        key = import_key(kommuner, parsed.title)
        record = (
            ImportRecord.objects.select_for_update()
            .select_related("page")
            .filter(import_key=key)
            .first()
        )
        result = ImportResult(
            source_name,
            UPDATED if record else CREATED,
            title=parsed.title,
            free_form=detection is not None,
        )
        if record:
            page = record.page.get_latest_revision_as_object()
            self.check_can_edit(page)
            previous = record.proposed
        else:
            self.check_can_add()
            page = CaseStudyPage(live=False)
            previous = {}

        if detection is None:
            self.fill_from_document(page, parsed, kommuner, result)
            read = {}
        else:
            read = self.fill_from_free_form(page, parsed, detection, previous, result)
        proposed = fill_proposals(page, parsed, previous, result, self.maalgrupper) | read
        if facts is not None:
            self.fill_from_front_matter(page, facts, result)
        self.check_kommuner(page, record)

        if record is None:
            # A fresh copy of the index: an earlier document's rolled-back
            # add_child may have left the in-memory child count wrong.
            index = CaseIndexPage.objects.get(pk=self.index.pk)
            slug = danish_slugify(page.title)[:200] or "praksiseksempel"
            page.slug = find_available_slug(index, slug)
            index.add_child(instance=page)
            log(instance=page, action="wagtail.create", user=self.user)
            revision = page.save_revision(user=self.user, clean=False)
            ImportRecord.objects.create(
                import_key=key, page=page, source_name=source_name, proposed=proposed
            )
        else:
            revision = page.save_revision(user=self.user, clean=False, log_action=True)
            record.source_name = source_name
            record.proposed = proposed
            record.save()

        if self.publish and result.free_form:
            result.notes.append(FREE_FORM_NOT_PUBLISHED)
        elif self.publish:
            self.publish_if_valid(page, revision, result)
        result.page = page
        result.title = page.title
        return result

    def check_can_add(self):
        if self.user is None:
            return
        if not self.index.permissions_for_user(self.user).can_add_subpage():
            raise DocumentError("du har ikke rettighed til at oprette praksiseksempler")

    def check_kommuner(self, page, record):
        """A kommune editor imports only for their kommuner, as the case form allows."""
        if self.user is None:
            return
        refusal = case_kommuner_refusal(
            kommune_scope_for(self.user),
            {kommune.pk for kommune in page.kommuner.all()},
            saved_kommune_ids(record.page) if record else frozenset(),
        )
        if refusal:
            raise DocumentError(refusal)

    def check_can_edit(self, page):
        if self.user is None:
            return
        if not page.permissions_for_user(self.user).can_edit():
            raise DocumentError(
                "dokumentet er importeret før, og du har ikke rettighed til at redigere siden"
            )
        lock = page.get_lock()
        if lock and lock.for_user(self.user):
            raise DocumentError("dokumentet er importeret før, og siden er låst")

    def fill_from_document(self, page, parsed, kommuner, result):
        """The fields the document itself states; a re-import overwrites them."""
        page.title = parsed.title
        page.draft_title = parsed.title
        page.kommuner = kommuner
        self.fill_date(page, parsed, result)
        for section_field in SECTIONS_BY_FIELD:
            setattr(page, section_field, blocks_to_html(parsed.sections.get(section_field, [])))
        self.note_missing_sections(parsed, result)
        if parsed.skipped_lines:
            result.notes.append(
                f"{parsed.skipped_lines} linje(r) før første overskrift er ikke importeret"
            )
        self.fill_contact_details(page, parsed, result)

    def fill_from_free_form(self, page, parsed, detection, previous, result):
        """Title, kommuner and sections read from free text, for an editor to finish.

        The editor moves text between sections and fills in what is missing, so
        a re-import replaces a field only while it is still what the importer
        read last time. Returns what was read, for the ImportRecord.
        """
        earlier = previous.get("read", {})
        sections = {
            section_field: blocks_to_html(parsed.sections.get(section_field, []))
            for section_field in SECTIONS_BY_FIELD
        }
        read = {
            "title": parsed.title,
            "kommuner": sorted(kommune.slug for kommune in detection.chosen),
            "sections": sections,
        }

        def editor_changed(current, last_read):
            return page.pk is not None and last_read is not None and current != last_read

        if not editor_changed(page.title, earlier.get("title")):
            page.title = page.draft_title = parsed.title
        current_kommuner = (
            sorted(kommune.slug for kommune in page.kommuner.all()) if page.pk else []
        )
        kommuner_kept = editor_changed(current_kommuner, earlier.get("kommuner"))
        if not kommuner_kept:
            page.kommuner = detection.chosen
        result.notes += free_form_notes(parsed, detection, kommuner_kept)
        kept = []
        for section_field, html in sections.items():
            last_read = earlier.get("sections", {}).get(section_field)
            if editor_changed(getattr(page, section_field), last_read):
                kept.append(SECTIONS_BY_FIELD[section_field].heading)
            else:
                setattr(page, section_field, html)
        if kept:
            result.notes.append(f"afsnit beholdt (rettet af redaktør): {', '.join(kept)}")
        missing = [
            section.heading
            for section in SECTIONS_BY_FIELD.values()
            if not getattr(page, section.field)
        ]
        if missing:
            result.notes.append(f"mangler afsnit: {', '.join(missing)}")
        self.fill_date(page, parsed, result)
        if parsed.skipped_lines:
            result.notes.append(f"{parsed.skipped_lines} linje(r) før titlen er ikke importeret")
        self.fill_contact_details(page, parsed, result)
        return {"read": read}

    def fill_date(self, page, parsed, result):
        if parsed.date:
            page.date = parsed.date
            result.notes.append(f"dato: {format_danish_date(parsed.date)}")
        elif not page.pk:
            page.date = datetime.date.today()
            result.notes.append("ingen dato fundet; dagens dato er brugt")

    def note_missing_sections(self, parsed, result):
        missing = parsed.missing_headings
        if missing:
            result.notes.append(f"mangler afsnit: {', '.join(missing)}")

    def fill_contact_details(self, page, parsed, result):
        email, phone = find_contact_details(blocks_to_text(parsed.sections.get("contact", [])))
        if email:
            page.contact_email = email
        if phone:
            page.contact_phone = phone
        if email or phone:
            found = [f"e-mail {email}" if email else "", f"telefon {phone}" if phone else ""]
            result.notes.append(f"kontakt: {', '.join(part for part in found if part)}")

    def fill_from_front_matter(self, page, facts, result):
        """What the document's fact block states, over the proposals."""
        if facts.omraade:
            page.omraade = facts.omraade
        if facts.maalgrupper:
            unknown = [slug for slug in facts.maalgrupper if slug not in self.maalgrupper]
            if unknown:
                raise DocumentError(
                    f"ukendt målgruppe i faktaboksen: {', '.join(unknown)}; brug en af "
                    + ", ".join(self.maalgrupper)
                )
            page.maalgrupper = [self.maalgrupper[slug] for slug in facts.maalgrupper]
        if facts.temaer:
            page.tags.set(facts.temaer)
        if facts.partnere:
            page.partners = [Partner.objects.get_or_create(name=name)[0] for name in facts.partnere]
        if facts.deltagere is not None:
            page.participants = facts.deltagere
        result.notes.append("faktaboks: område, målgrupper, temaer og partnere fra dokumentet")

    def publish_if_valid(self, page, revision, result):
        try:
            page.validate_for_publishing()
        except ValidationError as error:
            reasons = " ".join(
                message for messages in error.message_dict.values() for message in messages
            )
            result.notes.append(f"ikke udgivet, gemt som kladde: {reasons}")
            return
        revision.publish(user=self.user)
        result.published = True
