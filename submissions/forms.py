"""The form "Indsend et praksiseksempel": the case format's fields, in its order.

Fields, labels and help texts come from the page model and casestudies.sections,
so the form asks for exactly what a case holds. The required fields are the
ones publishing requires (PUBLISH_REQUIRED_MESSAGES), plus who is submitting.
Every field has a size cap; section text is cleaned by submissions.richtext.
"""

from django import forms

from casestudies.models import CaseStudyPage, Kommune
from casestudies.models.pages import CONTACT_EMAIL_MESSAGE, PUBLISH_REQUIRED_MESSAGES
from casestudies.models.taxonomy import OMRAADE_CHOICES
from casestudies.sections import REQUIRED_SECTION_FIELDS, SECTIONS
from submissions.richtext import clean_section_html, plain_text

# Room for a thorough section (the longest in the demo cases is about 3,000
# characters), while one request stays far below Django's 2.5 MB body limit.
SECTION_MAX_CHARS = 10_000
TITLE_MAX_CHARS = 200
SUMMARY_MAX_CHARS = CaseStudyPage._meta.get_field("summary").max_length
NAME_MAX_CHARS = 120
PHONE_MAX_CHARS = CaseStudyPage._meta.get_field("contact_phone").max_length
YEAR_RANGE = (1970, 2100)

HONEYPOT_FIELD = "hjemmeside"

TOO_LONG = "Teksten er for lang: højst %(limit_value)d tegn (du har skrevet %(show_value)d)."


def capped(field):
    """A Danish message for the field's size cap (Field.run_validators uses it)."""
    field.error_messages["max_length"] = TOO_LONG
    return field


def text_field(label, max_length, required=True, help_text="", message=None, **widget_attrs):
    field = forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs=widget_attrs),
    )
    if message:
        field.error_messages["required"] = message
    return capped(field)


def section_text_field(section):
    required = section.field in REQUIRED_SECTION_FIELDS
    field = forms.CharField(
        label=section.heading,
        max_length=SECTION_MAX_CHARS,
        required=required,
        help_text=section.help_text,
        widget=forms.Textarea(attrs={"rows": 6 if required else 4}),
    )
    if required:
        field.error_messages["required"] = PUBLISH_REQUIRED_MESSAGES[section.field].replace(
            " før udgivelse", ""
        )
    return capped(field)


def year_field(label, help_text=""):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=YEAR_RANGE[0],
        max_value=YEAR_RANGE[1],
        help_text=help_text,
        error_messages={
            "invalid": "Skriv et årstal med fire cifre, fx 2024.",
            "min_value": f"Skriv et årstal fra {YEAR_RANGE[0]} til {YEAR_RANGE[1]}.",
            "max_value": f"Skriv et årstal fra {YEAR_RANGE[0]} til {YEAR_RANGE[1]}.",
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


def email_field(label, required, help_text=""):
    return capped(
        forms.EmailField(
            label=label,
            required=required,
            max_length=254,
            help_text=help_text,
            error_messages={
                "invalid": CONTACT_EMAIL_MESSAGE,
                "required": "Skriv din e-mailadresse, så vi kan sende en kvittering.",
            },
            widget=forms.EmailInput(attrs={"autocomplete": "email"} if required else {}),
        )
    )


class KommuneChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, kommune):
        return kommune.name


class KommuneMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, kommune):
        return kommune.name


