"""Horizontal bar charts drawn as SVG on the server: no JavaScript, and a data
table beside each with the same numbers for screen readers and for copying.

Coordinates are in the SVG's own units; the viewBox scales the chart to the
column it is in. Each row has its label above the bar and the count after it; a
transparent rectangle over the whole row makes all of it the link's target.
"""

CHART_WIDTH = 600
BAR_MAX_WIDTH = 520
ROW_HEIGHT = 44
LABEL_BASELINE = 16
BAR_TOP = 22
BAR_HEIGHT = 16


def bar_chart(rows):
    """The rows (label, count, url) with the geometry of their bars."""
    largest = max((row["count"] for row in rows), default=0) or 1
    bars = []
    for position, row in enumerate(rows):
        top = position * ROW_HEIGHT
        width = round(BAR_MAX_WIDTH * row["count"] / largest, 1)
        bars.append(
            {
                **row,
                "row_y": top,
                "label_y": top + LABEL_BASELINE,
                "bar_y": top + BAR_TOP,
                "bar_width": max(width, 1) if row["count"] else 0,
                "count_x": width + 6,
                "count_y": top + BAR_TOP + BAR_HEIGHT - 3,
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": max(len(rows), 1) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "row_height": ROW_HEIGHT,
    }
