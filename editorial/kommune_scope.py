"""Which kommuners' cases a user may work on, and the case form's side of it.

A user's scope is read once per request and kept on the user object, as
Wagtail keeps its page permissions (PagePermissionPolicy.permission_cache_name).
This module must not import casestudies: casestudies' page model imports it.
"""

from dataclasses import dataclass

from django.apps import apps
from wagtail.models import Page
from wagtail.permissions import policy_registry

from editorial.models import KommuneEditor

SCOPE_CACHE_ATTRIBUTE = "_kommune_scope_cache"
# The page model whose pages belong to kommuner, as "app_label.ModelName".
SCOPED_PAGE_MODEL = "casestudies.CaseStudyPage"
KOMMUNE_EDITORS_MENU = "Indstillinger → Kommuneredaktører"


@dataclass(frozen=True)
class KommuneScope:
    """National, or limited to the kommuner with these primary keys."""

    national: bool
    kommune_ids: frozenset = frozenset()

    def includes_any(self, kommune_ids):
        return self.national or not self.kommune_ids.isdisjoint(kommune_ids)


NATIONAL = KommuneScope(national=True)


def kommune_scope_for(user):
    """The kommuner whose cases the user may see and change.

    National: superusers, everyone who may publish pages (the Moderatorer:
    approving other kommuners' cases is their job) and editors marked as
    national. Everyone else gets the kommuner of their KommuneEditor record,
    which may be none.
    """
    if hasattr(user, SCOPE_CACHE_ATTRIBUTE):
        return getattr(user, SCOPE_CACHE_ATTRIBUTE)
    scope = _read_scope(user)
    setattr(user, SCOPE_CACHE_ATTRIBUTE, scope)
    return scope


def _read_scope(user):
    if not user.is_authenticated or not user.is_active:
        return KommuneScope(national=False)
    if user.is_superuser or policy_registry.get_by_type(Page).user_has_permission(user, "publish"):
        return NATIONAL
    record = KommuneEditor.objects.filter(user=user).first()
    if record is None:
        return KommuneScope(national=False)
    if record.national:
        return NATIONAL
    return KommuneScope(
        national=False, kommune_ids=frozenset(record.kommuner.values_list("pk", flat=True))
    )


def scoped_page_model():
    return apps.get_model(SCOPED_PAGE_MODEL)


def saved_kommune_ids(page):
    """The kommuner stored on the page's database row.

    Not the ones on the object in hand: the editor works on the latest
    revision, whose kommuner are a draft until it is published. The stored
    ones are also what the explorer filters on, so a case is either in scope
    everywhere or nowhere.
    """
    if page.pk is None:
        return frozenset()
    return frozenset(
        scoped_page_model()
        ._default_manager.filter(pk=page.pk, kommuner__isnull=False)
        .values_list("kommuner", flat=True)
    )


def pages_outside_scope(scope):
    """The cases the scope does not reach, as a queryset of their keys."""
    cases = scoped_page_model()._default_manager.all()
    if scope.kommune_ids:
        cases = cases.exclude(kommuner__in=scope.kommune_ids)
    return cases.values("pk")


def kommune_names(kommune_ids):
    """Official names in alphabetical order, joined as Danish prose."""
    kommune_model = KommuneEditor._meta.get_field("kommuner").related_model
    names = list(
        kommune_model.objects.filter(pk__in=kommune_ids)
        .order_by("name")
        .values_list("official_name", flat=True)
    )
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} og {names[-1]}"


def scope_explanation(scope):
    """What the user may do, in the admin's Danish."""
    if scope.national:
        return "Du arbejder på tværs af alle kommuner og kan se og redigere alle praksiseksempler."
    if not scope.kommune_ids:
        return (
            "Du er endnu ikke knyttet til en kommune og kan derfor ikke se eller "
            "oprette praksiseksempler. Bed en moderator om at knytte dig til din "
            f"kommune under {KOMMUNE_EDITORS_MENU}."
        )
    return (
        f"Du er redaktør for {kommune_names(scope.kommune_ids)}. Du ser, opretter og "
        "redigerer kun praksiseksempler, der nævner en af dine kommuner. "
        "Moderatorer godkender og udgiver og arbejder på tværs af alle kommuner."
    )


def case_kommuner_refusal(scope, chosen_ids, already_named_ids=frozenset()):
    """Why a case may not be saved naming `chosen_ids` by a user with `scope`,
    in Danish, or None when it may.

    A scoped user must name at least one of their own kommuner (or lose the
    case on saving it) and may add no other kommune, only keep those the case
    already names. The case form and the importer's admin upload both ask this.
    """
    if scope.national:
        return None
    if not scope.kommune_ids:
        return scope_explanation(scope)
    if not set(chosen_ids) <= scope.kommune_ids | set(already_named_ids):
        return others_refusal(scope)
    if not scope.includes_any(chosen_ids):
        return (
            f"Vælg mindst én af dine kommuner ({kommune_names(scope.kommune_ids)}). "
            "Ellers kan du ikke selv se eller redigere praksiseksemplet bagefter."
        )
    return None


def others_refusal(scope):
    own = f" ({kommune_names(scope.kommune_ids)})" if scope.kommune_ids else ""
    return f"Du kan kun tilføje dine egne kommuner{own}. Bed en moderator om at tilføje andre."


class KommuneScopedCaseFormMixin:
    """Keeps a scoped editor's case within their kommuner.

    The kommune choices are the editor's own kommuner plus those the case
    already names (so a case shared with another kommune keeps it). Every save,
    a draft as well, must name at least one of the editor's kommuner:
    otherwise the editor would lose the case the moment it was saved.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kommune_scope = kommune_scope_for(self.for_user) if self.for_user else NATIONAL
        self.already_named = (
            frozenset(kommune.pk for kommune in self.instance.kommuner.all())
            if self.instance.pk
            else frozenset()
        )
        field = self.fields.get("kommuner")
        if field is None or self.kommune_scope.national:
            return
        field.queryset = field.queryset.filter(
            pk__in=self.kommune_scope.kommune_ids | self.already_named
        )
        field.help_text = scope_explanation(self.kommune_scope)
        field.error_messages["invalid_choice"] = others_refusal(self.kommune_scope)

    def clean(self):
        cleaned_data = super().clean()
        if "kommuner" not in self.fields or "kommuner" in self.errors:
            return cleaned_data
        chosen = {kommune.pk for kommune in cleaned_data.get("kommuner") or []}
        refusal = case_kommuner_refusal(self.kommune_scope, chosen, self.already_named)
        if refusal:
            self.add_error("kommuner", refusal)
        return cleaned_data
