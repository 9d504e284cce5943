"""What the admin's case form posts, for tests that drive the edit and create views."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from casestudies.sections import SECTIONS


def case_form_data(page, action, kommuner=None):
    """A complete case as the admin form posts it, plus the chosen action.

    `page` may be unsaved; `kommuner` overrides the page's kommuner.
    """
    sections = {section.field: rich_text(getattr(page, section.field)) for section in SECTIONS}
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "omraade": page.omraade,
            "summary": page.summary,
            "contact_email": page.contact_email,
            "tags": "",
            "attached_documents": inline_formset([]),
            "comments": inline_formset([]),
            **sections,
            action: action,
        }
    )
    if kommuner is None:
        kommuner = list(page.kommuner.all()) if page.pk else []
    data["kommuner"] = [kommune.pk for kommune in kommuner]
    data["maalgrupper"] = [gruppe.pk for gruppe in page.maalgrupper.all()] if page.pk else []
    return data
