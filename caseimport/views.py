"""The admin page "Importér praksiseksempler": upload documents, get the import report."""

from django import forms
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from caseimport.importer import CaseImporter
from caseimport.reading import SUPPORTED_SUFFIXES
from caseimport.report import failure, summary_line
from casestudies.models import CaseIndexPage

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
MAX_UPLOAD_SIZE_LABEL = "5 MB"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class UploadForm(forms.Form):
    """Only renders the file input; each file is checked on its own, so one bad
    file gives one line in the report instead of rejecting the whole upload."""

    files = forms.FileField(
        label="Dokumenter",
        required=False,
        help_text=(
            f"Vælg en eller flere filer (.txt, .md, .docx eller .html, højst {MAX_UPLOAD_SIZE_LABEL} "
            "hver). Hvert dokument bliver en kladde; et dokument, der er importeret før, "
            "opdaterer den samme side."
        ),
        widget=MultipleFileInput(attrs={"accept": ",".join(SUPPORTED_SUFFIXES)}),
    )


def case_index():
    return CaseIndexPage.objects.order_by("path").first()


def user_can_import(user):
    """Importing creates case pages, so it takes add permission on the case index."""
    index = case_index()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


class ImportCasesView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Importér praksiseksempler"
    header_icon = "upload"
    template_name = "caseimport/import_cases.html"

    def dispatch(self, request, *args, **kwargs):
        # Anonymous users never get here: Wagtail's admin URLs require a login.
        if not user_can_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @cached_property
    def index(self):
        return case_index()

    def post(self, request, *args, **kwargs):
        uploads = request.FILES.getlist("files")
        if not uploads:
            return self.render_to_response(self.get_context_data(no_files=True, form=UploadForm()))
        importer = CaseImporter(index=self.index, user=request.user)
        results = []
        for upload in uploads:
            if upload.size > MAX_UPLOAD_SIZE:
                results.append(failure(upload.name, f"filen er større end {MAX_UPLOAD_SIZE_LABEL}"))
            else:
                results.append(importer.import_document(upload.name, upload.read()))
        return self.render_to_response(self.get_context_data(results=results))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        if context.get("results"):
            context["summary"] = summary_line(context["results"])
        return context
