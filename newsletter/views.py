from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_safe

from newsletter.digest import (
    DigestParameterError,
    parse_format,
    parse_limit,
    parse_since,
    render_digest,
)

CONTENT_TYPES = {"html": "text/html; charset=utf-8", "txt": "text/plain; charset=utf-8"}


@require_safe
def latest_cases_digest(request):
    """/nyhedsbrev/seneste/?since=YYYY-MM-DD[&limit=N][&format=html|txt]"""
    try:
        since = parse_since(request.GET.get("since"))
        limit = parse_limit(request.GET.get("limit"))
        output_format = parse_format(request.GET.get("format"))
    except DigestParameterError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    body = render_digest(since, limit, output_format, base_url=request.build_absolute_uri("/"))
    return HttpResponse(body, content_type=CONTENT_TYPES[output_format])
