"""Removes NUL characters from query parameters before any view sees them.

No public parameter has a use for NUL, and PostgreSQL cannot store or compare
text containing it: such a value reaching a database lookup (a filter, a path
lookup in the API) raised a DataError, a 500. The search already treats control
characters as spaces; dropping NUL once, at the door, gives every view the same
protection instead of guarding each lookup.
"""

from django.http import QueryDict


def without_nul(text):
    return text.replace("\x00", "")


class StripNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key + "".join(values) for key, values in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(without_nul(key), [without_nul(value) for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
