"""A valid submission becomes a draft case in the moderation workflow.

Everything happens in one transaction: the page, its revision, the Submission
record and the workflow start are saved together or not at all. The page is
always new (a submission can never change an existing case) and never live;
only a Moderator's approval in the workflow publishes it.
"""

import logging

from django.db import transaction
from wagtail.log_actions import log

from casestudies.models import CaseIndexPage, CaseStudyPage
from casestudies.models.taxonomy import danish_slugify
from casestudies.sections import SECTIONS
from submissions.models import Submission

logger = logging.getLogger(__name__)

SUBMITTED_ACTION = "praksisbank.submission"
CASE_FIELDS = (
    "title",
    "omraade",
    "summary",
    "period_start",
    "period_end",
    "contact_name",
    "contact_email",
    "contact_phone",
    *(section.field for section in SECTIONS),
)
SLUG_MAX_LENGTH = 200


def unique_slug(parent, title):
    """A slug no sibling has, so the new page never clashes with an existing case."""
    base = danish_slugify(title)[:SLUG_MAX_LENGTH].strip("-") or "praksiseksempel"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_draft(form):
    """Save the form's case as a draft under the case index, record its
    submitter and start the workflow; returns the Submission."""
    data = form.cleaned_data
    case_index = CaseIndexPage.objects.get()
    page = CaseStudyPage(
        live=False,
        slug=unique_slug(case_index, data["title"]),
        **{name: data[name] for name in CASE_FIELDS},
    )
    page.kommuner = form.kommuner
    case_index.add_child(instance=page)
    # No user: the submitter has no account. The log entry below names them.
    page.save_revision(user=None, log_action=False)
    submission = Submission.objects.create(
        page=page,
        submitter_name=data["submitter_name"],
        submitter_role=data["submitter_role"],
        submitter_email=data["submitter_email"],
    )
    # add_child() has logged "wagtail.create"; this names the person behind it.
    log(
        instance=page,
        action=SUBMITTED_ACTION,
        user=None,
        data={
            "name": submission.submitter_name,
            "role": submission.submitter_role,
            "email": submission.submitter_email,
        },
    )
    workflow = page.get_workflow()
    if workflow is None:
        # Without a workflow the draft still waits unpublished in the page
        # tree, but no moderator is told about it.
        logger.error("No workflow applies to the case index; submission %s has none", page.pk)
    else:
        # Wagtail's GroupApprovalTask notifies the Moderatorer by e-mail when
        # its task starts (wagtail.admin.mail, WAGTAILADMIN_NOTIFICATION_*).
        workflow.start(page, user=None)
    return submission
