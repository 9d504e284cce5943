"""Published cases for the browser journeys, created through the normal publish
signals so the outbox puts them in the test's own search index."""

from tests.factories import CaseStudyPageFactory

ACTION_LEARNING = "<p>{who} gennemførte aktionslæring i små grupper: de planlagde, observerede hinanden og reflekterede over elevernes læring.</p>"


def publish_action_learning_cases():
    """Four cases about aktionslæring across områder and regions, and one about something else.

    Two of them are skole cases in Region Midtjylland, so narrowing by område and
    region leaves those two, each the other's most similar case.
    """
    return {
        "matematik": CaseStudyPageFactory(
            title="Aktionslæring i matematik på mellemtrinnet",
            omraade="skole",
            kommuner=["Aarhus"],
            tags=["aktionslæring", "matematik"],
            summary="Matematiklærere brugte aktionslæring til at styrke elevernes ræsonnementer.",
            practice=ACTION_LEARNING.format(who="Matematiklærerne på mellemtrinnet"),
            scope="Tre aktionslæringscyklusser over et skoleår",
            participants=42,
        ),
        "laesning": CaseStudyPageFactory(
            title="Aktionslæring i læseundervisningen",
            omraade="skole",
            kommuner=["Randers"],
            tags=["aktionslæring", "læsning"],
            summary="Dansklærere brugte aktionslæring til at styrke elevernes læsning.",
            practice=ACTION_LEARNING.format(who="Dansklærerne på mellemtrinnet"),
        ),
        "udskoling": CaseStudyPageFactory(
            title="Aktionslæring blandt lærerne i udskolingen",
            omraade="skole",
            kommuner=["Aalborg"],
            tags=["aktionslæring"],
            practice=ACTION_LEARNING.format(who="Lærerteamene i udskolingen"),
        ),
        "dagpleje": CaseStudyPageFactory(
            title="Aktionslæring i dagplejen",
            omraade="dagtilbud",
            kommuner=["Viborg"],
            maalgrupper=["dagplejere"],
            tags=["aktionslæring"],
            practice=ACTION_LEARNING.format(who="Dagplejerne"),
        ),
        "klub": CaseStudyPageFactory(
            title="Trivsel i fritidsklubben",
            omraade="fritid",
            kommuner=["Odense"],
            tags=["trivsel"],
            practice="<p>Klubben arbejdede med fællesskaber og trivsel om eftermiddagen.</p>",
        ),
    }
