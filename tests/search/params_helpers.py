"""Build SearchParams the way a query string would."""

from django.http import QueryDict

from search.params import SearchParams


def params(**values):
    data = QueryDict(mutable=True)
    for key, value in values.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return SearchParams.from_query(data)
