"""Write-ups as kommuner really keep them, not in the praksiseksempel format (invented).

A news item saved from a kommune's website, a programme page copied as text,
a memo in Markdown that never names its kommune, and a Word file with heading
styles. The tests import them and check how each was read.
"""

import io

import docx

NEWS_ARTICLE_HTML = """<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>Læsevejledere i 1. klasse | Vejle Kommune</title></head>
<body>
<header>
  <a href="/">Vejle Kommune</a>
  <nav><ul><li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li></ul></nav>
</header>
<main>
  <nav aria-label="Brødkrummer">Forside › Nyheder › Børn og unge</nav>
  <p class="label">Nyhed</p>
  <p class="date">Publiceret 14. marts 2024</p>
  <h1>PPR i Vejle giver lærerne et fælles blik på de yngste læsere</h1>
  <p class="lead">Fra august sidder en læsevejleder med, når lærerne i 1. klasse planlægger
  læseundervisningen. Det er resultatet af et forsøg på fire skoler, som PPR i Vejle har
  stået for sammen med skolernes ledelser.</p>
  <p>"Vi taler nu om den enkelte elevs læsning ud fra de samme iagttagelser, og det har gjort
  en forskel," siger skoleleder Henrik Dam fra Kirkebakkeskolen.</p>
  <h2>Baggrund</h2>
  <p>Vejle Kommunes læsetest viste i 2022, at hver femte elev i 2. klasse læste under
  forventet niveau. Lærerne savnede et fælles sprog for, hvad de så i undervisningen.</p>
  <h2>Sådan foregår det</h2>
  <p>Læsevejlederen og lærerne i 1. klasse mødes hver fjerde uge. De ser på elevernes
  læsning ud fra korte observationer og aftaler, hvad næste skridt er for hver elev.</p>
  <ul>
    <li>Korte observationer i klassen to gange om måneden</li>
    <li>Et fælles skema til elevernes læsespor</li>
    <li>Møder med PPR's psykolog, når en elev ikke rykker sig</li>
  </ul>
  <p>Forsøget er inspireret af et læseforløb i Aarhus Kommune.</p>
  <h2>Det har vi lært</h2>
  <p>Møderne virker kun, når de ligger fast i lærernes skema. På to af skolerne blev de
  aflyst i perioder, og der gik forløbet i stå.</p>
  <h2>Næste skridt</h2>
  <p>Fra skoleåret 2024/25 får alle 32 skoler en læsevejleder tilknyttet 1. klasse.</p>
  <p><a href="/ppr">Læs mere om PPR</a></p>
  <h3>Kontakt</h3>
  <p>Psykolog Lone Kjær, PPR</p>
  <p>lokjae@vejle.dk, tlf. 76 81 23 45</p>
  <aside><h2>Tilmeld nyhedsbrev</h2><p>Få nyheder fra Vejle Kommune i din indbakke.</p></aside>
  <p>Del på Facebook</p>
</main>
<footer>Vejle Kommune · Skolegade 1 · 7100 Vejle</footer>
<script>window.dataLayer = [];</script>
</body>
</html>
"""

PROGRAMME_PAGE_TXT = """Forside > Børn og Unge > Sprog og læsning
Sprogløft 0-6 år
Sprogløft er et program for alle dagtilbud i Børn og Unge i Odense. Det samler
sprogvurderinger, dialogisk læsning og sprogkufferter i ét forløb.

Målgruppe
Børn i alderen 0-6 år i kommunale og selvejende dagtilbud og deres pædagoger.

Formål
At alle børn har et alderssvarende sprog, når de begynder i skole.

Varighed
Programmet løber fra august 2023 til juli 2026.

Indhold
- Sprogvurdering af alle børn ved 3 år
- Dialogisk læsning i små grupper tre gange om ugen
- Sprogkufferter, som familierne låner med hjem

Sådan deltager I
Hver institution udpeger en sprogvejleder, som deltager i fire netværksmøder om året
hos Børn og Unge i Odense.

Politisk forankring
Programmet er en del af Odense Kommunes børne- og ungepolitik 2023-2026.

Økonomi
Programmet er finansieret med 2,1 mio. kr. om året, som især går til vikartimer og
materialer.

Resultater
Efter første år er andelen af 3-årige med behov for fokuseret sprogindsats faldet fra
18 til 14 procent.

Gode råd
Giv sprogvejlederne tid i kalenderen fra starten. Uden faste timer bliver netværket det
første, der bliver aflyst.

Næste skridt
I 2025 udvides programmet til dagplejen.

Kontakt
Sprogkonsulent Anne Mølgaard
anmo@odense.dk
Tlf. 65 51 12 34

Tilmeld nyhedsbrev
Læs mere om dagtilbud i Odense Kommune
"""

