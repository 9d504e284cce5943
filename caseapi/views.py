"""The read-only cases endpoint of the API (Wagtail API v2).

GET /api/v2/cases/ lists live, public cases, newest first (first_published_at),
narrowed by ?omraade=<code>, ?kommune=<slug>, ?tag=<slug or name> and
?published_since=YYYY-MM-DD; GET /api/v2/cases/<id>/ gives one case with all
its fields. Paginated with ?limit= (at most settings.WAGTAILAPI_LIMIT_MAX) and
?offset=. See https://docs.wagtail.org/en/stable/advanced_topics/api/v2/usage.html.

Wagtail's generic field filters (?date=..., ?order=..., ?search=...) are left
out on purpose: a malformed date in a generic field filter reaches the database
as is and fails there, and the API promises one order.
"""

import datetime
import re

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from rest_framework.filters import BaseFilterBackend
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from caseapi.serializers import CASE_API_FIELDS, CASE_LISTING_FIELDS
from casestudies.models import CaseStudyPage, Kommune
from casestudies.models.taxonomy import OMRAADE_LABELS

FILTER_PARAMETERS = frozenset(["omraade", "kommune", "tag", "published_since"])


EARLIEST_DATE = datetime.date(1900, 1, 1)


def start_of_day(value):
    """Midnight at the start of the given date in the site's time zone. Nothing was
    published before 1900, and year 1 would overflow when moved to the time zone."""
    value = max(value, EARLIEST_DATE)
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))


class CaseFilterBackend(BaseFilterBackend):
    """The case filters, each rejecting a value it cannot use with a 400."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        if omraade := params.get("omraade"):
            if omraade not in OMRAADE_LABELS:
                raise BadRequestError(
                    f"Ukendt område “{omraade}”. Brug en af: {', '.join(OMRAADE_LABELS)}."
                )
            queryset = queryset.filter(omraade=omraade)
        if kommune := params.get("kommune"):
            if not Kommune.objects.filter(slug=kommune).exists():
                raise BadRequestError(
                    f"Ukendt kommune “{kommune}”. Brug kommunens slug, fx “aarhus” eller “koebenhavn”."
                )
            queryset = queryset.filter(kommuner__slug=kommune)
        if tag := params.get("tag"):
            # A subquery rather than a join, so a case whose tags match both by
            # slug and by name is still listed once.
            tagged = CaseStudyPage.objects.filter(Q(tags__slug=tag) | Q(tags__name__iexact=tag))
            queryset = queryset.filter(pk__in=tagged.values("pk"))
        if since := params.get("published_since"):
            try:
                since_date = datetime.date.fromisoformat(since)
            except ValueError:
                raise BadRequestError(
                    f"published_since skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2024-03-01, ikke “{since}”."
                ) from None
            queryset = queryset.filter(first_published_at__gte=start_of_day(since_date))
        return queryset


class CasePagination(WagtailPagination):
    """Wagtail's limit/offset pagination, with the errors in Danish."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        for name, lowest in (("limit", 1), ("offset", 0)):
            value = request.GET.get(name)
            if value is None:
                continue
            if not value.isdigit() or int(value) < lowest:
                raise BadRequestError(f"{name} skal være et helt tal på mindst {lowest}.")
            if name == "limit" and int(value) > limit_max:
                raise BadRequestError(f"limit kan højst være {limit_max}.")
        return super().paginate_queryset(queryset, request, view)


class CasesAPIViewSet(PagesAPIViewSet):
    name = "cases"
    model = CaseStudyPage
    pagination_class = CasePagination
    filter_backends = [CaseFilterBackend]
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "rich_text_format", "format", "_", *FILTER_PARAMETERS]
    )
    meta_fields = PagesAPIViewSet.meta_fields + ["last_published_at"]

    @classmethod
    def get_body_fields(cls, model):
        # The fields live here, not as api_fields on the model, so the API's
        # shape is owned by the API app (Wagtail reads api_fields by default).
        fields = list(cls.body_fields)
        if issubclass(model, CaseStudyPage):
            fields += CASE_API_FIELDS
        return cls._convert_api_fields(fields)

    @classmethod
    def get_listing_default_fields(cls, model):
        return super().get_listing_default_fields(model) + CASE_LISTING_FIELDS

    def get_queryset(self):
        # get_base_queryset() is Wagtail's live, public pages of this site; the
        # explicit visible() also keeps out a restricted page the requester
        # happens to have unlocked in their session.
        public_pages = self.get_base_queryset().values("pk")
        return (
            CaseStudyPage.objects.visible()
            .filter(pk__in=public_pages)
            .with_card_data()
            .select_related("locale")
            .order_by("-first_published_at", "-pk")
        )

    def find_object(self, queryset, request):
        # Wagtail hands ?id= to the database as it is; anything but digits fails there.
        if "id" in request.GET and not re.fullmatch(r"[0-9]{1,18}", request.GET["id"]):
            raise BadRequestError(f"id skal være et helt tal, ikke “{request.GET['id']}”.")
        return super().find_object(queryset, request)

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                f"Ukendt parameter: {', '.join(sorted(unknown))}. "
                f"Mulige parametre: {', '.join(sorted(self.known_query_parameters - {'_'}))}."
            )

    def resolve_rich_text_format(self):
        # Database HTML holds links as page ids only a Wagtail site can resolve;
        # consumers get plain HTML unless they ask for another format.
        if "rich_text_format" not in self.request.GET:
            return APIRichText.FORMAT_HTML
        return super().resolve_rich_text_format()
