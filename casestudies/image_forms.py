"""The admin's image form, with the description (the image's alt text) required.

Wagtail 8 images have a `description` field that `{% image %}` and rich text use
as alt text (falling back to the title, usually a file name). Requiring it here
makes every editor describe an image when adding it (WCAG 1.1.1), in each place an
image can be added: the image library, the multiple uploader (which keeps the file
aside until the form is complete) and the upload tab of the page editor's chooser.
See https://docs.wagtail.org/en/stable/reference/settings.html#wagtailimages-image-form-base
"""

from wagtail.images.forms import BaseImageForm

DESCRIPTION_LABEL = "Beskrivelse (alternativ tekst)"
DESCRIPTION_HELP = (
    "Beskriv, hvad billedet viser, for dem der ikke kan se det, fx "
    "“Pædagoger og børn bygger med klodser i vuggestuen”. Teksten læses op af skærmlæsere."
)
DESCRIPTION_REQUIRED = "Skriv en beskrivelse af billedet, så skærmlæsere kan læse den op."


class DescribedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.required = True
            description.label = DESCRIPTION_LABEL
            description.help_text = DESCRIPTION_HELP
            description.error_messages["required"] = DESCRIPTION_REQUIRED
