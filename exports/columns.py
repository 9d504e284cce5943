"""What an exported row of a case holds, and how the two file formats are written.

One list of columns for CSV and .xlsx, for search results, listings and
comparisons alike, so a leader gets the same sheet whichever page they came from.
"""

import csv
import tempfile

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

COLUMNS = (
    "Titel",
    "Adresse",
    "Kommuner",
    "Regioner",
    "Område",
    "Målgrupper",
    "Temaer",
    "År",
    "Periode",
    "Resumé",
    "Kontaktperson",
    "E-mail",
)

# Danish Excel reads a CSV file with the list separator of the Danish locale,
# the semicolon (the comma is the decimal mark), and only takes the file as
# UTF-8, so that æ, ø and å survive, when it starts with a byte order mark.
CSV_DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff"

# A cell starting with one of these is run as a formula by Excel and LibreOffice
# (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection); a
# leading apostrophe makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def joined(values):
    return ", ".join(dict.fromkeys(values))


def case_row(case, request):
    """A case's cells in the order of COLUMNS; the case must be loaded
    with_card_data() so its relations cost no queries."""
    kommuner = sorted(case.kommuner.all(), key=lambda kommune: kommune.name)
    row = (
        case.title,
        case.get_full_url(request),
        joined(kommune.official_name for kommune in kommuner),
        joined(sorted(kommune.region.name for kommune in kommuner)),
        case.omraade_label,
        joined(maalgruppe.name for maalgruppe in case.maalgrupper.all()),
        joined(tag.name for tag in case.tags.all()),
        case.date.year,
        case.period_label,
        case.summary,
        case.contact_name,
        case.contact_email,
    )
    return tuple(as_text(value) for value in row)


class _Line:
    """csv.writer writes to this and gets each formatted line back, so rows
    can be streamed one by one (Django's documented pattern for large CSVs)."""

    def write(self, value):
        return value


def csv_lines(rows):
    writer = csv.writer(_Line(), delimiter=CSV_DELIMITER)
    yield BYTE_ORDER_MARK + writer.writerow(COLUMNS)
    for row in rows:
        yield writer.writerow(row)


def xlsx_file(rows, sheet_title="Praksiseksempler"):
    """The rows as an .xlsx workbook in a temporary file, rewound for reading.

    openpyxl's write-only mode keeps only the current row in memory; the file
    is a zip archive, so it is written whole before it is sent in chunks.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    sheet.append(COLUMNS)
    for row in rows:
        # Control characters are not allowed in the XML of a sheet.
        sheet.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
                for value in row
            ]
        )
    file = tempfile.TemporaryFile()
    workbook.save(file)
    file.seek(0)
    return file
