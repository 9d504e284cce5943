"""Matches the kommune names of a title line to the 98 Kommune snippets."""

import re
import unicodedata

from caseimport.reading import DocumentError
from casestudies.models import Kommune

KOMMUNE_WORD = re.compile(r"\s+(?:regions)?kommuner?$")


def lookup_key(name):
    """Case, spacing, dash and " Kommune" do not matter: "Lyngby Taarbæk kommune" finds Lyngby-Taarbæk."""
    text = unicodedata.normalize("NFC", name).casefold().strip()
    text = KOMMUNE_WORD.sub("", text)
    return re.sub(r"[\s\-‐‑–—]+", "-", text).strip("-")


class KommuneMatcher:
    """Built once per import run: one query however many documents there are."""

    def __init__(self, kommuner=None):
        self.by_key = {}
        for kommune in kommuner if kommuner is not None else Kommune.objects.all():
            # The short name ("København"), the official name ("Københavns
            # Kommune" -> "københavns") and so the genitive form too.
            for variant in (kommune.name, kommune.official_name):
                self.by_key.setdefault(lookup_key(variant), kommune)

    def match(self, name):
        key = lookup_key(name)
        kommune = self.by_key.get(key)
        if kommune is None and key.endswith("s"):
            # Genitive: "Aarhus" ends in s by itself, so the plain name is tried first.
            kommune = self.by_key.get(key[:-1])
        return kommune

    def match_all(self, names):
        """The kommuner in the order named; raises DocumentError quoting an unknown name."""
        found = []
        for name in names:
            kommune = self.match(name)
            if kommune is None:
                raise DocumentError(f'ukendt kommune "{name}"')
            if kommune not in found:
                found.append(kommune)
        return found
