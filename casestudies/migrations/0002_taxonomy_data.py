"""Loads the public facts: Denmark's 5 regions, its 98 kommuner and the målgrupper."""

from django.db import migrations

# (short name, official name, slug) per region. Source: the kommunal reform of
# 2007, unchanged since; 29 + 17 + 22 + 19 + 11 = 98.
KOMMUNER_BY_REGION = {
    ("Region Hovedstaden", "hovedstaden"): [
        ("Albertslund", "Albertslund Kommune", "albertslund"),
        ("Allerød", "Allerød Kommune", "alleroed"),
        ("Ballerup", "Ballerup Kommune", "ballerup"),
        ("Bornholm", "Bornholms Regionskommune", "bornholm"),
        ("Brøndby", "Brøndby Kommune", "broendby"),
        ("Dragør", "Dragør Kommune", "dragoer"),
        ("Egedal", "Egedal Kommune", "egedal"),
        ("Fredensborg", "Fredensborg Kommune", "fredensborg"),
        ("Frederiksberg", "Frederiksberg Kommune", "frederiksberg"),
        ("Frederikssund", "Frederikssund Kommune", "frederikssund"),
        ("Furesø", "Furesø Kommune", "furesoe"),
        ("Gentofte", "Gentofte Kommune", "gentofte"),
        ("Gladsaxe", "Gladsaxe Kommune", "gladsaxe"),
        ("Glostrup", "Glostrup Kommune", "glostrup"),
        ("Gribskov", "Gribskov Kommune", "gribskov"),
        ("Halsnæs", "Halsnæs Kommune", "halsnaes"),
        ("Helsingør", "Helsingør Kommune", "helsingoer"),
        ("Herlev", "Herlev Kommune", "herlev"),
        ("Hillerød", "Hillerød Kommune", "hilleroed"),
        ("Hvidovre", "Hvidovre Kommune", "hvidovre"),
        ("Høje-Taastrup", "Høje-Taastrup Kommune", "hoeje-taastrup"),
        ("Hørsholm", "Hørsholm Kommune", "hoersholm"),
        ("Ishøj", "Ishøj Kommune", "ishoej"),
        ("København", "Københavns Kommune", "koebenhavn"),
        ("Lyngby-Taarbæk", "Lyngby-Taarbæk Kommune", "lyngby-taarbaek"),
        ("Rødovre", "Rødovre Kommune", "roedovre"),
        ("Rudersdal", "Rudersdal Kommune", "rudersdal"),
        ("Tårnby", "Tårnby Kommune", "taarnby"),
        ("Vallensbæk", "Vallensbæk Kommune", "vallensbaek"),
    ],
    ("Region Sjælland", "sjaelland"): [
        ("Faxe", "Faxe Kommune", "faxe"),
        ("Greve", "Greve Kommune", "greve"),
        ("Guldborgsund", "Guldborgsund Kommune", "guldborgsund"),
        ("Holbæk", "Holbæk Kommune", "holbaek"),
        ("Kalundborg", "Kalundborg Kommune", "kalundborg"),
        ("Køge", "Køge Kommune", "koege"),
        ("Lejre", "Lejre Kommune", "lejre"),
        ("Lolland", "Lolland Kommune", "lolland"),
        ("Næstved", "Næstved Kommune", "naestved"),
        ("Odsherred", "Odsherred Kommune", "odsherred"),
        ("Ringsted", "Ringsted Kommune", "ringsted"),
        ("Roskilde", "Roskilde Kommune", "roskilde"),
        ("Slagelse", "Slagelse Kommune", "slagelse"),
        ("Solrød", "Solrød Kommune", "solroed"),
        ("Sorø", "Sorø Kommune", "soroe"),
        ("Stevns", "Stevns Kommune", "stevns"),
        ("Vordingborg", "Vordingborg Kommune", "vordingborg"),
    ],
    ("Region Syddanmark", "syddanmark"): [
        ("Assens", "Assens Kommune", "assens"),
        ("Billund", "Billund Kommune", "billund"),
        ("Esbjerg", "Esbjerg Kommune", "esbjerg"),
        ("Fanø", "Fanø Kommune", "fanoe"),
        ("Fredericia", "Fredericia Kommune", "fredericia"),
        ("Faaborg-Midtfyn", "Faaborg-Midtfyn Kommune", "faaborg-midtfyn"),
        ("Haderslev", "Haderslev Kommune", "haderslev"),
        ("Kerteminde", "Kerteminde Kommune", "kerteminde"),
        ("Kolding", "Kolding Kommune", "kolding"),
        ("Langeland", "Langeland Kommune", "langeland"),
        ("Middelfart", "Middelfart Kommune", "middelfart"),
        ("Nordfyn", "Nordfyns Kommune", "nordfyn"),
        ("Nyborg", "Nyborg Kommune", "nyborg"),
        ("Odense", "Odense Kommune", "odense"),
        ("Svendborg", "Svendborg Kommune", "svendborg"),
        ("Sønderborg", "Sønderborg Kommune", "soenderborg"),
        ("Tønder", "Tønder Kommune", "toender"),
        ("Varde", "Varde Kommune", "varde"),
        ("Vejen", "Vejen Kommune", "vejen"),
        ("Vejle", "Vejle Kommune", "vejle"),
        ("Ærø", "Ærø Kommune", "aeroe"),
        ("Aabenraa", "Aabenraa Kommune", "aabenraa"),
    ],
    ("Region Midtjylland", "midtjylland"): [
        ("Favrskov", "Favrskov Kommune", "favrskov"),
        ("Hedensted", "Hedensted Kommune", "hedensted"),
        ("Herning", "Herning Kommune", "herning"),
        ("Holstebro", "Holstebro Kommune", "holstebro"),
        ("Horsens", "Horsens Kommune", "horsens"),
        ("Ikast-Brande", "Ikast-Brande Kommune", "ikast-brande"),
        ("Lemvig", "Lemvig Kommune", "lemvig"),
        ("Norddjurs", "Norddjurs Kommune", "norddjurs"),
        ("Odder", "Odder Kommune", "odder"),
        ("Randers", "Randers Kommune", "randers"),
        ("Ringkøbing-Skjern", "Ringkøbing-Skjern Kommune", "ringkoebing-skjern"),
        ("Samsø", "Samsø Kommune", "samsoe"),
        ("Silkeborg", "Silkeborg Kommune", "silkeborg"),
        ("Skanderborg", "Skanderborg Kommune", "skanderborg"),
        ("Skive", "Skive Kommune", "skive"),
        ("Struer", "Struer Kommune", "struer"),
        ("Syddjurs", "Syddjurs Kommune", "syddjurs"),
        ("Viborg", "Viborg Kommune", "viborg"),
        ("Aarhus", "Aarhus Kommune", "aarhus"),
    ],
    ("Region Nordjylland", "nordjylland"): [
        ("Brønderslev", "Brønderslev Kommune", "broenderslev"),
        ("Frederikshavn", "Frederikshavn Kommune", "frederikshavn"),
        ("Hjørring", "Hjørring Kommune", "hjoerring"),
        ("Jammerbugt", "Jammerbugt Kommune", "jammerbugt"),
        ("Læsø", "Læsø Kommune", "laesoe"),
        ("Mariagerfjord", "Mariagerfjord Kommune", "mariagerfjord"),
        ("Morsø", "Morsø Kommune", "morsoe"),
        ("Rebild", "Rebild Kommune", "rebild"),
        ("Thisted", "Thisted Kommune", "thisted"),
        ("Vesthimmerland", "Vesthimmerlands Kommune", "vesthimmerland"),
        ("Aalborg", "Aalborg Kommune", "aalborg"),
    ],
}

