"""Område, målgrupper, resumé and temaer that a document does not state, proposed from its words.

The words and rules are in caseimport/proposals.py and caseimport/rules.py;
this module puts the proposals on the page and says in the report what was
proposed and why, or that an editor's choice was kept.
"""

from caseimport import proposals
from caseimport.section_text import blocks_to_text, summarise
from casestudies.sections import SECTIONS_BY_FIELD

SUMMARY_SOURCES = ("context", "practice")  # the first of these with text is summarised


def fill_proposals(page, parsed, previous, result, maalgrupper_by_slug):
    """Område, målgrupper and resumé, which the document does not state.

    A re-import replaces a value only while it is still what the importer
    proposed last time (or empty), so an editor's choice is never undone.
    Returns what was proposed, for the ImportRecord.
    """
    body = "\n".join(
        blocks_to_text(blocks)
        for section_field, blocks in parsed.sections.items()
        if section_field != "contact"
    )
    words = proposals.count_words(f"{parsed.title}\n{body}")
    proposed = {}

    omraade = proposals.propose_omraade(words)
    proposed["omraade"] = omraade.value if omraade else ""
    if page.omraade and page.omraade != previous.get("omraade", page.omraade):
        result.notes.append(
            f"område: beholdt {proposals.omraade_label(page.omraade)} (valgt af redaktør)"
        )
    elif omraade:
        page.omraade = omraade.value
        result.notes.append(
            f"område: {proposals.omraade_label(omraade.value)} ({omraade.reason()})"
        )
    else:
        page.omraade = ""
        result.notes.append("område: intet forslag (ingen nøgleord fundet), vælg det selv")

    maalgrupper = [
        proposal
        for proposal in proposals.propose_maalgrupper(words)
        if proposal.value in maalgrupper_by_slug
    ]
    proposed["maalgrupper"] = [proposal.value for proposal in maalgrupper]
    current = sorted(gruppe.slug for gruppe in page.maalgrupper.all()) if page.pk else []
    if current and current != sorted(previous.get("maalgrupper", current)):
        result.notes.append("målgrupper: beholdt (valgt af redaktør)")
    else:
        page.maalgrupper = [maalgrupper_by_slug[proposal.value] for proposal in maalgrupper]
        described = "; ".join(
            f"{maalgrupper_by_slug[proposal.value].name} ({proposal.reason(3)})"
            for proposal in maalgrupper
        )
        result.notes.append(f"målgrupper: {described or 'ingen forslag'}")

    source = next((name for name in SUMMARY_SOURCES if parsed.sections.get(name)), None)
    # Subheadings are no part of a summary's sentences.
    text = blocks_to_text([block for block in parsed.sections.get(source, []) if block[0] != "h"])
    summary = summarise(text) if source else ""
    proposed["summary"] = summary
    if page.summary and page.summary != previous.get("summary", page.summary):
        result.notes.append("resumé: beholdt (skrevet af redaktør)")
    elif summary:
        page.summary = summary
        heading = SECTIONS_BY_FIELD[source].heading
        result.notes.append(f'resumé: genereret fra "{heading}" ({len(summary)} tegn)')
    else:
        page.summary = ""
        result.notes.append("resumé: ikke genereret (ingen tekst at tage det fra)")

    temaer = proposals.propose_temaer(words)
    if temaer:
        described = "; ".join(f"{tema.value} ({tema.reason(3)})" for tema in temaer)
        result.notes.append(f"temaer foreslået (ikke sat): {described}")
    return proposed
