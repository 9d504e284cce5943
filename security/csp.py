"""The Content-Security-Policy header, with per-path additions.

django-csp's middleware applies one policy (settings.CONTENT_SECURITY_POLICY)
to every response outside its EXCLUDE_URL_PREFIXES. A few public paths need a
little more, such as the newsletter digest: an e-mail fragment whose styles
must be inline, because mail clients drop style sheets. Those additions are
listed in settings.CONTENT_SECURITY_POLICY_PATH_UPDATES, so the policy stays in settings.
https://django-csp.readthedocs.io/en/latest/configuration.html
"""

from csp.middleware import CSPMiddleware


class PathAwareCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.update is None:
            from django.conf import settings

            for prefix, update in settings.CONTENT_SECURITY_POLICY_PATH_UPDATES.items():
                if request.path_info.startswith(prefix):
                    parts.update = update
                    break
        return parts
