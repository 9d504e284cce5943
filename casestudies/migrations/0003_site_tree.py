"""Replaces Wagtail's welcome page with Praksisbanken's page tree.

Home -> Praksiseksempler (the case index) and Tilgængelighedserklæring. Done in a
migration so every database, the tests' included, has a working site.
"""

from django.db import migrations

STATEMENT_HTML = (
    "<p>Praksisbanken ønsker, at alle kan bruge sitet, også med skærmlæser, "
    "tastatur alene eller forstørrelse. Sitet følger webtilgængelighedsloven og "
    "WCAG 2.1 på niveau AA.</p>"
    "<h2>Overholdelse</h2>"
    "<p>Sitet testes automatisk med axe-core og manuelt med tastatur. Vi kender ikke "
    "til indhold, der ikke overholder kravene.</p>"
    "<h2>Kontakt</h2>"
    "<p>Oplever du problemer med tilgængeligheden, så skriv til "
    '<a href="mailto:tilgaengelighed@praksisbanken.dk">tilgaengelighed@praksisbanken.dk</a>. '
    "Du kan også klage til Digitaliseringsstyrelsen.</p>"
)


def create_site_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("casestudies.HomePage")
    CaseIndexPage = apps.get_model("casestudies.CaseIndexPage")
    StandardPage = apps.get_model("casestudies.StandardPage")

    if HomePage.objects.exists():
        return
    locale = Locale.objects.order_by("pk").first()
    Page.objects.filter(
        content_type=ContentType.objects.get(app_label="wagtailcore", model="page"), depth=2
    ).delete()

    def content_type(model):
        return ContentType.objects.get_or_create(app_label="casestudies", model=model)[0]

    home = HomePage.objects.create(
        title="Praksisbanken",
        draft_title="Praksisbanken",
        slug="home",
        content_type=content_type("homepage"),
        path="00010001",
        depth=2,
        numchild=2,
        url_path="/home/",
        locale=locale,
        intro=(
            "Kommunale praksiseksempler fra dagtilbud, skole, PPR og fritid. "
            "Find ud af, hvad andre kommuner har gjort, og hvem du kan spørge."
        ),
    )
    CaseIndexPage.objects.create(
        title="Praksiseksempler",
        draft_title="Praksiseksempler",
        slug="praksiseksempler",
        content_type=content_type("caseindexpage"),
        path="000100010001",
        depth=3,
        numchild=0,
        url_path="/home/praksiseksempler/",
        locale=locale,
        intro="<p>Alle praksiseksempler. Afgræns efter område, kommune, region, tema eller år.</p>",
    )
    StandardPage.objects.create(
        title="Tilgængelighedserklæring",
        draft_title="Tilgængelighedserklæring",
        slug="tilgaengelighed",
        content_type=content_type("standardpage"),
        path="000100010002",
        depth=3,
        numchild=0,
        url_path="/home/tilgaengelighed/",
        locale=locale,
        body=STATEMENT_HTML,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True,
        site_name="Praksisbanken",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0002_taxonomy_data"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_site_tree, migrations.RunPython.noop)]
