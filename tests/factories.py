"""Factories for the content model, shared by every test module."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from casestudies.models import CaseIndexPage, CaseStudyPage, Kommune, Maalgruppe, Partner


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")

    class Meta:
        model = Partner
        django_get_or_create = ("name",)


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    """A complete, publishable case. Pass `parent=` or it goes under the case index.

    `kommuner`, `maalgrupper`, `partners` and `tags` take lists of names/slugs.
    """

    title = factory.Sequence(lambda n: f"Praksiseksempel nummer {n}")
    date = datetime.date(2023, 5, 1)
    omraade = "skole"
    summary = "Et kort resumé af indsatsen til kort og feeds."
    practice = "<p>Lærerne mødtes hver anden uge i professionelle læringsfællesskaber.</p>"
    context = "<p>Skolen ville styrke elevernes læring gennem fælles refleksion.</p>"
    key_advice = "<p>Start i det små og giv tid til møderne.</p>"
    contact_email = "kontakt@kommune.dk"

    class Meta:
        model = CaseStudyPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kommuner = kwargs.pop("kommuner", ["Aarhus"])
        maalgrupper = kwargs.pop("maalgrupper", ["laerere"])
        partners = kwargs.pop("partners", [])
        tags = kwargs.pop("tags", [])
        live = kwargs.pop("live", True)
        parent = kwargs.pop("parent", None) or CaseIndexPage.objects.get()
        page = model_class(live=False, **kwargs)
        page.kommuner = list(Kommune.objects.filter(name__in=kommuner))
        page.maalgrupper = list(Maalgruppe.objects.filter(slug__in=maalgrupper))
        page.partners = [PartnerFactory(name=name) for name in partners]
        page.tags.set(tags)
        parent.add_child(instance=page)
        if live:
            page.validate_for_publishing()
        revision = page.save_revision(clean=False)
        if live:
            revision.publish()
            page.refresh_from_db()
        return page


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"bruger{n}")
    password = factory.PostGenerationMethodCall("set_password", "adgangskode")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            from django.contrib.auth.models import Group

            self.groups.set(Group.objects.filter(name__in=names))
            self.save()
