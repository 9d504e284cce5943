"""Per-client rate limits for the search endpoints, answered with a Danish 429.

Counting is django-ratelimit's (https://django-ratelimit.readthedocs.io/),
in the default cache: in production that must be a cache all gunicorn workers
share (CACHE_URL=redis://…), or each worker counts on its own. Rates live in
settings.RATELIMITS, read on every request, so they can be changed per
deployment and per test.
"""

import ipaddress
import logging
from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)

TOO_MANY_REQUESTS = (
    "Du har sendt mange søgninger på kort tid, så vi holder en kort pause. "
    "Vent et øjeblik, og prøv igen."
)
# One client often holds a whole IPv6 /64, as django-ratelimit's 'ip' key assumes too.
IPV6_PREFIX = 64


def client_ip(request):
    """The client's address: REMOTE_ADDR, or behind a reverse proxy the entry
    the nearest trusted proxy added to the header named by
    settings.RATELIMIT_IP_META_KEY (e.g. HTTP_X_FORWARDED_FOR).

    Counted from the right: entries further left are whatever the client
    chose to send, so trusting them would let anyone dodge the limit.
    """
    address = request.META.get("REMOTE_ADDR", "")
    meta_key = settings.RATELIMIT_IP_META_KEY
    if meta_key and request.META.get(meta_key):
        entries = [entry.strip() for entry in request.META[meta_key].split(",")]
        proxies = max(1, settings.RATELIMIT_TRUSTED_PROXIES)
        if len(entries) >= proxies:
            address = entries[-proxies]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        # A malformed header must not become an error page or a free pass.
        return request.META.get("REMOTE_ADDR", "") or "unknown"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/{IPV6_PREFIX}", strict=False).network_address)
    return str(ip)


def usage(request, name):
    """django-ratelimit's usage for this client and limit, counting this request;
    None when limits are off or the cache cannot be reached."""
    try:
        return get_usage(
            request,
            group=f"praksisbank.{name}",
            key=lambda _group, req: client_ip(req),
            rate=settings.RATELIMITS[name],
            increment=True,
        )
    except Exception:
        # An unreachable cache must not take search down with it: fail open.
        logger.warning("Rate limit cache unavailable; not limiting %s", name, exc_info=True)
        return None


def too_many_requests(request, answer, retry_after):
    if answer == "json":
        response = JsonResponse(
            {"error": TOO_MANY_REQUESTS}, status=429, json_dumps_params={"ensure_ascii": False}
        )
    else:
        response = render(request, "429.html", {"message": TOO_MANY_REQUESTS}, status=429)
    response["Retry-After"] = str(max(1, retry_after))
    return response


def rate_limited(name, answer="html"):
    """Limit a view to settings.RATELIMITS[name] requests per client address;
    past it, a 429 as HTML (answer="html") or JSON (answer="json")."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            state = usage(request, name)
            if state and state["should_limit"]:
                return too_many_requests(request, answer, state["time_left"])
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
