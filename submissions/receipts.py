"""The Danish receipt e-mail to the person who submitted a case.

Sent through Django's e-mail backend (the console in development, locmem in
tests, SMTP in production), after the transaction has committed, so nobody
gets a receipt for a submission that was rolled back.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def receipt_context(submission):
    page = submission.page
    return {
        "submission": submission,
        "page": page,
        "kommuner": ", ".join(kommune.name for kommune in page.kommuner.all()),
    }


def send_receipt(submission):
    """Mail the receipt; a mail server that fails is logged, never shown as an error."""
    context = receipt_context(submission)
    subject = render_to_string("submissions/receipt_email_subject.txt", context).strip()
    body = render_to_string("submissions/receipt_email.txt", context).strip() + "\n"
    try:
        send_mail(subject, body, None, [submission.submitter_email])
    except Exception:
        logger.exception("Could not send the receipt for submission %s", submission.pk)
