from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from newsletter.digest import (
    DEFAULT_LIMIT,
    FORMATS,
    MAX_LIMIT,
    DigestParameterError,
    parse_limit,
    parse_since,
    render_digest,
)


class Command(BaseCommand):
    help = (
        "Skriver et nyhedsbrevsudsnit med de praksiseksempler, der er udgivet siden en dato "
        "(det samme som /nyhedsbrev/seneste/)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, help="Startdato, ÅÅÅÅ-MM-DD.")
        parser.add_argument("--format", choices=FORMATS, default="html", help="html eller txt.")
        parser.add_argument(
            "--limit",
            default=str(DEFAULT_LIMIT),
            help=f"Højst så mange praksiseksempler (1-{MAX_LIMIT}, standard {DEFAULT_LIMIT}).",
        )
        parser.add_argument("--out", help="Skriv til denne fil i stedet for standardoutput.")
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Sitets adresse til links, fx https://praksisbanken.dk "
            "(standard: WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, since, format, limit, out, base_url, **options):
        try:
            since_date = parse_since(since)
            limit_number = parse_limit(limit)
        except DigestParameterError as error:
            raise CommandError(str(error)) from None
        if not base_url.startswith(("http://", "https://")):
            raise CommandError("--base-url skal være en fuld adresse, fx https://praksisbanken.dk.")

        body = render_digest(since_date, limit_number, format, base_url=base_url)
        if out:
            try:
                with open(out, "w", encoding="utf-8") as file:
                    file.write(body)
            except OSError as error:
                raise CommandError(f"Kunne ikke skrive til {out}: {error.strerror}.") from None
            self.stderr.write(f"Nyhedsbrevsudsnittet er skrevet til {out}.")
        else:
            self.stdout.write(body, ending="")
