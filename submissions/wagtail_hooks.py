"""Where moderators see who submitted a draft: a read-only "Indsendelser"
listing, a line in the page's history, and a notice on the page editor."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from submissions.drafts import SUBMITTED_ACTION
from submissions.models import Submission


class CaseEditColumn(Column):
    """The case's title, linked to its page editor (where the workflow acts)."""

    def get_value(self, instance):
        return instance.page.get_admin_display_title()

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = format_html(
            '<a href="{}">{}</a>',
            reverse("wagtailadmin_pages:edit", args=[instance.page_id]),
            context["value"],
        )
        return context


class SubmissionViewSet(SnippetViewSet):
    """Read-only for Moderatorer: their group has only the view permission
    (submissions/migrations/0002), so the admin offers no add, edit or delete."""

    model = Submission
    icon = "mail"
    menu_label = "Indsendelser"
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        CaseEditColumn("page", label="Praksiseksempel"),
        "submitter_name",
        "submitter_role",
        "submitter_email",
        DateColumn("submitted_at", label="Indsendt"),
    ]
    inspect_view_fields = [
        "page",
        "submitter_name",
        "submitter_role",
        "submitter_email",
        "submitted_at",
    ]
    search_fields = ["submitter_name", "submitter_email", "page__title"]
    ordering = ["-submitted_at"]

    def get_queryset(self, request):
        return Submission.objects.select_related("page")


register_snippet(SubmissionViewSet)


@hooks.register("register_log_actions")
def register_submission_log_action(actions):
    @actions.register_action(SUBMITTED_ACTION)
    class SubmittedFormatter(LogFormatter):
        label = "Indsendt via formularen"

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return (
                f"Indsendt via formularen “Indsend et praksiseksempel” af {data.get('name', '')} "
                f"({data.get('role', '')}, {data.get('email', '')})"
            )


@hooks.register("before_edit_page")
def show_submitter(request, page):
    """Tell whoever opens a submitted draft where it came from and whom to ask."""
    if request.method != "GET":
        return
    submission = Submission.objects.filter(page_id=page.pk).first()
    if submission is not None:
        messages.info(request, submission.description)
