"""The answer to a login attempt while its username or address is locked out."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render


def locked_out_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: the Danish lockout page, 429 as axes
    answers by default. Also for the admin's XHR logins, where axes would
    otherwise answer in English JSON."""
    cool_off = get_cool_off(request)
    return render(
        request,
        "loginguard/locked_out.html",
        {"lockout_minutes": round(cool_off.total_seconds() / 60) if cool_off else None},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
