"""The public form "Indsend et praksiseksempel" and its receipt page.

The form works without JavaScript: the server validates, shows an error
summary linked to the fields, and keeps everything typed. POSTs are rate
limited per client address (settings.RATELIMITS["submission"]); a filled-in
honeypot gets the receipt page but saves and sends nothing.
"""

import logging

from django.db import DatabaseError, transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from security.ratelimits import usage
from submissions.drafts import create_draft
from submissions.forms import SubmissionForm
from submissions.receipts import send_receipt

logger = logging.getLogger(__name__)

RECEIPT_SESSION_KEY = "submission_receipt"
TOO_MANY_SUBMISSIONS = (
    "Der er sendt mange praksiseksempler fra din adresse på kort tid, så vi holder en "
    "pause. Det, du har skrevet, står stadig i formularen: vent lidt, og send igen."
)
NOT_SAVED = (
    "Vi kunne ikke gemme dit praksiseksempel lige nu. Det, du har skrevet, står stadig "
    "i formularen: prøv at sende igen om lidt."
)


def render_form(request, form, status=200, message=""):
    return render(
        request,
        "pages/submission_form_page.html",
        {"form": form, "message": message},
        status=status,
    )


@never_cache
@csrf_protect
def submission_form(request):
    if request.method != "POST":
        return render_form(request, SubmissionForm())

    form = SubmissionForm(request.POST)
    state = usage(request, "submission")
    if state and state["should_limit"]:
        response = render_form(request, form, status=429, message=TOO_MANY_SUBMISSIONS)
        response["Retry-After"] = str(max(1, state["time_left"]))
        return response
    if not form.is_valid():
        return render_form(request, form)
    if form.is_spam:
        logger.info("Submission honeypot filled in; nothing saved")
        request.session[RECEIPT_SESSION_KEY] = {}
        return redirect("submission_receipt")
    try:
        submission = create_draft(form)
    except DatabaseError:
        logger.exception("Could not save a submitted case")
        return render_form(request, form, status=503, message=NOT_SAVED)
    transaction.on_commit(lambda: send_receipt(submission))
    request.session[RECEIPT_SESSION_KEY] = {
        "title": submission.page.title,
        "email": submission.submitter_email,
    }
    return redirect("submission_receipt")


@never_cache
def submission_receipt(request):
    """The receipt after a submission (Post/Redirect/Get, so a reload never sends
    twice); without one in the session, a general thank-you."""
    receipt = request.session.get(RECEIPT_SESSION_KEY) or {}
    return render(request, "pages/submission_receipt_page.html", {"receipt": receipt})
