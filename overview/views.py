"""/overblik/: where in the country the cases come from, and where none do yet."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from overview.charts import bar_chart
from overview.figures import overview_figures

# Danish alphabetical order: æ, ø and å come after z.
DANISH_ORDER = str.maketrans({"æ": "z{", "ø": "z|", "å": "z}"})

# ?sort= -> (column heading's key, how the table is ordered)
SORTS = {
    "navn": lambda row: row["name"].casefold().translate(DANISH_ORDER),
    "region": lambda row: (row["region"], row["name"].casefold().translate(DANISH_ORDER)),
    "antal": lambda row: (-row["count"], row["name"].casefold().translate(DANISH_ORDER)),
}
DEFAULT_SORT = "navn"

CHARTS = (
    ("omraader", "Efter område", "Område"),
    ("regioner", "Efter region", "Region"),
    ("aar", "Efter år", "År"),
    ("temaer", "De mest brugte temaer", "Tema"),
)


@require_GET
def overview_page(request):
    figures = overview_figures()
    sort = request.GET.get("sort")
    if sort not in SORTS:
        sort = DEFAULT_SORT
    kommuner = sorted(figures["kommuner"], key=SORTS[sort])
    charts = [
        {"id": key, "title": title, "column": column, **bar_chart(figures[key])}
        for key, title, column in CHARTS
    ]
    return render(
        request,
        "pages/overview_page.html",
        {
            "total": figures["total"],
            "charts": charts,
            "kommuner": kommuner,
            "kommuner_without_cases": sum(1 for row in kommuner if not row["count"]),
            "sort": sort,
        },
    )
