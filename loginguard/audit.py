"""One log line per failed login, lockout and unlock, with the username and
the client address.

django-axes logs its own lines too, but masks the username and address in
them (AXES_SENSITIVE_PARAMETERS), which leaves nothing to follow an attack by.
The attempts themselves are stored by axes (AccessAttempt, AccessFailureLog).
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed

from security.ratelimits import client_ip

logger = logging.getLogger(__name__)


def log_failed_login(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    logger.warning("Failed login for %r from %s", credentials.get("username"), client_ip(request))


def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning("Login locked for %r from %s after too many failures", username, ip_address)


def log_unlock(moderator, kind, value):
    logger.warning("Login unlocked for %s %r by %s", kind, value, moderator.get_username())


def connect():
    user_login_failed.connect(log_failed_login, dispatch_uid="loginguard.failed")
    user_locked_out.connect(log_lockout, dispatch_uid="loginguard.locked_out")
