"""Praksiseksempel documents written by the tests themselves, in the format's shape."""

import io

import docx

SECTION_TEXTS = {
    "Praksis og proces": (
        "Alle 140 dagplejere deltog i fire temaaftener over et halvt år. Mellem aftenerne\n"
        "afprøvede legestuegrupperne små forandringer og filmede dem i dagplejen."
    ),
    "Kontekst og formål": (
        "Dagplejen manglede et fælles sprog for, hvad et godt læringsmiljø er for de yngste. "
        "Dagplejerne ønskede mere sparring."
    ),
    "Sammenhæng til kommunal politik og strategi": (
        "Indsatsen understøtter kommunens børne- og ungepolitik."
    ),
    "Erfaringer og opmærksomhedspunkter": (
        "Videoerne gav de bedste samtaler, men krævede klare aftaler om samtykke."
    ),
    "De næste skridt": "Legestuegrupperne fortsætter med faste refleksionsmøder.",
    "Nødvendige ressourcer": (
        "Fire aftener med vikardækning og en pædagogisk konsulent i 10 timer om måneden."
    ),
    "Det vigtigste råd til andre": (
        "Start i det små, og lad dagplejerne selv vælge, hvad de vil filme."
    ),
    "Hvis du vil vide mere": "Dagplejen, Mette Holm\ndagplejen@viborg.dk, tlf. 87 87 12 34",
}


def case_text(
    title_line="Viborg Kommune: Fælles sprog om læringsmiljøer i dagplejen",
    date_line="Viborg Kommune den 4. februar 2022",
    sections=None,
    header=None,
    heading=lambda heading: heading,
    omit=(),
):
    """The document as text; `heading` transforms every heading, `omit` drops sections."""
    parts = [header] if header else []
    parts.append(title_line)
    if date_line:
        parts.append(date_line)
    for name, text in (sections or SECTION_TEXTS).items():
        if name not in omit:
            parts += [heading(name), text]
    return "\n\n".join(parts) + "\n"


def docx_bytes(paragraphs):
    """A Word document; (text, style) pairs, style None for a plain paragraph."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