class SubmissionForm(forms.Form):
    """What a person without an admin account can tell about a case.

    `kommune` is the one kommune behind the case (most cases have one, and a
    select is a single stop for keyboard users); `andre_kommuner` adds more.
    """

    title = text_field(
        "Titel",
        TITLE_MAX_CHARS,
        help_text="Et kort navn på indsatsen, fx “Sprogkufferter i dagplejen”.",
        message="Skriv en titel på praksiseksemplet.",
    )
    kommune = KommuneChoiceField(
        label="Kommune",
        queryset=Kommune.objects.order_by("name"),
        empty_label="Vælg kommune",
        help_text="Den kommune, der stod bag indsatsen.",
        error_messages={
            "required": PUBLISH_REQUIRED_MESSAGES["kommuner"],
            "invalid_choice": "Vælg en kommune fra listen.",
        },
    )
    andre_kommuner = KommuneMultipleChoiceField(
        label="Andre kommuner, der var med",
        queryset=Kommune.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "Vælg kommuner fra listen.",
            "invalid_pk_value": "Vælg kommuner fra listen.",
        },
    )
    omraade = forms.ChoiceField(
        label="Område",
        choices=[("", "Vælg område"), *OMRAADE_CHOICES],
        help_text="Det område, praksiseksemplet handler om.",
        error_messages={
            "required": PUBLISH_REQUIRED_MESSAGES["omraade"],
            "invalid_choice": "Vælg et område fra listen.",
        },
    )
    summary = capped(
        forms.CharField(
            label="Kort resumé",
            max_length=SUMMARY_MAX_CHARS,
            help_text=f"1-2 sætninger, der fortæller, hvad indsatsen går ud på (højst {SUMMARY_MAX_CHARS} tegn).",
            error_messages={"required": "Skriv et kort resumé på 1-2 sætninger."},
            widget=forms.Textarea(attrs={"rows": 3}),
        )
    )

    # The eight sections, in the format's order (added below the class).

    period_start = year_field("Periode fra (år)")
    period_end = year_field(
        "Periode til (år)", help_text="Lad feltet stå tomt, hvis indsatsen stadig kører."
    )

    contact_name = text_field("Kontaktperson", NAME_MAX_CHARS, required=False)
    contact_email = email_field("Kontaktpersonens e-mail", required=False)
    contact_phone = text_field("Kontaktpersonens telefon", PHONE_MAX_CHARS, required=False)

    submitter_name = text_field(
        "Dit navn", NAME_MAX_CHARS, message="Skriv dit navn.", autocomplete="name"
    )
    submitter_role = text_field(
        "Din rolle",
        NAME_MAX_CHARS,
        help_text="Fx “pædagogisk konsulent i Vejle Kommune”.",
        message="Skriv din rolle, fx “pædagogisk konsulent”.",
        autocomplete="organization-title",
    )
    submitter_email = email_field(
        "Din e-mail",
        required=True,
        help_text="Vi sender en kvittering hertil og skriver, hvis vi har spørgsmål.",
    )

    accept_criteria = forms.BooleanField(
        label=(
            "Jeg bekræfter, at teksten ikke indeholder personoplysninger om børn eller "
            "borgere, og at jeg må dele praksiseksemplet."
        ),
        error_messages={"required": "Bekræft, at teksten ikke indeholder personoplysninger."},
    )

    # Hidden from people (CSS) and from assistive technology; bots fill it in.
    hjemmeside = forms.CharField(
        label="Lad dette felt stå tomt",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The sections go between the summary and the period, as in the format.
        ordered = {}
        for name, field in self.fields.items():
            if name == "period_start":
                for section in SECTIONS:
                    ordered[section.field] = section_text_field(section)
            ordered[name] = field
        self.fields = ordered

    @property
    def is_spam(self):
        """True when the honeypot was filled in (check after is_valid())."""
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    @property
    def section_fields(self):
        return [self[section.field] for section in SECTIONS]

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "Slutåret kan ikke ligge før startåret.")
        for name in (
            "title",
            "summary",
            "contact_name",
            "contact_phone",
            "submitter_name",
            "submitter_role",
        ):
            if data.get(name):
                data[name] = plain_text(data[name])
        for section in SECTIONS:
            if data.get(section.field):
                data[section.field] = clean_section_html(data[section.field])
                if section.field in REQUIRED_SECTION_FIELDS and not data[section.field]:
                    # Only markup was sent (e.g. "<script>…</script>"): nothing is left.
                    self.add_error(
                        section.field, self.fields[section.field].error_messages["required"]
                    )
        for name in ("title", "summary"):
            if name in data and not data[name]:
                self.add_error(name, self.fields[name].error_messages["required"])
        return data

    @property
    def kommuner(self):
        """The chosen kommuner, the main one first, without repeats."""
        chosen = [self.cleaned_data["kommune"], *self.cleaned_data.get("andre_kommuner", [])]
        return list(dict.fromkeys(chosen))
