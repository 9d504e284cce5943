"""Cases in every state that must stay hidden, next to one that is public.

Every case shares the word "sprogzebra" and the same section text, so a
search, a feed or a similar-cases list that let a hidden case through would
have every reason to show it. Each hidden case also carries its own secret
word, in its title, summary and sections; no public answer may contain one.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory

# Cases published through the real search node (search_index and committed are in tests/conftest.py).
from tests.search.conftest import indexed_case  # noqa: F401

SHARED_TEXT = (
    "<p>Sprogzebra: pædagogerne arbejdede med sprogzebra i vuggestuen, "
    "dialogisk læsning og sprogzebra i hverdagens rutiner.</p>"
)
PUBLIC_TITLE = "Sprogzebra offentligt forløb"
PUBLIC_TAG = "offentligzebra"
HIDDEN_TAG = "hemmeligzebra"
# Only hidden cases are from Læsø, so the kommune must not show up anywhere either.
HIDDEN_KOMMUNE = "Læsø"

# State -> the secret word only that case carries.
SECRETS = {
    "draft": "kladdeordet",
    "draft_change": "udkastordet",
    "unpublished": "tilbagekaldtordet",
    "password": "kodeordsordet",
    "login": "loginordet",
    "scheduled": "planlagtordet",
    "scheduled_change": "fremtidsordet",
}


@dataclass
class HiddenWorld:
    public: CaseStudyPage
    hidden: dict  # state -> CaseStudyPage

    @property
    def secrets(self):
        return list(SECRETS.values())

    @property
    def public_titles(self):
        """The public case and the live versions of the cases with pending changes."""
        return {
            PUBLIC_TITLE,
            self.hidden["draft_change"].title,
            self.hidden["scheduled_change"].title,
        }

    def assert_nothing_hidden_in(self, text, where="", kommune=False, tema=True):
        """No secret word; no tema only hidden cases have (unless the request
        itself named it); with kommune=True also not the kommune only hidden
        cases are from (pages that offer every kommune as a filter name it for
        that reason alone)."""
        text = text.lower()
        for state, word in SECRETS.items():
            assert word not in text, f"{state} case leaked in {where}"
        if tema:
            assert HIDDEN_TAG not in text, f"tema of hidden cases leaked in {where}"
        if kommune:
            assert "læsø" not in text and "laesoe" not in text, f"Læsø leaked in {where}"


def case_fields(word):
    return {
        "title": f"Sprogzebra {word}",
        "summary": f"Resumé med {word} og sprogzebra.",
        "practice": SHARED_TEXT + f"<p>{word}</p>",
        "context": SHARED_TEXT,
        "key_advice": f"<p>Husk {word}.</p>",
        "kommuner": [HIDDEN_KOMMUNE],
        "tags": [HIDDEN_TAG],
    }


def change_in_a_revision(page, word):
    """Edit a live case's content in a new revision, leaving the live version as is."""
    page = CaseStudyPage.objects.get(pk=page.pk)
    page.title = f"Sprogzebra {word}"
    page.summary = f"Resumé med {word}."
    page.practice = f"<p>{word}</p>"
    page.tags.set([HIDDEN_TAG])
    return page


def build_public_and_hidden():
    public = CaseStudyPageFactory(
        title=PUBLIC_TITLE,
        summary="Resumé af det offentlige sprogzebra-forløb.",
        practice=SHARED_TEXT,
        context=SHARED_TEXT,
        kommuner=["Aarhus"],
        tags=[PUBLIC_TAG],
    )
    hidden = {
        state: CaseStudyPageFactory(**case_fields(SECRETS[state]))
        for state in ("unpublished", "password", "login")
    }
    hidden["draft"] = CaseStudyPageFactory(live=False, **case_fields(SECRETS["draft"]))
    # A live case with a newer draft: the public sees the live version only.
    hidden["draft_change"] = CaseStudyPageFactory(
        title="Sprogzebra udgivet version", kommuner=["Aarhus"], tags=[PUBLIC_TAG]
    )
    # A new case scheduled to go live next week, as the admin's 'Go live date' does.
    future = timezone.now() + datetime.timedelta(days=7)
    scheduled = CaseStudyPageFactory(live=False, **case_fields(SECRETS["scheduled"]))
    scheduled.go_live_at = future
    scheduled.save_revision(approved_go_live_at=future).publish()
    hidden["scheduled"] = scheduled
    # A live case with a change scheduled for next week.
    hidden["scheduled_change"] = CaseStudyPageFactory(
        title="Sprogzebra nuværende version", kommuner=["Aarhus"], tags=[PUBLIC_TAG]
    )
    return public, hidden


def hide(hidden):
    hidden["unpublished"].unpublish()
    PageViewRestriction.objects.create(
        page=hidden["password"], restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    PageViewRestriction.objects.create(
        page=hidden["login"], restriction_type=PageViewRestriction.LOGIN
    )
    change_in_a_revision(hidden["draft_change"], SECRETS["draft_change"]).save_revision()
    future = timezone.now() + datetime.timedelta(days=7)
    scheduled_change = change_in_a_revision(hidden["scheduled_change"], SECRETS["scheduled_change"])
    scheduled_change.go_live_at = future
    scheduled_change.save_revision(approved_go_live_at=future).publish()


@pytest.fixture
def hidden_world(search_index, committed):
    """Publish everything (so the index has had every case), then hide the hidden ones."""
    public, hidden = committed(build_public_and_hidden)
    committed(hide, hidden)
    return HiddenWorld(
        public=CaseStudyPage.objects.get(pk=public.pk),
        hidden={state: CaseStudyPage.objects.get(pk=page.pk) for state, page in hidden.items()},
    )
