"""The admin page "Låste logins": moderators see who is locked out and unlock them."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from loginguard.audit import log_unlock
from loginguard.locks import ADDRESS, USERNAME, current_locks, unlock, user_can_unlock


class LockedLoginsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Låste logins"
    header_icon = "lock"
    template_name = "loginguard/locked_logins.html"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_unlock(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        locks = current_locks()
        sections = [
            {
                "title": "Låste brugernavne",
                "label": "Brugernavn",
                "empty": "Intet brugernavn er låst.",
                "locks": [lock for lock in locks if lock.kind == USERNAME],
            },
            {
                "title": "Låste adresser",
                "label": "Adresse",
                "empty": "Ingen adresse er låst.",
                "locks": [lock for lock in locks if lock.kind == ADDRESS],
            },
        ]
        cool_off = get_cool_off()
        return super().get_context_data(
            sections=sections,
            failure_limit=settings.AXES_FAILURE_LIMIT,
            lockout_minutes=round(cool_off.total_seconds() / 60) if cool_off else None,
            **kwargs,
        )

    def post(self, request):
        kind = request.POST.get("kind")
        value = request.POST.get("value", "")
        if kind not in (USERNAME, ADDRESS) or not value:
            messages.error(request, "Der var ikke valgt noget at låse op.")
        else:
            unlock(kind, value)
            log_unlock(request.user, kind, value)
            label = "Brugernavnet" if kind == USERNAME else "Adressen"
            messages.success(request, f"{label} {value} er låst op og kan logge ind igen.")
        return redirect("loginguard:locked_logins")
