"""Saves of one page in the admin take turns, so an autosave cannot undo the editor's save.

Wagtail 8 autosaves the edit form in the background by overwriting its own
revision, and refuses when a newer revision exists (EditView.is_out_of_date).
That check and the overwrite are two steps with nothing held between them. An
autosave that has checked, and is then slower than the editor's own save
(Save, Submit, Publish) that follows it, overwrites its old revision after the
editor's and makes it the latest again: the draft loses what the editor typed
last. Holding the page's row from before the view loads the page until its
transaction commits makes the second request wait, and then it sees the first
one's revision: the autosave is refused, or the editor's save comes after it.

On PostgreSQL the row lock does this (SELECT ... FOR UPDATE). On SQLite the
transaction itself does: the project's SQLite transactions are IMMEDIATE
(praksisbank/settings/base.py), so the first write lock is taken at BEGIN.
"""

from django.db import transaction
from django.urls import Resolver404, resolve
from wagtail.models import Page

# Wagtail's page edit view: the editor's saves, the autosave and workflow actions post here.
EDIT_VIEW = "wagtailadmin_pages:edit"


def edited_page_id(request):
    """The id of the page a POST to the edit view saves, else None."""
    if request.method != "POST":
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name != EDIT_VIEW:
        return None
    return match.kwargs["page_id"]


class PageSaveLockMiddleware:
    """Runs each save of a page in one transaction that holds the page's row."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        page_id = edited_page_id(request)
        if page_id is None:
            return self.get_response(request)
        with transaction.atomic():
            # Waits here while another save of the same page is under way.
            list(Page.objects.select_for_update().filter(pk=page_id).values_list("pk"))
            return self.get_response(request)
