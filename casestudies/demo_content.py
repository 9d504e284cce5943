"""Demo cases for Praksisbanken.

Fictional but realistic "kommunale praksiseksempler" written for this project.
All people, figures and e-mail addresses are invented. The module holds data
only: each dict in ``DEMO_CASES`` describes one case with the fixed sections of
the praksiseksempel format (see praksiseksempel-format.md).
"""

DEMO_CASES = [
    # ------------------------------------------------------------------ skole
    {
        "title": "Professionelle læringsfællesskaber i udskolingens fagteams",
        "kommuner": ["Aarhus"],
        "date": "2023-03-14",
        "omraade": "skole",
        "maalgrupper": ["laerere", "ledere", "konsulenter"],
        "summary": (
            "Tre skoler i Aarhus har organiseret udskolingens fagteams som "
            "professionelle læringsfællesskaber, hvor lærerne arbejder systematisk "
            "med elevdata og afprøver nye undervisningsgreb i fællesskab."
        ),
        "practice": [
            "Fra august 2021 til juni 2023 har dansk-, matematik- og naturfagsteamene "
            "i udskolingen på tre aarhusianske skoler arbejdet som professionelle "
            "læringsfællesskaber (PLF). Hvert team mødtes hver anden uge i 75 minutter "
            "med en fast dagsorden: først et kig på et udvalg af elevprodukter eller "
            "testresultater, dernæst en fælles beslutning om, hvad teamet ville ændre "
            "i undervisningen de kommende to uger, og til sidst en kort opfølgning på "
            "det forrige forløb.",
            "Hver skole udpegede to læringsfællesskabsvejledere, som gennemførte et "
            "kursusforløb på seks dage hos VIA University College. Vejlederne "
            "faciliterede møderne det første år og trak sig gradvist tilbage i det "
            "andet år, så teamene selv overtog ansvaret for dagsorden og opfølgning.",
            "Skolelederne deltog i et teammøde om måneden og havde desuden fire årlige "
            "samtaler med hvert team om, hvad elevernes læring viste, og hvilken "
            "støtte teamet havde brug for fra ledelsen.",
        ],
        "context": [
            "Skolerne oplevede, at teammøderne i udskolingen i høj grad handlede om "
            "praktiske forhold: skemaændringer, ekskursioner og enkelte elevsager. "
            "Lærerne efterlyste mere tid til at tale om selve undervisningen, og flere "
            "nyuddannede lærere følte sig alene med de faglige udfordringer.",
            "Formålet var derfor at flytte teamsamarbejdet fra koordinering til fælles "
            "undersøgelse af, hvad der virker for netop de elever, teamet har. "
            "Samtidig ønskede skolerne at løfte de svageste læsere og regnere, inden "
            "de forlader folkeskolen.",
        ],
        "policy": [
            "Indsatsen er en del af Aarhus Kommunes fælles strategi for skoleområdet, "
            "hvor professionelle læringsfællesskaber er udpeget som det vigtigste greb "
            "til at styrke elevernes faglighed og trivsel. Den understøtter også "
            "kommunens mål om, at flere unge gennemfører en ungdomsuddannelse.",
        ],
        "experiences": [
            "Den faste dagsorden var afgørende. Uden den gled møderne hurtigt tilbage "
            "til praktiske emner. Teamene fremhæver, at det var en lettelse at arbejde "
            "med få, konkrete ændringer ad gangen frem for store udviklingsplaner.",
            "Det tog længere tid end forventet at opbygge tillid nok til, at lærerne "
            "ville vise hinanden elevprodukter fra egne klasser. Her hjalp det, at "
            "vejlederne selv lagde ud med eksempler fra deres egen undervisning, også "
            "dem, der ikke var lykkedes.",
            "En vigtig opmærksomhed er, at læringsfællesskaberne er sårbare over for "
            "udskiftning i teamene. På én skole skiftede halvdelen af matematikteamet "
            "på et år, og her måtte man reelt begynde forfra.",
        ],
        "next_steps": [
            "Fra skoleåret 2023/24 udbreder skolerne modellen til mellemtrinnet, og "
            "erfaringerne samles i en kort drejebog, som andre skoler i kommunen kan "
            "bruge. Vejlederne fortsætter i et netværk på tværs af skolerne med fire "
            "møder om året.",
        ],
        "resources": [
            "Lærernes mødetid blev fundet inden for den eksisterende teamtid ved at "
            "flytte praktisk koordinering til skriftlige kanaler. Uddannelsen af "
            "vejledere kostede ca. 180.000 kr. for de tre skoler, og hver vejleder fik "
            "60 timer om året til opgaven.",
        ],
        "key_advice": [
            "Beskyt mødetiden, og hold dagsordenen stram. Et professionelt "
            "læringsfællesskab står og falder med, at lærerne oplever, at møderne gør "
            "en forskel i klasselokalet allerede ugen efter.",
        ],
        "contact_name": "Rasmus Kjærgaard, pædagogisk konsulent",
        "contact_email": "plf-skole@aarhus.dk",
        "contact_phone": "87 13 45 20",
        "period_start": 2021,
        "period_end": 2023,
        "scope": "Teammøder hver 14. dag i to skoleår",
        "participants": 64,
        "partners": ["VIA University College"],
        "tags": [
            "professionelle læringsfællesskaber",
            "faglig ledelse",
            "data og evaluering",
        ],
    },
    {
        "title": "Aktionslæring i matematikundervisningen på mellemtrinnet",
        "kommuner": ["Roskilde"],
        "date": "2020-06-18",
        "omraade": "skole",
        "maalgrupper": ["laerere", "ressourcepersoner"],
        "summary": (
            "Matematiklærere på fire skoler i Roskilde gennemførte "
            "aktionslæringsforløb, hvor de observerede hinandens undervisning og "
            "afprøvede nye måder at arbejde med elevernes matematiske samtaler på."
        ),
        "practice": [
            "I skoleåret 2019/20 deltog 32 matematiklærere fra 4.-6. årgang på fire "
            "skoler i et aktionslæringsforløb. Lærerne blev inddelt i "
            "aktionslæringsgrupper på tre-fire personer, og hver gruppe gennemførte "
            "tre cyklusser med planlægning, afprøvning, observation og fælles "
            "refleksion.",
            "I hver cyklus formulerede gruppen et fælles spørgsmål, eksempelvis: Hvad "
            "sker der med elevernes forklaringer, når vi lader dem arbejde to og to, "
            "før de præsenterer en løsning for klassen? En lærer gennemførte aktionen, "
            "mens de andre observerede med et enkelt, aftalt fokus og skrev konkrete "
            "iagttagelser ned.",
            "Matematikvejlederne på skolerne fungerede som aktionslæringsvejledere. De "
            "blev klædt på gennem tre workshopdage med Professionshøjskolen Absalon og "
            "havde løbende sparring med en underviser derfra. Forløbet sluttede med "
            "en fælles erfaringsdag, hvor grupperne fremlagde deres fund for hinanden.",
            "Da skolerne lukkede i marts 2020, blev den sidste cyklus flyttet over i "
            "fjernundervisningen. Det gav uventede, men brugbare erfaringer med, "
            "hvordan eleverne forklarer deres løsninger for hinanden online.",
        ],
        "context": [
            "Resultaterne i de nationale test i matematik havde i flere år ligget "
            "under landsgennemsnittet på mellemtrinnet, og lærerne oplevede, at mange "
            "elever kunne regne opgaverne, men ikke forklare deres fremgangsmåde. "
            "Skolerne ønskede at styrke elevernes ræsonnement og kommunikation i faget.",
            "Samtidig var der et ønske om at gøre observation af hinandens "
            "undervisning til en naturlig del af lærerarbejdet i stedet for noget, "
            "der kun skete ved ansættelser eller i forbindelse med problemer.",
        ],
        "policy": [
            "Forløbet var en del af Roskilde Kommunes handleplan for matematik og "
            "understøttede skolepolitikkens mål om, at alle elever skal blive så "
            "dygtige, som de kan. Det knyttede også an til kommunens arbejde med "
            "kollegial sparring i kompetenceudviklingsstrategien.",
        ],
        "experiences": [
            "Lærerne beskriver observationerne som den mest lærerige del af forløbet. "
            "Det var afgørende, at observatørerne kun så efter det aftalte fokus og "
            "ikke vurderede kollegaens undervisning generelt. Det gjorde det trygt at "
            "invitere andre ind i klassen.",
            "Den første cyklus blev for mange grupper for ambitiøs. Spørgsmålene var "
            "for brede til, at man kunne se en forskel i løbet af en enkelt lektion. "
            "Vejlederne har siden haft held med at bede grupperne indsnævre deres "
            "spørgsmål til noget, der kan iagttages inden for 20 minutter.",
            "Aktionslæringen kræver skemalægning i god tid. Hvor ledelsen havde lagt "
            "observationstimerne ind i skemaet fra skoleårets start, lykkedes alle tre "
            "cyklusser; hvor tiden skulle findes løbende, blev der gennemført færre.",
        ],
        "next_steps": [
            "Skolerne fortsætter med én aktionslæringscyklus om året i "
            "matematikteamene, og to af skolerne har udvidet arbejdet til dansk. "
            "Matematikvejlederne mødes i et kommunalt netværk, hvor de deler gode "
            "spørgsmål og observationsskemaer.",
        ],
        "resources": [
            "Hver lærer brugte ca. 25 timer på forløbet, heraf 6 timer til "
            "observation, som krævede vikardækning. Vejlederne havde 40 timer hver, "
            "og samarbejdet med professionshøjskolen kostede ca. 95.000 kr.",
        ],
        "key_advice": [
            "Gør spørgsmålene små og konkrete. Aktionslæring virker bedst, når "
            "lærerne undersøger noget, de kan se i klassen i morgen, og ikke når de "
            "forsøger at løse alle fagets udfordringer på én gang.",
        ],
        "contact_name": "Lise Dam Frandsen, matematikvejleder og skolekonsulent",
        "contact_email": "matematik@roskilde.dk",
        "contact_phone": "46 31 52 08",
        "period_start": 2019,
        "period_end": 2020,
        "scope": "Tre aktionslæringscyklusser over et skoleår",
        "participants": 32,
        "partners": ["Professionshøjskolen Absalon"],
        "tags": [
            "aktionslæring",
            "læringsmiljøer",
            "professionelle læringsfællesskaber",
        ],
    },
    {
        "title": "Læringsledelse tæt på undervisningen",
        "kommuner": ["Hjørring"],
        "date": "2024-02-09",
        "omraade": "skole",
        "maalgrupper": ["ledere", "laerere"],
        "summary": (
            "Skoleledere i Hjørring har omlagt deres ledelsestid, så de jævnligt "
            "besøger undervisningen og holder korte, fremadrettede samtaler med "
            "lærerne om elevernes læring."
        ),
        "practice": [
            "Fra januar 2022 har ledelsesteamene på syv skoler i Hjørring Kommune "
            "arbejdet med læringsledelse som et fast element i hverdagen. Hver leder "
            "har to faste ugentlige blokke på 90 minutter, hvor vedkommende besøger "
            "undervisning og efterfølgende har en kort samtale med læreren, typisk på "
            "10-15 minutter samme dag.",
            "Samtalerne følger en enkel skabelon: Hvad så lederen, hvad lagde "
            "eleverne mærke til, og hvad vil læreren prøve næste gang? Lederne har "
            "fået sparring på samtalerne gennem et forløb med Aalborg Universitet, "
            "hvor de blandt andet har optaget og analyseret deres egne samtaler.",
            "Skolelederne mødes desuden i et ledelsesnetværk seks gange om året, hvor "
            "de drøfter tværgående mønstre fra observationerne og aftaler, hvilke "
            "temaer der skal følges op på i lærerteamene.",
        ],
        "context": [
            "En trivselsmåling blandt medarbejderne viste, at mange lærere savnede "
            "faglig sparring fra deres ledere. Samtidig oplevede lederne selv, at "
            "administration og personalesager fyldte så meget, at de sjældent så "
            "undervisningen indefra.",
            "Målet var at få ledelsen tættere på det, der sker i klasserummet, så "
            "beslutninger om eksempelvis kompetenceudvikling og ressourcer i højere "
            "grad bygger på viden om elevernes læring.",
        ],
        "policy": [
            "Indsatsen understøtter Hjørring Kommunes ledelsesgrundlag, hvor faglig "
            "ledelse og læringsledelse er fremhævet som kerneopgaver for "
            "skolelederne. Den kobler sig også til kvalitetsrapporten, hvor skolerne "
            "årligt redegør for deres arbejde med elevernes faglige progression.",
        ],
        "experiences": [
            "Den største barriere var tid. Det lykkedes først for alvor, da lederne "
            "aftalte at forsvare observationsblokkene i kalenderen på samme måde som "
            "møder med forældre og forvaltning. Skolesekretærerne fik besked om kun at "
            "flytte blokkene i akutte situationer.",
            "Lærerne var i starten usikre på, om besøgene var kontrol. Det hjalp, at "
            "lederne var tydelige om formålet, og at observationerne aldrig indgik i "
            "lønsamtaler eller personalesager. Efter et år svarer flertallet af "
            "lærerne, at samtalerne er brugbare for deres undervisning.",
            "Lederne peger på, at samtalerne skal være korte og ligge tæt på "
            "undervisningen for at virke. Lange, formelle samtaler flere dage efter "
            "besøget førte sjældent til ændringer.",
        ],
        "next_steps": [
            "Fra 2024 inddrages afdelingsledere og de pædagogiske ledere i SFO'erne i "
            "modellen, og forvaltningen undersøger, hvordan ledernes iagttagelser kan "
            "indgå i de årlige kvalitetssamtaler med skolerne.",
        ],
        "resources": [
            "Forløbet med Aalborg Universitet omfattede fem seminardage og kostede "
            "ca. 220.000 kr. Den største investering er ledernes tid: tre timer om "
            "ugen pr. leder, som er fundet ved at samle administrative opgaver og "
            "uddelegere visse driftsopgaver til administrationen.",
        ],
        "key_advice": [
            "Sæt tiden af først, og fyld den bagefter. Læringsledelse bliver ikke til "
            "noget, hvis den skal klemmes ind mellem alt det andet.",
        ],
        "contact_name": "Henrik Vestergaard Bach, skolechef",
        "contact_email": "skole@hjoerring.dk",
        "contact_phone": "72 33 18 40",
        "period_start": 2022,
        "period_end": None,
        "scope": "To observationsblokke om ugen pr. leder",
        "participants": 21,
        "partners": ["Aalborg Universitet"],
        "tags": ["læringsledelse", "faglig ledelse", "kapacitetsopbygning"],
    },
    # -------------------------------------------------------------- dagtilbud
    {
        "title": "Professionelle læringsfællesskaber i daginstitutionerne",
        "kommuner": ["Odder"],
        "date": "2022-09-27",
        "omraade": "dagtilbud",
        "maalgrupper": ["paedagoger", "ledere"],
        "summary": (
            "Odder Kommunes daginstitutioner har gjort personalemøderne til "
            "professionelle læringsfællesskaber, hvor pædagoger og medhjælpere sammen "
            "undersøger børnenes læringsmiljø og justerer deres praksis."
        ),
        "practice": [
            "Alle 11 daginstitutioner i Odder Kommune deltog fra foråret 2020 til "
            "sommeren 2022 i et fælles udviklingsforløb om professionelle "
            "læringsfællesskaber. I hver institution blev stuerne eller husene "
            "organiseret i læringsfællesskaber, som mødtes en gang om måneden i "
            "halvanden time.",
            "Møderne tog udgangspunkt i en konkret situation fra hverdagen, som "
            "personalet havde valgt at se nærmere på, for eksempel frokosten, "
            "samlingen eller skiftet fra leg ude til leg inde. Personalet indsamlede "
            "iagttagelser, korte videoklip eller børneinterviews og drøftede på mødet, "
            "hvad materialet sagde om børnenes deltagelse og læring.",
            "Lederne og de pædagogiske konsulenter fik et særligt forløb i at "
            "facilitere læringsfællesskaberne, og hver institution havde en "
            "PLF-tovholder, som planlagde møderne og sikrede opfølgning.",
        ],
        "context": [
            "Med den styrkede pædagogiske læreplan fik dagtilbuddene et krav om "
            "løbende at evaluere det pædagogiske læringsmiljø. I Odder oplevede mange "
            "institutioner, at evalueringen blev en skriveøvelse hos lederen frem for "
            "en fælles refleksion i personalegruppen.",
            "Formålet var at gøre evaluering og udvikling af læringsmiljøet til en "
            "fælles opgave for hele personalet, også medhjælperne, og at skabe et "
            "fælles fagligt sprog på tværs af daginstitutionerne.",
        ],
        "policy": [
            "Indsatsen er en direkte udmøntning af Odder Kommunes børne- og "
            "ungepolitik og af den lokale implementering af den styrkede pædagogiske "
            "læreplan. Den understøtter også kommunens ambition om en sammenhængende "
            "evalueringskultur fra dagtilbud til skole.",
        ],
        "experiences": [
            "Det var en stor gevinst, at medhjælperne blev fuldgyldige deltagere. "
            "Flere af dem bidrog med iagttagelser, som pædagogerne ikke havde set, og "
            "personalegrupperne beskriver et bedre fælles fodslag om børnenes "
            "hverdag.",
            "Nedlukningerne under coronaepidemien betød, at forløbet blev forlænget "
            "med et halvt år. Nogle læringsfællesskaber fortsatte med korte "
            "onlinemøder, men de fleste måtte starte forfra, og det krævede ny energi "
            "fra lederne.",
            "Tiden til møderne var den vedvarende udfordring. Institutioner, der "
            "lagde læringsfællesskabets møde sammen med det eksisterende "
            "personalemøde, havde lettest ved at fastholde arbejdet.",
        ],
        "next_steps": [
            "Læringsfællesskaberne fortsætter som en fast del af mødestrukturen i "
            "alle daginstitutioner. I 2023 afprøves et fælles PLF-netværk for "
            "dagplejen og de private institutioner, og erfaringerne indgår i "
            "revisionen af kommunens læreplansarbejde.",
        ],
        "resources": [
            "Forløbet kostede samlet ca. 350.000 kr. til ekstern undervisning og "
            "vikardækning. Hver medarbejder brugte 18 timers mødetid om året, og de "
            "pædagogiske konsulenter brugte tilsammen ca. en halv stilling på "
            "facilitering og sparring i de to år.",
        ],
        "key_advice": [
            "Tag udgangspunkt i de situationer, personalet selv er optaget af. Når "
            "læringsfællesskabet arbejder med noget, der fylder i hverdagen, giver "
            "møderne mening for alle.",
        ],
        "contact_name": "Anne-Mette Skovgaard, pædagogisk konsulent",
        "contact_email": "plf@odder.dk",
        "contact_phone": "87 80 33 12",
        "period_start": 2020,
        "period_end": 2022,
        "scope": "Månedlige møder over to og et halvt år",
        "participants": 260,
        "partners": ["VIA University College"],
        "tags": [
            "professionelle læringsfællesskaber",
            "læringsmiljøer",
            "data og evaluering",
        ],
    },
    {
        "title": "Aktionslæring om børnenes deltagelse i hverdagens rutiner",
        "kommuner": ["Sønderborg"],
        "date": "2021-11-03",
        "omraade": "dagtilbud",
        "maalgrupper": ["paedagoger", "ledere", "konsulenter"],
        "summary": (
            "Seks børnehaver i Sønderborg har brugt aktionslæring til at undersøge og "
            "styrke børnenes deltagelse i rutiner som garderobe, måltider og "
            "oprydning – med særligt blik for de børn, der ofte står udenfor."
        ),
        "practice": [
            "Fra september 2020 til oktober 2021 gennemførte seks børnehaver i "
            "Sønderborg Kommune et aktionslæringsforløb med fokus på hverdagens "
            "rutiner. Hver børnehave dannede to aktionslæringsgrupper med tre-fem "
            "pædagoger og pædagogiske assistenter, og grupperne gennemførte fire "
            "cyklusser i løbet af året.",
            "En cyklus varede fire-seks uger. Gruppen valgte en rutine, formulerede en "
            "aktion – for eksempel at dele garderoben op i mindre grupper med en "
            "voksen til hver – og aftalte, hvem der skulle iagttage hvad. "
            "Iagttagelserne blev skrevet ned på et enkelt skema og drøftet på et "
            "refleksionsmøde, hvor gruppen besluttede den næste aktion.",
            "En pædagogisk konsulent fra kommunen var aktionslæringsvejleder for "
            "grupperne og deltog i hvert andet refleksionsmøde. UC SYD bidrog med to "
            "temadage om aktionslæring og iagttagelse samt en afsluttende "
            "erfaringskonference for alle deltagere.",
        ],
        "context": [
            "Rutinerne fylder op mod en tredjedel af børnenes dag i børnehaven. "
            "Personalet oplevede, at rutinerne ofte blev afviklet hurtigt og "
            "effektivt, men at nogle børn – særligt børn med sproglige vanskeligheder "
            "eller børn, der har svært ved at regulere sig selv – sjældent fik en "
            "aktiv rolle.",
            "Formålet var at gøre rutinerne til læringsrum for alle børn og samtidig "
            "give personalet en metode til systematisk at afprøve og justere deres "
            "pædagogiske praksis.",
        ],
        "policy": [
            "Forløbet understøtter Sønderborg Kommunes dagtilbudsstrategi, hvor "
            "inkluderende læringsmiljøer er et af tre indsatsområder. Det bidrager "
            "også til arbejdet med den styrkede pædagogiske læreplan, som fremhæver "
            "hverdagens rutiner som en central del af læringsmiljøet.",
        ],
        "experiences": [
            "Personalet fremhæver, at aktionslæringen gav et fælles blik på børnene. "
            "Flere grupper opdagede, at de samme få børn igen og igen blev hjulpet af "
            "de voksne i stedet for at blive inviteret til at hjælpe sig selv og "
            "hinanden.",
            "Det var svært at finde tid til refleksionsmøderne i en travl hverdag med "
            "sygdom og vikarer. Børnehaver, hvor lederen tog ansvar for at planlægge "
            "møderne langt frem, nåede alle fire cyklusser; andre nåede to eller tre.",
            "En vigtig opmærksomhed er, at iagttagelserne skal være beskrivende. I "
            "starten skrev mange vurderinger som »barnet var uroligt«, og det krævede "
            "øvelse at beskrive, hvad barnet faktisk gjorde og sagde.",
        ],
        "next_steps": [
            "Alle kommunens børnehaver tilbydes fra 2022 et kortere forløb med to "
            "cyklusser og en fælles opstartsdag. De seks børnehaver fra det første "
            "forløb fungerer som ambassadører og stiller hver en erfaren vejleder til "
            "rådighed for naboinstitutionerne.",
        ],
        "resources": [
            "Forløbet kostede ca. 140.000 kr. til samarbejdet med UC SYD og "
            "vikardækning til temadagene. Hver medarbejder brugte omkring 20 timer "
            "over året, og den pædagogiske konsulent brugte ca. 8 timer om ugen i "
            "forløbsperioden.",
        ],
        "key_advice": [
            "Start med en rutine, der driller i hverdagen. Når aktionen løser et "
            "problem, personalet selv oplever, er motivationen for at fortsætte med "
            "aktionslæringen stor.",
        ],
        "contact_name": "Birgitte Lund Hansen, pædagogisk konsulent",
        "contact_email": "dagtilbud@sonderborg.dk",
        "contact_phone": "88 72 40 15",
        "period_start": 2020,
        "period_end": 2021,
        "scope": "Fire aktionslæringscyklusser over 13 måneder",
        "participants": 58,
        "partners": ["UC SYD"],
        "tags": ["aktionslæring", "læringsmiljøer", "inklusion"],
    },
    {
        "title": "Dagplejens læringsmiljøer i legestuegrupperne",
        "kommuner": ["Thisted"],
        "date": "2019-10-22",
        "omraade": "dagtilbud",
        "maalgrupper": ["dagplejere", "konsulenter"],
        "summary": (
            "Thisted Kommunes dagplejere har styrket læringsmiljøet for de yngste ved "
            "at bruge legestuegrupperne som faste fællesskaber for faglig sparring, "
            "understøttet af dagplejepædagogernes vejledning."
        ),
        "practice": [
            "Fra januar 2019 har de ca. 90 dagplejere i Thisted Kommune arbejdet med "
            "læringsmiljøer gennem deres faste legestuegrupper. Hver gruppe på fem-syv "
            "dagplejere mødes en gang om måneden efter legestuen til en times faglig "
            "samtale med dagplejepædagogen.",
            "Samtalerne er bygget op om små temaer fra den styrkede pædagogiske "
            "læreplan: at følge barnets initiativ, sproget i bleskiftet og leg ude i "
            "al slags vejr. Mellem møderne afprøver dagplejerne en konkret idé i deres "
            "egen dagpleje og tager et par billeder eller noter med til næste møde. "
            "Sproget har fået særlig opmærksomhed: dagplejerne har øvet sig i at "
            "sætte ord på det, børnene ser og gør, og i at give de mindste tid til "
            "at svare med lyde, fagter og de første ord.",
            "Derudover holdes der tre fælles temaaftener om året for alle dagplejere, "
            "hvor dagplejepædagogerne fremlægger eksempler fra grupperne, og hvor en "
            "ekstern oplægsholder taler om de yngste børns læring og udvikling.",
        ],
        "context": [
            "Dagplejen er den største pasningsform for de 0-2-årige i Thisted "
            "Kommune, og mange dagplejere arbejder i landdistrikter med lang afstand "
            "til kolleger. Dagplejerne gav udtryk for, at de savnede faglig sparring "
            "og ikke følte sig godt nok klædt på til læreplansarbejdet.",
            "Formålet var at give dagplejerne et fagligt fællesskab og et fælles "
            "sprog om, hvad et godt læringsmiljø er i en dagpleje, hvor én voksen har "
            "ansvaret for fire-fem børn hele dagen.",
        ],
        "policy": [
            "Indsatsen er en del af Thisted Kommunes plan for implementering af den "
            "styrkede pædagogiske læreplan og understøtter børne- og ungepolitikkens "
            "vision om, at alle børn skal have et godt og lærende hverdagsliv, uanset "
            "hvilken pasningsform de går i.",
        ],
        "experiences": [
            "Legestuegrupperne viste sig at være den rigtige ramme. Dagplejerne "
            "kendte og stolede på hinanden i forvejen, og det gjorde det lettere at "
            "dele både succeser og tvivl. Flere dagplejere fortæller, at de for første "
            "gang oplever at være en del af et pædagogisk fagmiljø.",
            "Billederne og noterne var et godt afsæt for samtalerne, men der skulle "
            "laves klare aftaler om forældresamtykke og om, hvordan billederne "
            "opbevares og slettes.",
            "Nogle dagplejere var i starten utrygge ved de faglige begreber fra "
            "læreplanen. Dagplejepædagogerne lærte hurtigt at oversætte begreberne "
            "til konkrete eksempler fra dagplejernes egen hverdag.",
        ],
        "next_steps": [
            "Modellen fastholdes som en del af dagplejens mødestruktur. Næste skridt "
            "er at inddrage forældrene mere ved at dele korte beskrivelser af "
            "læringsmiljøet i den enkelte dagpleje og at styrke overgangen fra "
            "dagpleje til børnehave.",
        ],
        "resources": [
            "Indsatsen kræver ikke ekstra midler ud over dagplejepædagogernes tid – "
            "ca. fire timer om måneden pr. legestuegruppe – samt honorar og "
            "forplejning til tre temaaftener. Dagplejerne får afspadsering for "
            "temaaftenerne.",
        ],
        "key_advice": [
            "Byg videre på de fællesskaber, der allerede findes. Legestuegrupperne "
            "var en oplagt ramme, fordi dagplejerne i forvejen mødtes og kendte "
            "hinanden.",
        ],
        "contact_name": "Karina Brøndum Sørensen, dagplejepædagog",
        "contact_email": "dagplejen@thisted.dk",
        "contact_phone": "99 17 21 64",
        "period_start": 2019,
        "period_end": None,
        "scope": "Månedlige gruppemøder og tre temaaftener om året",
        "participants": 90,
        "partners": [],
        "tags": [
            "læringsmiljøer",
            "sprogindsats",
            "kapacitetsopbygning",
            "professionelle læringsfællesskaber",
        ],
    },
    {
        "title": "Sprogindsats i vuggestuerne med samtaler i hverdagens rutiner",
        "kommuner": ["København"],
        "date": "2025-04-08",
        "omraade": "dagtilbud",
        "maalgrupper": ["paedagoger", "ledere", "ressourcepersoner"],
        "summary": (
            "Vuggestuer i tre københavnske områder har styrket de yngste børns sprog "
            "gennem en fælles sprogindsats, hvor pædagogerne bruger bleskift, "
            "måltider og påklædning til bevidste samtaler med børnene."
        ),
        "practice": [
            "Fra august 2023 til marts 2025 har 24 vuggestuer i tre af Københavns "
            "Kommunes dagtilbudsområder deltaget i en sprogindsats rettet mod de "
            "0-3-årige. Hver vuggestue udpegede to sprogpædagoger, som blev uddannet "
            "gennem et forløb på otte dage med Københavns Professionshøjskole.",
            "Sprogpædagogerne introducerede kollegerne for en håndfuld enkle "
            "sprogstrategier: at sætte ord på det, barnet er optaget af, at vente på "
            "barnets svar, at udvide barnets ytringer og at tale med børnene i små "
            "grupper. Strategierne blev afprøvet i udvalgte rutiner, og personalet "
            "filmede sig selv i korte sekvenser, som blev drøftet på stuemøderne.",
            "Forældrene blev inddraget gennem korte sprogkort på flere sprog med "
            "forslag til samtaler derhjemme, og på forældremøderne viste vuggestuerne "
            "eksempler på, hvordan sproglege kan indgå i hverdagen.",
        ],
        "context": [
            "Mange børn i de deltagende områder vokser op med dansk som andetsprog, "
            "og sprogvurderingerne ved treårsalderen viste, at en stor andel af "
            "børnene havde brug for en fokuseret eller særlig sprogindsats, når de "
            "startede i børnehave.",
            "Personalet i vuggestuerne oplevede, at sprogarbejdet især foregik i "
            "planlagte aktiviteter som samling og højtlæsning, mens hverdagens mange "
            "rutiner sjældent blev brugt bevidst. Formålet var at bringe "
            "sprogindsatsen ind i hele dagen og begynde tidligere.",
        ],
        "policy": [
            "Sprogindsatsen er en del af Københavns Kommunes strategi for tidlig "
            "indsats i dagtilbud og understøtter målet i børne- og ungdomspolitikken "
            "om, at flere børn skal være sprogligt parate, når de begynder i skole.",
        ],
        "experiences": [
            "Videooptagelserne var en øjenåbner. Mange pædagoger opdagede, at de "
            "talte meget til børnene, men ventede for kort tid på et svar. Den enkle "
            "strategi at tælle stille til fem gav markant flere ytringer fra børnene.",
            "Sprogpædagogerne var afgørende, men rollen er sårbar. I de vuggestuer, "
            "hvor en sprogpædagog sagde op eller var langtidssygemeldt, gik arbejdet "
            "hurtigt i stå. Derfor er der nu altid to sprogpædagoger i hver "
            "institution.",
            "Sprogkortene blev godt modtaget, men samarbejdet med forældrene "
            "fungerede bedst, når kortene blev givet personligt i garderoben med et "
            "konkret eksempel, frem for at blive sendt ud digitalt.",
        ],
        "next_steps": [
            "Indsatsen udbredes i 2025-2026 til yderligere to dagtilbudsområder, og "
            "der udvikles et kort introduktionsforløb for nyansatte. Kommunen følger "
            "børnenes sproglige udvikling gennem sprogvurderingerne ved "
            "treårsalderen.",
        ],
        "resources": [
            "Uddannelsen af sprogpædagoger kostede ca. 12.000 kr. pr. deltager "
            "inklusive vikardækning. Sprogpædagogerne har tre timer om ugen til "
            "opgaven, og hvert område har en sprogkonsulent, som koordinerer "
            "indsatsen.",
        ],
        "key_advice": [
            "Gør det enkelt. Få, tydelige sprogstrategier, som alle i "
            "personalegruppen kan bruge ved puslebordet og frokostbordet, rykker mere "
            "end store materialer, der bliver stående på hylden.",
        ],
        "contact_name": "Yasmin Haddad Nørgaard, sprogkonsulent",
        "contact_email": "sprogindsats@kk.dk",
        "contact_phone": "33 66 41 90",
        "period_start": 2023,
        "period_end": 2025,
        "scope": "Otte uddannelsesdage og 20 måneders praksisforløb",
        "participants": 48,
        "partners": ["Københavns Professionshøjskole"],
        "tags": [
            "sprogindsats",
            "læringsmiljøer",
            "forældresamarbejde",
            "tidlig indsats",
        ],
    },
    # -------------------------------------------------------------------- ppr
    {
        "title": "Kapacitetsopbygning i PPR: fra udredning til konsultation",
        "kommuner": ["Esbjerg"],
        "date": "2022-01-19",
        "omraade": "ppr",
        "maalgrupper": ["ppr", "laerere", "paedagoger"],
        "summary": (
            "Esbjerg Kommunes PPR har lagt en stor del af arbejdet om fra individuelle "
            "udredninger til konsultative møder, der styrker lærernes og pædagogernes "
            "egen kapacitet til at skabe inkluderende læringsmiljøer."
        ),
        "practice": [
            "I perioden 2019-2021 gennemgik Pædagogisk Psykologisk Rådgivning i "
            "Esbjerg Kommune en omlægning af arbejdsformen. Hver skole og hvert "
            "dagtilbudsdistrikt fik tilknyttet en fast PPR-medarbejder, som holdt "
            "konsultative møder med lærer- og pædagogteams to gange om måneden.",
            "Konsultationerne fulgte en fast struktur: Teamet beskrev en konkret "
            "udfordring i børnegruppen eller klassen, PPR-medarbejderen stillede "
            "undersøgende spørgsmål, og teamet formulerede selv en handleplan med få "
            "tiltag, som blev fulgt op efter fire uger. Udredning af enkeltbørn blev "
            "først sat i gang, når den konsultative indsats var afprøvet.",
            "Alle psykologer, tale-hørekonsulenter og specialpædagogiske konsulenter "
            "deltog i et kompetenceforløb i konsultativ metode med UC SYD, og "
            "medarbejderne superviserede hinanden i små grupper en gang om måneden.",
        ],
        "context": [
            "Ventetiden på udredninger var lang, og lærere og pædagoger oplevede, at "
            "de måtte vente i måneder på hjælp, der ofte kom i form af en rapport med "
            "anbefalinger, som var svære at omsætte i hverdagen. Antallet af børn i "
            "specialtilbud var samtidig stigende.",
            "Formålet var at bringe PPR's faglighed tættere på hverdagen i skoler og "
            "dagtilbud og at opbygge kapacitet hos de professionelle, så flere børn "
            "kan trives og lære i almenmiljøet.",
        ],
        "policy": [
            "Omlægningen er en del af Esbjerg Kommunes inklusionsstrategi og "
            "understøtter byrådets mål om at mindske andelen af børn i segregerede "
            "tilbud. Den hænger også sammen med kommunens arbejde for en "
            "sammenhængende indsats på tværs af dagtilbud, skole og socialområdet.",
        ],
        "experiences": [
            "Lærere og pædagoger oplever at få hjælp hurtigere, og PPR-medarbejderne "
            "oplever, at deres viden bliver brugt mere direkte. Ventetiden på "
            "udredninger er faldet, fordi en del af sagerne løses, før en udredning "
            "bliver nødvendig.",
            "Omstillingen krævede et skift i faglig identitet hos nogle medarbejdere, "
            "som var vant til at arbejde med testning og rapporter. Det var vigtigt "
            "at anerkende den eksisterende faglighed og gøre det tydeligt, at "
            "udredning fortsat har sin plads.",
            "Nogle forældre var i begyndelsen bekymrede for, at konsultationerne var "
            "en måde at undgå udredning på. Kommunen har derfor lavet en klar "
            "forældreinformation om, hvordan konsultation og udredning hænger sammen.",
        ],
        "next_steps": [
            "PPR udvikler nu en model for kapacitetsopbygning i ledelseslaget, hvor "
            "skoleledere og dagtilbudsledere får sparring om, hvordan de kan "
            "organisere inkluderende læringsmiljøer. Der arbejdes også på at "
            "systematisere opfølgningen på konsultationerne.",
        ],
        "resources": [
            "Kompetenceforløbet kostede ca. 300.000 kr. Omlægningen blev gennemført "
            "inden for PPR's eksisterende normering, men krævede en klar ledelsesmæssig "
            "prioritering og en overgangsperiode på et år, hvor ventelisten skulle "
            "afvikles sideløbende.",
        ],
        "key_advice": [
            "Vær tålmodig med omstillingen. Kapacitetsopbygning tager tid, og det "
            "kræver, at både PPR, skoler og dagtilbud slipper forventningen om, at "
            "løsningen altid er en udredning.",
        ],
        "contact_name": "Jesper Kragh Møller, leder af PPR",
        "contact_email": "ppr@esbjerg.dk",
        "contact_phone": "76 16 50 33",
        "period_start": 2019,
        "period_end": 2021,
        "scope": "Konsultative møder to gange om måneden over tre år",
        "participants": 45,
        "partners": ["UC SYD"],
        "tags": ["kapacitetsopbygning", "inklusion", "læringsmiljøer"],
    },
    {
        "title": "PPR som sparringspartner for skolernes ressourcepersoner",
        "kommuner": ["Lolland"],
        "date": "2024-10-15",
        "omraade": "ppr",
        "maalgrupper": ["ppr", "ressourcepersoner", "ledere"],
        "summary": (
            "På Lolland har PPR etableret faste netværk for skolernes "
            "ressourcepersoner, så AKT-vejledere, læsevejledere og "
            "inklusionspædagoger får systematisk sparring og kan løfte kollegernes "
            "arbejde med elevernes trivsel."
        ),
        "practice": [
            "Siden efteråret 2022 har PPR i Lolland Kommune drevet tre netværk for "
            "ressourcepersoner fra kommunens skoler: et for trivsels- og "
            "AKT-vejledere, et for læse- og sprogvejledere og et for "
            "inklusionspædagoger. Hvert netværk mødes seks gange om året i tre timer.",
            "Møderne veksler mellem faglige oplæg fra PPR's psykologer og konsulenter "
            "og casedrøftelser, hvor ressourcepersonerne øver sig i at vejlede "
            "kolleger. Mellem møderne har hver ressourceperson adgang til individuel "
            "sparring med en fast PPR-konsulent.",
            "Professionshøjskolen Absalon har bidraget med et modul om vejledning og "
            "kollegial sparring, som ressourcepersonerne kan tage som en del af en "
            "pædagogisk diplomuddannelse.",
        ],
        "context": [
            "Skolerne på Lolland har mange ressourcepersoner, men deres rolle var "
            "uklar, og mange brugte det meste af tiden på at arbejde direkte med "
            "enkeltelever. Samtidig steg antallet af henvendelser til PPR om elever "
            "med skolevægring og trivselsudfordringer.",
            "Formålet var at styrke ressourcepersonerne, så de i højere grad kan "
            "understøtte kollegernes arbejde i klasserne og forebygge, at "
            "udfordringer vokser sig store.",
        ],
        "policy": [
            "Indsatsen understøtter Lolland Kommunes børne- og ungestrategi, hvor "
            "tidlig indsats og et stærkt fagligt fællesskab omkring børnene er "
            "centrale pejlemærker. Den bidrager også til kommunens handleplan mod "
            "skolefravær.",
        ],
        "experiences": [
            "Ressourcepersonerne beskriver netværkene som et fagligt hjem. Flere "
            "fortæller, at de har fået mod på at vejlede kolleger frem for at "
            "overtage eleverne, og skolelederne oplever, at ressourcepersonerne er "
            "blevet tydeligere i deres rolle.",
            "Det var afgørende, at skolelederne var med til at definere "
            "ressourcepersonernes rolle. På skoler, hvor ledelsen ikke havde afsat "
            "tid til vejledning, blev ressourcepersonerne fortsat trukket ind som "
            "vikarer.",
            "Casedrøftelserne fungerede bedst, når ressourcepersonerne tog "
            "udgangspunkt i en konkret vejledningssamtale med en kollega og ikke i en "
            "elevsag. Det flyttede fokus fra elevens problemer til, hvordan "
            "læringsmiljøet i klassen kan ændres, så flere elever trives.",
        ],
        "next_steps": [
            "PPR vil i 2025 samle skolelederne og netværkene til et årligt "
            "fællesmøde og afprøve en model, hvor ressourcepersoner fra forskellige "
            "skoler besøger hinanden. Der arbejdes også på et tilsvarende netværk for "
            "ressourcepersoner i dagtilbud.",
        ],
        "resources": [
            "Netværkene drives af tre PPR-medarbejdere, der hver bruger ca. fire "
            "timer om ugen. Diplommodulet blev finansieret af kommunens "
            "kompetencemidler med ca. 200.000 kr., og skolerne dækker "
            "ressourcepersonernes mødetid.",
        ],
        "key_advice": [
            "Afklar ressourcepersonernes rolle sammen med skolelederne, før I bygger "
            "netværk. Ellers risikerer I at kvalificere medarbejdere til en opgave, de "
            "ikke får tid til at løse.",
        ],
        "contact_name": "Sanne Overgaard Petersen, psykolog og netværkskoordinator",
        "contact_email": "ppr@lolland.dk",
        "contact_phone": "54 67 22 81",
        "period_start": 2022,
        "period_end": None,
        "scope": "Tre netværk med seks møder om året",
        "participants": 37,
        "partners": ["Professionshøjskolen Absalon"],
        "tags": ["kapacitetsopbygning", "trivsel", "inklusion", "tidlig indsats"],
    },
    # ----------------------------------------------------------------- fritid
    {
        "title": "Trivselshold i ungdomsskolen for unge med højt skolefravær",
        "kommuner": ["Aalborg"],
        "date": "2023-08-30",
        "omraade": "fritid",
        "maalgrupper": ["paedagoger", "laerere", "ressourcepersoner"],
        "summary": (
            "Ungdomsskolen i Aalborg har oprettet små trivselshold for unge i "
            "7.-9. klasse med højt skolefravær, hvor fællesskab, praktiske "
            "aktiviteter og tæt kontakt til skolen skal hjælpe de unge tilbage til "
            "en almindelig hverdag."
        ),
        "practice": [
            "Fra februar 2022 har ungdomsskolen i Aalborg Kommune tilbudt "
            "trivselshold for elever i udskolingen, som har højt fravær eller er i "
            "risiko for at falde ud af skolen. Holdene har 8-10 deltagere og mødes to "
            "eftermiddage om ugen i 16 uger med en ungdomsskolelærer og en pædagog.",
            "Aktiviteterne spænder fra madlavning og cykelreparation til musik og "
            "friluftsliv, og hver gang slutter med en kort samtale i gruppen om, "
            "hvordan ugen er gået. Holdet arbejder bevidst med små, overskuelige "
            "succeser, og de unge har selv indflydelse på aktiviteterne.",
            "Ungdomsskolens medarbejdere holder møde med den unges skole og forældre "
            "ved start, midtvejs og ved afslutning, så der bygges bro tilbage til "
            "klassen. Skolens AKT-vejleder eller kontaktlærer deltager i mindst én "
            "aktivitet på holdet.",
        ],
        "context": [
            "Som i mange andre kommuner har Aalborg oplevet en stigning i antallet af "
            "unge med bekymrende skolefravær. Mange af de unge mangler et fællesskab, "
            "hvor de oplever at lykkes, og skolen har svært ved at nå dem alene.",
            "Ungdomsskolen har lang erfaring med at skabe uformelle læringsmiljøer og "
            "gode relationer til unge, og formålet var at bruge den erfaring som et "
            "supplement til skolernes egen indsats for trivsel og fremmøde.",
        ],
        "policy": [
            "Indsatsen er en del af Aalborg Kommunes handleplan for skolefravær og "
            "understøtter børne- og ungepolitikken, som lægger vægt på, at alle unge "
            "skal være en del af et fællesskab og have en vej mod uddannelse.",
        ],
        "experiences": [
            "Efter tre gennemløb kommer de fleste unge stabilt på holdene, og omkring "
            "halvdelen har øget deres fremmøde i skolen i perioden efter. De unge "
            "fremhæver, at de voksne har tid, og at de møder andre unge i samme "
            "situation.",
            "Broen tilbage til skolen er den sværeste del. Hvor kontaktlæreren var "
            "aktivt med, lykkedes overgangen bedre, mens unge fra skoler uden en fast "
            "kontaktperson ofte faldt tilbage til højt fravær.",
            "Forældresamarbejdet har betydet mere end forventet. Mange forældre er "
            "pressede og har brug for at blive mødt af voksne, der ser deres barns "
            "ressourcer og ikke kun problemerne.",
        ],
        "next_steps": [
            "Ungdomsskolen og skoleafdelingen udvikler en fælles model for "
            "opfølgning i de første tre måneder, efter at holdet er slut. Fra 2024 "
            "afprøves også et hold for elever i 5.-6. klasse i samarbejde med "
            "fritidsklubberne.",
        ],
        "resources": [
            "Hvert hold koster ca. 110.000 kr. pr. gennemløb, primært til løn og "
            "materialer. Derudover kræver det tid fra skolernes kontaktlærere og "
            "AKT-vejledere til møder og deltagelse i aktiviteter.",
        ],
        "key_advice": [
            "Tænk vejen tilbage til skolen ind fra første dag. Et godt fællesskab i "
            "ungdomsskolen er kun halvdelen af opgaven, hvis den unge ikke samtidig "
            "finder fodfæste i klassen.",
        ],
        "contact_name": "Mikkel Thorsø Andersen, afdelingsleder i ungdomsskolen",
        "contact_email": "ungdomsskolen@aalborg.dk",
        "contact_phone": "99 31 62 47",
        "period_start": 2022,
        "period_end": None,
        "scope": "To eftermiddage om ugen i 16 uger pr. hold",
        "participants": 84,
        "partners": [],
        "tags": ["trivsel", "inklusion", "forældresamarbejde"],
    },
    {
        "title": "Fritidsklubben som brobygger i overgangen til udskolingen",
        "kommuner": ["Slagelse"],
        "date": "2026-01-21",
        "omraade": "fritid",
        "maalgrupper": ["paedagoger", "ledere", "laerere"],
        "summary": (
            "Slagelse Kommunes fritidsklubber og skoler har udviklet et fælles "
            "forløb, der styrker trivsel og fællesskab, når børnene skifter fra "
            "mellemtrinnet til udskolingen og fra fritidsklub til ungdomsklub."
        ),
        "practice": [
            "I skoleårene 2023/24 og 2024/25 har fire fritidsklubber og fem skoler i "
            "Slagelse Kommune samarbejdet om et overgangsforløb for børn i 6. klasse. "
            "Klubpædagogerne deltager i to lektioner om ugen i klasserne fra marts "
            "til juni, hvor de faciliterer fællesskabsaktiviteter og samtaler om "
            "venskaber, digitale fællesskaber og forventninger til udskolingen.",
            "Om aftenen inviteres børnene til introduktionsaftener i ungdomsklubben "
            "sammen med de nye klassekammerater, de skal gå i klasse med efter "
            "sommerferien. I august følger klubpædagogerne med over i de nye 7. "
            "klasser i de første fire uger.",
            "Klubberne og skolerne holder et fælles planlægningsmøde i januar og en "
            "evaluering i september, hvor lærere og pædagoger sammen ser på "
            "trivselsmålingerne og børnenes egne udsagn.",
        ],
        "context": [
            "Flere skoler i Slagelse samler elever fra forskellige skoler i "
            "udskolingen, og mange børn oplevede skiftet til 7. klasse som utrygt. "
            "Trivselsmålingerne viste et tydeligt dyk i den sociale trivsel i starten "
            "af 7. klasse, og klubberne mistede mange medlemmer i overgangen fra "
            "fritidsklub til ungdomsklub.",
            "Formålet var at bruge klubbernes relationer og erfaring med fællesskaber "
            "til at skabe en tryggere overgang og samtidig fastholde flere unge i et "
            "organiseret fritidsliv.",
        ],
        "policy": [
            "Forløbet understøtter Slagelse Kommunes børne- og ungepolitik og "
            "fritidspolitikken, som begge fremhæver fællesskaber og et "
            "sammenhængende børneliv på tværs af skole og fritid. Det indgår også i "
            "kommunens indsats for at forebygge mistrivsel og ensomhed blandt unge.",
        ],
        "experiences": [
            "Trivselsmålingerne viser et mindre fald i den sociale trivsel i starten "
            "af 7. klasse end tidligere år, og ungdomsklubberne har fået flere nye "
            "medlemmer. Lærerne fremhæver, at klubpædagogerne ser børnene fra en "
            "anden side og bidrager med viden, som skolen ikke har.",
            "Samarbejdet kræver, at lærere og pædagoger har tid til at planlægge "
            "sammen. Det første år var aktiviteterne i klasserne for løst forberedt, "
            "og nogle lærere oplevede dem som afbrydelser af undervisningen.",
            "Det er vigtigt at tage højde for klubbernes åbningstider og personalets "
            "arbejdstid. Når pædagogerne er i skolen om formiddagen, skal der stadig "
            "være bemanding i klubben om aftenen.",
        ],
        "next_steps": [
            "Fra skoleåret 2025/26 udbredes forløbet til alle kommunens skoler med "
            "udskoling, og der udvikles et fælles idékatalog med aktiviteter. "
            "Kommunen vil også undersøge, om modellen kan bruges i overgangen fra SFO "
            "til fritidsklub.",
        ],
        "resources": [
            "Hver klub har brugt ca. 300 pædagogtimer om året på forløbet, "
            "finansieret af en pulje til forebyggende fritidsindsatser. Skolerne har "
            "bidraget med lærernes planlægningstid og lokaler.",
        ],
        "key_advice": [
            "Lad klubpædagogerne være klubpædagoger i skolen. Deres styrke er "
            "relationer og fællesskab, ikke undervisning, og samarbejdet lykkes "
            "bedst, når den forskel bliver brugt bevidst.",
        ],
        "contact_name": "Tobias Lykke Rasmussen, klubleder",
        "contact_email": "fritid@slagelse.dk",
        "contact_phone": "58 57 30 19",
        "period_start": 2023,
        "period_end": 2025,
        "scope": "To lektioner om ugen fra marts til juni og fire uger i august",
        "participants": 410,
        "partners": [],
        "tags": ["trivsel", "overgange", "sammenhængende børnesyn"],
    },
    # ------------------------------------------------------------ forvaltning
    {
        "title": "Datainformeret dialog mellem forvaltning og skoleledelser",
        "kommuner": ["Vejle"],
        "date": "2021-05-11",
        "omraade": "forvaltning",
        "maalgrupper": ["forvaltning", "ledere", "konsulenter"],
        "summary": (
            "Vejle Kommune har erstattet den skriftlige kvalitetsrapport med årlige "
            "dialogmøder, hvor forvaltning og skoleledelser sammen analyserer data om "
            "elevernes læring og trivsel og aftaler konkrete fokuspunkter."
        ),
        "practice": [
            "Siden 2020 har forvaltningen i Vejle Kommune holdt årlige "
            "kvalitetsdialoger med ledelsen på hver af kommunens folkeskoler. Forud "
            "for mødet får skolen et kort dataoverblik med udvalgte nøgletal om "
            "faglige resultater, trivsel, fravær og overgang til ungdomsuddannelse, "
            "vist over flere år og sammenlignet med skoler med en lignende "
            "elevsammensætning.",
            "Skoleledelsen forbereder sig sammen med en mindre gruppe lærere og "
            "pædagoger og kommer til mødet med sine egne tolkninger af tallene. Mødet "
            "varer to timer og ledes af en skolekonsulent efter en fast "
            "samtaleguide: Hvad ser vi? Hvad kan forklare det? Hvad vil vi gøre "
            "anderledes?",
            "Aftalerne fra dialogen samles på én side og følges op på et kortere "
            "møde et halvt år senere. Danmarks Evalueringsinstitut (EVA) har "
            "bidraget med sparring på samtaleguiden og en ekstern evaluering af de "
            "første to år.",
        ],
        "context": [
            "Skolelederne oplevede kvalitetsrapporten som en omfattende skriveopgave, "
            "der sjældent blev brugt til noget. Samtidig havde forvaltningen svært "
            "ved at følge den enkelte skoles udvikling, og data blev mest brugt til "
            "at sammenligne skoler i politiske sammenhænge.",
            "Formålet var at gøre data til et redskab for faglig refleksion og "
            "ledelse frem for kontrol og at give forvaltningen en mere nærværende "
            "rolle som sparringspartner.",
        ],
        "policy": [
            "Kvalitetsdialogerne er en central del af Vejle Kommunes styringsmodel "
            "for skoleområdet, som bygger på tillid, faglig ledelse og dialog. "
            "Byrådet modtager fortsat en samlet kvalitetsrapport, men den tager nu "
            "udgangspunkt i de temaer, der går igen i dialogerne.",
        ],
        "experiences": [
            "Skolelederne beskriver dialogerne som langt mere meningsfulde end den "
            "tidligere rapport. Det har især været værdifuldt, at data sammenlignes "
            "med skoler med lignende elevsammensætning og ikke kun med kommunens "
            "gennemsnit.",
            "Forvaltningen har måttet lære at stille spørgsmål frem for at give svar. "
            "De første møder blev for styret af konsulenternes egne analyser, og det "
            "begrænsede skolernes ejerskab.",
            "Datakvaliteten kræver vedvarende opmærksomhed. Små skoler har få elever "
            "på en årgang, og tallene kan svinge meget fra år til år. Det kræver "
            "varsomhed i tolkningen og en kobling til skolens egne iagttagelser.",
        ],
        "next_steps": [
            "Modellen udbredes i 2022 til dagtilbudsområdet med tilpassede data om "
            "læringsmiljøer og sprogvurderinger. Forvaltningen udvikler samtidig et "
            "digitalt overblik, som skolerne selv kan bruge løbende.",
        ],
        "resources": [
            "Hver dialog kræver ca. 15 timers forberedelse i forvaltningen og 10-15 "
            "timer på skolen. Udviklingen af dataoverblikket krævede et halvt "
            "årsværk det første år, og samarbejdet med EVA kostede ca. 250.000 kr.",
        ],
        "key_advice": [
            "Gør data enkle, og lad skolerne komme først med deres egen tolkning. "
            "Datainformeret dialog handler om at stille bedre spørgsmål sammen, ikke "
            "om at forvaltningen har svaret på forhånd.",
        ],
        "contact_name": "Maria Holt Lauritsen, skolekonsulent",
        "contact_email": "kvalitet@vejle.dk",
        "contact_phone": "76 81 52 60",
        "period_start": 2020,
        "period_end": None,
        "scope": "Årlig kvalitetsdialog og opfølgningsmøde på hver skole",
        "participants": 38,
        "partners": ["Danmarks Evalueringsinstitut (EVA)"],
        "tags": ["data og evaluering", "faglig ledelse", "læringsledelse"],
    },
    {
        "title": "Pædagogisk tilsyn som læringssamtale i dagtilbud",
        "kommuner": ["Gentofte"],
        "date": "2025-09-16",
        "omraade": "forvaltning",
        "maalgrupper": ["forvaltning", "ledere", "paedagoger"],
        "summary": (
            "Gentofte Kommune har lagt det pædagogiske tilsyn med dagtilbud om til en "
            "dialogbaseret model, hvor observationer, forældretilfredshed og "
            "sprogvurderinger danner grundlag for fælles læringssamtaler."
        ),
        "practice": [
            "Siden 2024 har dagtilbudsafdelingen i Gentofte Kommune gennemført det "
            "pædagogiske tilsyn som en læringssamtale. Tilsynet består af en "
            "observation i institutionen en formiddag med et fælles "
            "observationsredskab, en gennemgang af institutionens egne data og en "
            "samtale på to timer med ledelse og medarbejderrepræsentanter.",
            "Datagrundlaget er bevidst holdt smalt: sprogvurderinger, resultater fra "
            "forældretilfredshedsundersøgelsen, personalets egne evalueringer af "
            "læringsmiljøet og tilsynskonsulentens observationer. Institutionen "
            "vælger selv et tema, som den ønsker at blive klogere på.",
            "Efter samtalen skriver tilsynskonsulenten en kort rapport med tre-fire "
            "udviklingspunkter, som institutionen arbejder videre med i sin "
            "evaluering af den pædagogiske læreplan. Konsulenterne mødes hver måned "
            "for at kalibrere deres observationer og samtaler.",
        ],
        "context": [
            "Det tidligere tilsyn blev af mange ledere oplevet som kontrol og "
            "papirarbejde, og rapporterne indeholdt lange lister af anbefalinger, "
            "som var svære at prioritere. Samtidig manglede forvaltningen et samlet "
            "billede af kvaliteten i læringsmiljøerne på tværs af institutionerne.",
            "Formålet var at få et tilsyn, der både lever op til dagtilbudslovens "
            "krav og bidrager til udvikling, og at samle viden fra tilsynene, så "
            "forvaltningen kan målrette kompetenceudviklingen.",
        ],
        "policy": [
            "Tilsynsmodellen er vedtaget af det politiske fagudvalg og hænger sammen "
            "med Gentofte Kommunes dagtilbudsstrategi og kommunens tradition for "
            "dialogbaseret styring. Den understøtter også arbejdet med den styrkede "
            "pædagogiske læreplan.",
        ],
        "experiences": [
            "Lederne oplever samtalerne som mere udviklende og mindre "
            "kontrollerende, og medarbejderrepræsentanternes deltagelse har betydet, "
            "at udviklingspunkterne bliver kendt i hele personalegruppen.",
            "Kalibreringen mellem konsulenterne var nødvendig. Uden den vurderede "
            "konsulenterne de samme situationer forskelligt, og det undergravede "
            "tilliden til tilsynet.",
            "En opmærksomhed er balancen mellem dialog og myndighed. Hvis tilsynet "
            "afdækker alvorlige problemer, skal der reageres hurtigt, og det er gjort "
            "tydeligt over for lederne, hvornår en læringssamtale afløses af et "
            "skærpet tilsyn.",
        ],
        "next_steps": [
            "Tværgående mønstre fra tilsynene samles i en årlig status, som danner "
            "grundlag for kommunens kompetenceudvikling på dagtilbudsområdet. I 2026 "
            "afprøves en model, hvor to institutioner observerer hos hinanden som "
            "led i tilsynet.",
        ],
        "resources": [
            "Tilsynet gennemføres af fire konsulenter inden for den eksisterende "
            "normering. Hvert tilsyn tager ca. 12 timer for konsulenten og 6-8 timer "
            "for institutionens ledelse og medarbejdere. Udviklingen af "
            "observationsredskabet blev understøttet af EVA.",
        ],
        "key_advice": [
            "Vælg få data, som institutionerne selv kan genkende og bruge. Et tilsyn "
            "bliver først en læringssamtale, når begge parter oplever, at de taler om "
            "den samme virkelighed.",
        ],
        "contact_name": "Camilla Friis Wendelboe, tilsynskonsulent",
        "contact_email": "dagtilbud@gentofte.dk",
        "contact_phone": "39 98 61 27",
        "period_start": 2024,
        "period_end": None,
        "scope": "Tilsyn i alle institutioner hvert andet år",
        "participants": 52,
        "partners": ["Danmarks Evalueringsinstitut (EVA)"],
        "tags": ["data og evaluering", "læringsmiljøer", "faglig ledelse"],
    },
    # ----------------------------------------------------------- tværgående
    {
        "title": "Fælles model for overgangen fra dagtilbud til skole",
        "kommuner": ["Syddjurs", "Norddjurs", "Favrskov"],
        "date": "2020-11-24",
        "omraade": "tvaergaaende",
        "maalgrupper": ["paedagoger", "laerere", "ledere"],
        "summary": (
            "Syddjurs, Norddjurs og Favrskov kommuner har udviklet en fælles model "
            "for overgangen fra dagtilbud til skole, hvor pædagoger og lærere deler "
            "viden om børnene og arbejder med fælles læringsaktiviteter."
        ),
        "practice": [
            "I 2019-2020 gennemførte de tre kommuner et fælles udviklingsprojekt om "
            "overgange med deltagelse af 18 skoledistrikter. I hvert distrikt dannede "
            "børnehaveledere, SFO-ledere og børnehaveklasseledere en overgangsgruppe, "
            "som mødtes fem gange i løbet af det sidste år, før børnene begyndte i "
            "skole.",
            "Grupperne udviklede en fælles årsplan med aktiviteter, hvor kommende "
            "skolebørn besøgte skolen i små grupper, og hvor børnehaveklasselederne "
            "besøgte børnehaverne. Pædagoger og lærere afprøvede desuden fælles "
            "læringsaktiviteter – for eksempel sprog- og matematiklege – som børnene "
            "kendte fra børnehaven og mødte igen i skolen.",
            "Overleveringen af viden om børnene blev ændret fra skriftlige skemaer "
            "til overleveringssamtaler, hvor forældrene deltog, når det gjaldt børn "
            "med særlige behov. VIA University College fulgte projektet og stod for "
            "tre fælles seminarer på tværs af kommunerne.",
        ],
        "context": [
            "De tre kommuner oplevede hver for sig, at overgangen fra dagtilbud til "
            "skole var præget af manglende kendskab til hinandens praksis. Skolerne "
            "modtog omfattende skriftlig dokumentation, som sjældent blev læst, og "
            "børn med behov for støtte blev ofte først opdaget efter nogle måneder i "
            "skolen.",
            "Ved at gå sammen om projektet kunne kommunerne dele "
            "udviklingsomkostningerne og lære af hinandens erfaringer. Formålet var "
            "at skabe sammenhæng i børnenes læring og en tryggere skolestart for både "
            "børn og forældre.",
        ],
        "policy": [
            "Projektet understøtter de tre kommuners børne- og ungepolitikker, som "
            "alle lægger vægt på sammenhæng og et fælles børnesyn fra 0 til 18 år. "
            "Det bidrager også til at opfylde dagtilbudslovens krav om sammenhæng til "
            "børnehaveklassen.",
        ],
        "experiences": [
            "Overleveringssamtalerne er den del af modellen, som pædagoger, lærere "
            "og forældre vurderer højest. Samtalerne giver et mere nuanceret billede "
            "af barnet end et skema, og forældrene oplever at blive taget med på råd.",
            "De fælles læringsaktiviteter krævede, at pædagoger og lærere fik tid til "
            "at planlægge sammen. Det lykkedes bedst i distrikter, hvor børnehaver og "
            "skole lå tæt på hinanden, mens landdistrikter med mange børnehaver til "
            "én skole havde sværere ved at finde fælles tid.",
            "Nedlukningen i foråret 2020 betød, at mange besøg blev aflyst. Flere "
            "distrikter lavede i stedet videohilsner fra børnehaveklasselederne, og "
            "de blev så populære, at de nu er en fast del af modellen.",
        ],
        "next_steps": [
            "De tre kommuner har forankret modellen i deres egne "
            "overgangsvejledninger og mødes en gang om året i et fælles netværk. "
            "Næste skridt er at styrke overgangen fra børnehaveklasse til 1. klasse "
            "og at inddrage PPR tidligere i overgangen.",
        ],
        "resources": [
            "Projektet kostede i alt ca. 600.000 kr., fordelt mellem kommunerne efter "
            "børnetal, inklusive samarbejdet med VIA University College og "
            "vikardækning. Overgangsgrupperne brugte ca. 15 timer hver om året, og "
            "hver kommune havde en projektkoordinator på 10 timer om ugen.",
        ],
        "key_advice": [
            "Mød hinanden i praksis, før I skriver planer. Når pædagoger og lærere har "
            "set hinandens hverdag, bliver samarbejdet om overgangen langt mere "
            "konkret.",
        ],
        "contact_name": "Lone Kastrup Jensen, projektkoordinator",
        "contact_email": "overgange@syddjurs.dk",
        "contact_phone": "87 53 50 82",
        "period_start": 2019,
        "period_end": 2020,
        "scope": "Fem møder i overgangsgrupperne og tre fælles seminarer",
        "participants": 150,
        "partners": ["VIA University College"],
        "tags": ["overgange", "sammenhængende børnesyn", "forældresamarbejde"],
    },
    {
        "title": "Tidlig indsats for børn og unge fra 0 til 18 år",
        "kommuner": ["Herning"],
        "date": "2024-06-05",
        "omraade": "tvaergaaende",
        "maalgrupper": ["forvaltning", "ledere", "ppr", "paedagoger"],
        "summary": (
            "Herning Kommune har samlet dagtilbud, skole, PPR, sundhedspleje og "
            "socialrådgivning i et tværgående program for tidlig indsats, så børn og "
            "unge fra 0 til 18 år får hjælp, før problemerne vokser sig store."
        ),
        "practice": [
            "Siden 2021 har Herning Kommune arbejdet med et tværgående program for "
            "tidlig indsats, som omfatter alle dagtilbud, skoler og fritidstilbud. "
            "Kernen er lokale tværfaglige teams i hvert skoledistrikt, hvor en "
            "PPR-psykolog, en socialrådgiver, en sundhedsplejerske og en "
            "repræsentant fra dagtilbud eller skole mødes hver tredje uge.",
            "Lærere og pædagoger kan bringe en bekymring for et barn eller en "
            "børnegruppe ind i teamet uden forudgående visitation, og forældrene "
            "deltager altid, når det drejer sig om et enkelt barn. Teamet aftaler en "
            "konkret indsats, som følges op efter seks uger.",
            "Programmet omfatter også et fælles kompetenceforløb for ledere på tværs "
            "af dagtilbud, skole og socialområdet med fokus på et fælles børnesyn og "
            "en fælles metode til at beskrive bekymringer. Komponent har bidraget med "
            "ledelsesseminarer og sparring.",
        ],
        "context": [
            "Kommunen oplevede, at mange børn og unge først fik hjælp, når "
            "problemerne var blevet så store, at det krævede en social- eller "
            "specialindsats. Samarbejdet mellem fagområderne var præget af lange "
            "sagsgange, og forældrene mødte mange forskellige fagpersoner uden "
            "indbyrdes sammenhæng.",
            "Formålet var at flytte ressourcer og opmærksomhed tidligere i forløbet og "
            "at skabe et sammenhængende system, hvor de professionelle omkring barnet "
            "deler et fælles børnesyn og et fælles sprog.",
        ],
        "policy": [
            "Programmet udmønter Herning Kommunes sammenhængende børne- og "
            "ungepolitik og er en del af kommunens strategi for omstilling til "
            "forebyggelse. Det understøtter også byrådets mål om at reducere antallet "
            "af anbringelser og specialtilbud.",
        ],
        "experiences": [
            "De lokale teams har gjort det lettere for lærere og pædagoger at få "
            "sparring hurtigt, og forældrene oplever færre mellemled. Antallet af "
            "underretninger er stabilt, men flere sager løses nu i almenområdet.",
            "Det har krævet et stort arbejde at nå frem til et fælles sprog. "
            "Fagområderne brugte forskellige begreber om det samme barn, og det tog "
            "tid at blive enige om, hvordan en bekymring skal beskrives, og hvilke "
            "oplysninger der må deles.",
            "Reglerne for deling af oplysninger kræver særlig opmærksomhed. Kommunen "
            "har udarbejdet en enkel vejledning om samtykke og tavshedspligt, som "
            "alle teammedlemmer er blevet undervist i.",
        ],
        "next_steps": [
            "Fra 2025 udvides programmet til ungdomsuddannelserne og jobcentrets "
            "ungeindsats, så overgangen fra grundskole til uddannelse også bliver en "
            "del af den tidlige indsats. Samtidig arbejder kommunen på at følge "
            "effekterne gennem fælles data på tværs af forvaltningerne.",
        ],
        "resources": [
            "Programmet er finansieret af en omprioritering på ca. 8 mio. kr. årligt "
            "fra specialområdet til forebyggelse. De lokale teams kræver ca. 12 timer "
            "om måneden pr. deltager, og kompetenceforløbet for lederne omfattede "
            "seks seminardage.",
        ],
        "key_advice": [
            "Byg et fælles børnesyn, før I bygger strukturer. Tværfagligt samarbejde "
            "om tidlig indsats lykkes først, når fagfolkene har et fælles sprog om, "
            "hvad de er bekymrede for, og hvorfor.",
        ],
        "contact_name": "Peter Nøhr Kristiansen, chef for Børn og Familie",
        "contact_email": "tidligindsats@herning.dk",
        "contact_phone": "96 28 28 40",
        "period_start": 2021,
        "period_end": None,
        "scope": "Lokale tværfaglige teams hver tredje uge i 15 skoledistrikter",
        "participants": 320,
        "partners": ["Komponent", "KL"],
        "tags": [
            "sammenhængende børnesyn",
            "tidlig indsats",
            "inklusion",
            "kapacitetsopbygning",
        ],
    },
    {
        "title": "Fælles læringsledelse for skole- og dagtilbudsledere",
        "kommuner": ["Kolding"],
        "date": "2019-12-05",
        "omraade": "tvaergaaende",
        "maalgrupper": ["ledere", "konsulenter"],
        "summary": (
            "Kolding Kommune har samlet skoleledere og dagtilbudsledere i et fælles "
            "ledelsesforløb om læringsledelse, hvor lederne i distriktsgrupper "
            "undersøger, hvordan de leder børns læring på tværs af 0-12-årsområdet."
        ),
        "practice": [
            "Fra august 2018 til november 2019 deltog alle 75 skole- og "
            "dagtilbudsledere i Kolding Kommune i et fælles forløb om "
            "læringsledelse. Forløbet bestod af fem seminardage med oplæg og øvelser "
            "samt arbejde i distriktsgrupper, hvor ledere fra samme skoledistrikt "
            "mødtes mellem seminarerne.",
            "I distriktsgrupperne valgte lederne et fælles tema, som de ville lede "
            "efter på tværs af dagtilbud og skole, for eksempel børns sproglige "
            "udvikling eller børnefællesskaber. Hver leder indsamlede iagttagelser og "
            "data fra egen institution, og grupperne drøftede, hvordan "
            "ledelsesbeslutninger bedre kunne understøtte børnenes læring.",
            "Komponent stod for seminardagene i samarbejde med kommunens egne "
            "konsulenter, som også fungerede som procesvejledere for "
            "distriktsgrupperne.",
        ],
        "context": [
            "Kolding Kommune havde i flere år arbejdet med læringsledelse på "
            "skoleområdet og i dagtilbud hver for sig. Lederne kendte ikke hinandens "
            "ledelsespraksis, og der manglede en fælles forståelse af, hvad det vil "
            "sige at lede med fokus på børnenes læring og trivsel på tværs af "
            "alderstrin.",
            "Formålet var at styrke ledernes kapacitet som læringsledere og at skabe "
            "et fælles ledelsesfællesskab i skoledistrikterne, som kunne understøtte "
            "sammenhæng i børnenes liv.",
        ],
        "policy": [
            "Forløbet er en del af Kolding Kommunes ledelsesstrategi og understøtter "
            "børne- og ungepolitikkens mål om et sammenhængende børneliv. Det bygger "
            "videre på kommunens arbejde med distriktsledelse, hvor skoler og "
            "dagtilbud i samme område samarbejder tæt.",
        ],
        "experiences": [
            "Lederne fremhæver mødet med kolleger fra den anden sektor som forløbets "
            "største gevinst. Skolelederne lærte af dagtilbudsledernes arbejde med "
            "læringsmiljøer i hverdagen, og dagtilbudslederne fik inspiration fra "
            "skolernes brug af data.",
            "Det tog tid at finde et fælles sprog. Begreber som læring, evaluering og "
            "undervisning betyder ikke det samme i dagtilbud og skole, og de første "
            "distriktsmøder blev brugt på at afklare forskellene.",
            "Distriktsgrupperne fungerede bedst, hvor en leder påtog sig at indkalde "
            "og holde fast i temaet. Uden en tydelig tovholder var møderne lette at "
            "aflyse.",
        ],
        "next_steps": [
            "Distriktsgrupperne fortsætter som faste ledelsesfællesskaber med fire "
            "møder om året. Fra 2020 inddrages souschefer og pædagogiske ledere, og "
            "forvaltningen vil koble distrikternes temaer til de årlige "
            "kvalitetsdialoger.",
        ],
        "resources": [
            "Forløbet kostede ca. 450.000 kr. til eksterne undervisere og lokaler. "
            "Hver leder brugte ca. 50 timer, og to konsulenter fra forvaltningen "
            "brugte tilsammen ca. 600 timer på planlægning og procesvejledning.",
        ],
        "key_advice": [
            "Sæt ledere fra dagtilbud og skole sammen om noget konkret, der vedrører "
            "de samme børn. Ledelsesfællesskabet opstår gennem arbejdet, ikke gennem "
            "oplæg.",
        ],
        "contact_name": "Jakob Riis Thomsen, udviklingskonsulent",
        "contact_email": "laeringsledelse@kolding.dk",
        "contact_phone": "79 79 41 26",
        "period_start": 2018,
        "period_end": 2019,
        "scope": "Fem seminardage og distriktsmøder over 16 måneder",
        "participants": 75,
        "partners": ["Komponent"],
        "tags": [
            "læringsledelse",
            "faglig ledelse",
            "sammenhængende børnesyn",
            "kapacitetsopbygning",
        ],
    },
]
