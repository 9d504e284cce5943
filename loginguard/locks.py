"""Which usernames and client addresses are locked out now, and unlocking them.

Counted as django-axes counts (its database handler): the failures of all
attempts younger than the cool-off time, summed per username and per address,
against AXES_FAILURE_LIMIT.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone

USERNAME = "username"
ADDRESS = "ip_address"


@dataclass(frozen=True)
class Lock:
    kind: str  # USERNAME or ADDRESS
    value: str
    failures: int
    locked_until: datetime | None


def current_locks():
    """The locked usernames first, then the locked addresses, each newest first."""
    cool_off = get_cool_off()
    attempts = AccessAttempt.objects.all()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    locks = []
    for kind in (USERNAME, ADDRESS):
        rows = (
            attempts.exclude(**{f"{kind}__isnull": True})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by("-last")
        )
        locks += [
            Lock(kind, row[kind], row["failures"], row["last"] + cool_off if cool_off else None)
            for row in rows
        ]
    return locks


def unlock(kind, value):
    """Forget the failures of a username or an address; returns how many
    attempt records went."""
    if kind == USERNAME:
        return reset(username=value)
    if kind == ADDRESS:
        return reset(ip=value)
    raise ValueError(f"Unknown lock kind: {kind}")


def user_can_unlock(user):
    """Moderatorer have this permission from the loginguard migration."""
    return user.has_perm("axes.delete_accessattempt")
