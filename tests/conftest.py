"""Fixtures shared by the whole suite.

The page tree (home, case index, accessibility statement) and the 98 kommuner
come from the migrations, so every test database already has them.
"""

import pytest
from wagtail.models import Page, PageViewRestriction

from casestudies.models import CaseIndexPage, HomePage


@pytest.fixture
def case_index(db):
    return CaseIndexPage.objects.get()


@pytest.fixture
def home_page(db):
    return HomePage.objects.get()


@pytest.fixture
def make_private():
    """Put a page behind a password, as an editor does under 'Privacy'."""

    def restrict(page: Page):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
        )

    return restrict
