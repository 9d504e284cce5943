"""CSV and .xlsx files of the cases a page shows."""

from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from compare.selection import InvalidSelection
from exports import sources
from exports.columns import case_row, csv_lines, xlsx_file
from security.ratelimits import rate_limited

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_NAMES = {
    "soeg": "praksiseksempler-soegning",
    "praksiseksempler": "praksiseksempler",
    "sammenligning": "praksiseksempler-sammenligning",
}


# An export runs the same search as the page, so it counts against the search
# page's limit: a file is not a way around it.
@require_GET
@rate_limited("search_page")
def export_cases(request, source, file_format):
    try:
        ids = sources.SOURCES[source](request.GET)
    except InvalidSelection as error:
        return render(request, "pages/compare_page.html", {"error": str(error)}, status=400)
    rows = (case_row(case, request) for case in sources.visible_cases_in_order(ids))
    name = FILE_NAMES[source]
    if file_format == "csv":
        response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    else:
        response = FileResponse(
            xlsx_file(rows), as_attachment=True, filename=f"{name}.xlsx", content_type=XLSX_TYPE
        )
    # The limit is stated on the pages; the header says it to scripts too.
    response["X-Export-Row-Limit"] = str(sources.MAX_ROWS)
    return response