MARKDOWN_MEMO = """**Notat**

Til: Dagtilbudsledergruppen
Fra: Pædagogisk konsulent, Dagtilbudsafdelingen
Dato: 2. oktober 2023

# Erfaringer med udeliv i vuggestuen

Tre vuggestuer har i et halvt år flyttet en stor del af dagen udendørs. Dette notat samler
erfaringerne til dagtilbudsledernes møde.

## Baggrund

Vuggestuerne havde mange børn på små stuer, og støjen var et tilbagevendende emne i
personalegrupperne. Samtidig ønskede forældrene mere udeliv.

## Hvad gjorde vi?

Hver stue lagde to faste ture om ugen ind i ugeplanen:

- en tur til skoven med de ældste børn
- en formiddag i legepladsens køkkenhave med de yngste

## Det har vi lært

Børnene sov bedre efter turene, og personalet oplevede roligere eftermiddage. Turene
kræver dog, at der er tre voksne på stuen.

## Hvad kræver det?

Regntøj til stuen, en ladcykel og en fast vikartime om ugen pr. stue.

## Vores råd til andre

Start med én fast tur om ugen, og lad børnene være med til at vælge stedet.

## Næste skridt

Ledergruppen beslutter i november, om alle vuggestuer skal have faste ture.
"""

WORD_PARAGRAPHS = [
    ("Legepladsen som læringsmiljø", "Title"),
    ("En praksisfortælling fra Dagtilbud i Herning, juni 2024.", None),
    ("Kort fortalt", "Heading 1"),
    (
        "Fem børnehaver har gjort legepladsen til et sted, hvor pædagogerne planlægger "
        "læring lige så bevidst som indenfor.",
        None,
    ),
    ("Formålet med indsatsen", "Heading 1"),
    (
        "Børnene tilbragte op til halvdelen af dagen på legepladsen, men pædagogerne brugte "
        "tiden på opsyn frem for samvær og leg.",
        None,
    ),
    ("Sådan gjorde vi", "Heading 1"),
    ("Hver børnehave kortlagde legepladsens zoner sammen med børnene.", None),
    ("Pædagogerne fordelte sig i zonerne efter en fast plan.", "List Bullet"),
    ("Hver uge blev én leg filmet og drøftet på personalemødet.", "List Bullet"),
    ("Sammenhæng med Herning Kommunes børne- og ungepolitik", "Heading 1"),
    ("Indsatsen understøtter politikkens mål om læring hele dagen.", None),
    ("Erfaringer", "Heading 1"),
    (
        "Kortlægningen med børnene gav de bedste idéer. Filmene krævede klare aftaler med "
        "forældrene om samtykke.",
        None,
    ),
    ("De næste skridt", "Heading 1"),
    ("Alle 24 børnehaver i Herning Kommune arbejder med zonerne fra 2025.", None),
    ("Ressourcer", "Heading 1"),
    ("To personalemøder pr. børnehave og en pædagogisk konsulent i 40 timer.", None),
    ("Det vigtigste råd", "Heading 1"),
    ("Lad børnene tegne legepladsen først; de ser steder, de voksne overser.", None),
    ("Vil du vide mere?", "Heading 1"),
    ("Pædagogisk konsulent Jens Bech, dagjb@herning.dk, tlf. 96 28 50 00", None),
]


def word_document_bytes(paragraphs=WORD_PARAGRAPHS):
    """The Word file as a kommune's editor would save it, with real heading styles."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
