"""Security headers, the Content-Security-Policy the public pages keep to,
CSRF on the admin's forms, and the admin behind a login."""

from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory, UserFactory

PUBLIC_PATHS = [
    "/",
    "/praksiseksempler/",
    "/praksiseksempler/?omraade=skole&page=2",
    "/praksiseksempler/kommuner/",
    "/praksiseksempler/kommune/aarhus/",
    "/praksiseksempler/temaer/",
    "/praksiseksempler/tema/aktionslaering/",
    "/tilgaengelighed/",
    "/soeg/",
    "/soeg/?q=aktionslæring&omraade=skole",
    "/soeg/lignende/?beskrivelse=aktionslæring+i+skolen",
    "/findes-ikke/",
]


@pytest.fixture
def published_case(case_index):
    return CaseStudyPageFactory(
        title="Aktionslæring i matematik",
        tags=["aktionslæring"],
        practice='<p>Se <a href="https://www.emu.dk/">EMU</a> og <b>mere</b>.</p>',
    )


def csp_directives(response):
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


class InlineCodeFinder(HTMLParser):
    """What a strict CSP (no 'unsafe-inline') would block: inline scripts and
    styles, event handler attributes, javascript: links, resources from elsewhere."""

    def __init__(self):
        super().__init__()
        self.violations = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name == "style" or name.startswith("on"):
                self.violations.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action") and (value or "").startswith("javascript:"):
                self.violations.append(f"<{tag} {name}=javascript:…>")
        if tag == "style":
            self.violations.append("<style>")
        if tag == "script":
            if "src" not in attrs:
                self._in_inline_script = True
            elif not attrs["src"].startswith("/"):
                self.violations.append(f"<script src={attrs['src']}>")
        if tag == "link" and attrs.get("rel") == "stylesheet" and not attrs["href"].startswith("/"):
            self.violations.append(f"<link href={attrs['href']}>")
        if tag == "img" and not attrs.get("src", "/").startswith(("/", "data:")):
            self.violations.append(f"<img src={attrs['src']}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.violations.append("inline <script>")


def csp_violations(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.violations


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_send_security_headers(client, published_case, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_keep_to_their_csp(client, published_case, path):
    html = client.get(path).content.decode()
    assert csp_violations(html) == []


@pytest.mark.django_db
def test_case_page_and_password_form_keep_to_their_csp(client, published_case, make_private):
    assert csp_violations(client.get(published_case.url).content.decode()) == []
    private = CaseStudyPageFactory(title="Fortroligt forløb")
    make_private(private)
    response = client.get(CaseStudyPage.objects.get(pk=private.pk).url)
    assert "Content-Security-Policy" in response.headers
    assert csp_violations(response.content.decode()) == []


def test_the_checker_sees_what_the_csp_would_block():
    html = (
        '<p style="color:red" onclick="x()">a</p><script>alert(1)</script>'
        '<script src="https://cdn.example/x.js"></script><a href="javascript:x()">b</a>'
    )
    assert len(csp_violations(html)) == 5
    assert csp_violations('<script src="/static/x.js"></script><img src="/media/a.png">') == []


@pytest.mark.django_db
def test_digest_may_use_inline_styles_but_no_scripts(client, published_case):
    response = client.get("/nyhedsbrev/seneste/", {"since": "2000-01-01"})
    directives = csp_directives(response)
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_admin_is_left_out_of_the_strict_policy(client):
    # Wagtail's admin uses inline scripts and styles.
    assert "Content-Security-Policy" not in client.get("/admin/login/").headers
    assert "Content-Security-Policy" not in client.get("/django-admin/login/").headers
    assert client.get("/admin/login/").headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/import/", "/django-admin/"])
def test_admin_requires_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/login/" in response.headers["Location"]


@pytest.mark.django_db
def test_admin_login_rejects_a_post_without_csrf_token():
    UserFactory(username="redaktoer", is_staff=True, is_superuser=True)
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "redaktoer", "password": "adgangskode"})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_import_upload_rejects_a_post_without_csrf_token(case_index):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(groups=["Redaktører"]))
    before = CaseStudyPage.objects.count()
    upload = SimpleUploadedFile("viborg.txt", "Titel: Forsøg\n".encode())
    response = client.post("/admin/import/", {"files": [upload]})
    assert response.status_code == 403
    assert CaseStudyPage.objects.count() == before


@pytest.mark.django_db
def test_wagtail_page_editor_rejects_a_post_without_csrf_token(case_index):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(f"/admin/pages/add/casestudies/casestudypage/{case_index.pk}/", {})
    assert response.status_code == 403
