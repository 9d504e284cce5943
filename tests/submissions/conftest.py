"""A complete submission as the form posts it, and the people who receive it."""

import pytest

from casestudies.models import Kommune
from tests.factories import UserFactory

FORM_URL = "/indsend/"
RECEIPT_URL = "/indsend/tak/"


def submission_data(**overrides):
    """Everything a person fills in for a publishable case, as the browser posts it."""
    data = {
        "title": "Sprogkufferter i dagplejen",
        "kommune": str(Kommune.objects.get(name="Vejle").pk),
        "andre_kommuner": [str(Kommune.objects.get(name="Kolding").pk)],
        "omraade": "dagtilbud",
        "summary": "Dagplejere låner sprogkufferter med bøger og spil og bruger dem i små grupper.",
        "practice": "Hver dagplejer lånte en kuffert i seks uger.\n\nVi mødtes hver måned og delte erfaringer.",
        "context": "Mange af de yngste børn havde brug for mere sprogstimulering.",
        "policy": "",
        "experiences": "Det virkede bedst, når forældrene også fik en lille opgave med hjem.",
        "next_steps": "",
        "resources": "",
        "key_advice": "Start med få kufferter, og lad dagplejerne vælge indholdet.",
        "contact": "",
        "period_start": "2023",
        "period_end": "2024",
        "contact_name": "Mette Hansen",
        "contact_email": "mette.hansen@vejle.dk",
        "contact_phone": "76 81 00 00",
        "submitter_name": "Jonas Holm",
        "submitter_role": "Pædagogisk konsulent i Vejle Kommune",
        "submitter_email": "jonas.holm@vejle.dk",
        "accept_criteria": "on",
        "hjemmeside": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def moderator(db):
    return UserFactory(groups=["Moderatorer"], email="moderator@praksisbanken.dk")


@pytest.fixture
def redaktoer(db):
    return UserFactory(groups=["Redaktører"], email="redaktoer@praksisbanken.dk")
