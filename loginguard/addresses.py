"""The client address django-axes counts and stores failed logins under.

The same address the rate limits use (security.ratelimits.client_ip), except
that axes stores it in a GenericIPAddressField: PostgreSQL's inet type refuses
the rate limits' "unknown" (a request without a usable REMOTE_ADDR, such as a
login outside a real request), and the login then ends in a 500. Such
requests are counted together under the unspecified address instead, so they
are still limited, never a free pass.
"""

import ipaddress

from security.ratelimits import client_ip

UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 - stored as "address unknown", never bound to


def login_client_address(request):
    address = client_ip(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return UNKNOWN_ADDRESS
    return address
