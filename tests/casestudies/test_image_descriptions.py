"""Editors must describe every image they add; the description is the image's alt text."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import UploadedFile

from casestudies.image_forms import DESCRIPTION_REQUIRED
from tests.factories import CaseStudyPageFactory

Image = get_image_model()


def png_upload():
    return SimpleUploadedFile("legestue.png", get_test_image_file().file.getvalue())


@pytest.mark.django_db
def test_image_without_description_is_refused_with_a_danish_message(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Legestue", "file": png_upload(), "description": ""},
    )

    assert response.status_code == 200
    assert DESCRIPTION_REQUIRED in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_image_with_description_is_saved(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Legestue",
            "file": png_upload(),
            "description": "Dagplejere og børn i legestuen",
        },
    )

    assert response.status_code == 302
    assert Image.objects.get().description == "Dagplejere og børn i legestuen"


@pytest.mark.django_db
def test_multiple_upload_waits_for_the_description(admin_client):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png_upload()})

    assert response.status_code == 200
    # The file is kept aside and the editor is asked for the missing description.
    assert not Image.objects.exists()
    uploaded = UploadedFile.objects.get()
    assert "description" in response.json()["form"]

    response = admin_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[uploaded.pk]),
        {
            f"uploaded-image-{uploaded.pk}-title": "Legestue",
            f"uploaded-image-{uploaded.pk}-description": "Børn bygger med klodser",
        },
    )
    assert response.json()["success"], response.json()
    assert Image.objects.get().description == "Børn bygger med klodser"


@pytest.mark.django_db
def test_case_page_uses_the_description_as_alt_text(client):
    image = Image.objects.create(
        title="IMG_2041.jpg",
        file=get_test_image_file(),
        description="Lærere observerer hinandens undervisning",
    )
    case = CaseStudyPageFactory(title="Med billede", image=image)

    html = client.get(case.url).content.decode()
    assert 'alt="Lærere observerer hinandens undervisning"' in html
