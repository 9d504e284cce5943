"""The eight fixed sections of a kommunalt praksiseksempel, in the format's order.

One definition used by the page model (fields and help texts), the case
template (order and table of contents), the search index and the importer
(headings), so the format is spelled out in exactly one place.
See docs/praksiseksempel-format.md for the format itself.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    field: str
    heading: str
    anchor: str
    help_text: str


SECTIONS = (
    Section(
        "practice",
        "Praksis og proces",
        "praksis",
        "Hvad I gjorde, hvordan, med hvem og over hvor lang tid.",
    ),
    Section(
        "context",
        "Kontekst og formål",
        "kontekst",
        "Den lokale situation, og hvorfor indsatsen blev sat i gang.",
    ),
    Section(
        "policy",
        "Sammenhæng til kommunal politik og strategi",
        "politik",
        "Hvilken politik eller strategi i kommunen indsatsen understøtter.",
    ),
    Section(
        "experiences",
        "Erfaringer og opmærksomhedspunkter",
        "erfaringer",
        "Hvad virkede, hvad virkede ikke, og hvad skal andre være opmærksomme på.",
    ),
    Section(
        "next_steps",
        "De næste skridt",
        "naeste-skridt",
        "Hvad kommunen gør nu, hvor indsatsen er i gang eller afsluttet.",
    ),
    Section(
        "resources",
        "Nødvendige ressourcer",
        "ressourcer",
        "Penge, tid og personer indsatsen krævede, så andre kan planlægge.",
    ),
    Section(
        "key_advice",
        "Det vigtigste råd til andre",
        "raad",
        "Det ene råd, I vil give en anden kommune, der vil gøre det samme.",
    ),
    Section(
        "contact",
        "Hvis du vil vide mere",
        "kontakt",
        "Hvem andre kan kontakte: navn, rolle, e-mail, telefon eller webadresse.",
    ),
)

SECTIONS_BY_FIELD = {section.field: section for section in SECTIONS}

# The sections a case cannot be published without (the rest may be empty).
REQUIRED_SECTION_FIELDS = ("context", "practice", "key_advice")

# The sections written as running text (the contact section has fields of its own too).
TEXT_SECTION_FIELDS = tuple(section.field for section in SECTIONS if section.field != "contact")