MAALGRUPPER = [
    ("ledere", "Ledere"),
    ("paedagoger", "Pædagoger"),
    ("laerere", "Lærere"),
    ("dagplejere", "Dagplejere"),
    ("ppr", "PPR-medarbejdere"),
    ("ressourcepersoner", "Ressourcepersoner"),
    ("konsulenter", "Konsulenter"),
    ("forvaltning", "Forvaltning"),
]


def load_taxonomy(apps, schema_editor):
    Region = apps.get_model("casestudies", "Region")
    Kommune = apps.get_model("casestudies", "Kommune")
    Maalgruppe = apps.get_model("casestudies", "Maalgruppe")
    for (region_name, region_slug), kommuner in KOMMUNER_BY_REGION.items():
        region, _ = Region.objects.update_or_create(
            slug=region_slug, defaults={"name": region_name}
        )
        for name, official_name, slug in kommuner:
            Kommune.objects.update_or_create(
                slug=slug,
                defaults={"name": name, "official_name": official_name, "region": region},
            )
    for position, (slug, name) in enumerate(MAALGRUPPER):
        Maalgruppe.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": position}
        )


class Migration(migrations.Migration):
    dependencies = [("casestudies", "0001_initial")]

    operations = [migrations.RunPython(load_taxonomy, migrations.RunPython.noop)]
