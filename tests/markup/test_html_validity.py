"""Every public page type is valid HTML by the W3C Nu HTML Checker (vnu.jar).

The checker comes from the npm package vnu-jar, which `make install` puts in
var/vnu-jar (pinned in the Makefile), and runs on the machine's JDK as found by
services/elasticsearch/java-home.sh. All pages go to one checker run: the JVM
takes seconds to start, the pages milliseconds each.
"""

import json
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.cases import publish_action_learning_cases

pytestmark = pytest.mark.elasticsearch

VNU_JAR = Path(settings.BASE_DIR) / "var" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA_HOME_SCRIPT = Path(settings.BASE_DIR) / "services" / "elasticsearch" / "java-home.sh"

# (what the page is, its path, the status it answers with). A new public page
# type gets one line here; paths may use {case_url}, {case_ids} and {tema_slug}.
PUBLIC_PAGES = [
    ("forside", "/", 200),
    ("oversigt over praksiseksempler", "/praksiseksempler/?omraade=skole", 200),
    ("praksiseksempel", "{case_url}", 200),
    ("kommuneoversigt", "/praksiseksempler/kommuner/", 200),
    ("kommuneside", "/praksiseksempler/kommune/aarhus/", 200),
    ("temaoversigt", "/praksiseksempler/temaer/", 200),
    ("temaside", "/praksiseksempler/tema/{tema_slug}/", 200),
    ("søgning", "/soeg/?q=aktionsl%C3%A6ring&omraade=skole", 200),
    ("søgning uden resultater", "/soeg/?q=rumfartsteknik", 200),
    ("find lignende forløb", "/soeg/lignende/?beskrivelse=aktionsl%C3%A6ring+i+matematik", 200),
    ("tekstside", "/tilgaengelighed/", 200),
    ("sammenligning", "/sammenlign/?sager={case_ids}", 200),
    ("sammenligning med en forkert liste", "/sammenlign/?sager=abc", 400),
    ("overblik", "/overblik/", 200),
    ("indsend et praksiseksempel", "/indsend/", 200),
    ("kvittering for en indsendelse", "/indsend/tak/", 200),
    ("siden findes ikke", "/findes-ikke/", 404),
]


def java():
    result = subprocess.run(["bash", str(JAVA_HOME_SCRIPT)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail("No JDK found for the HTML checker (services/elasticsearch/java-home.sh)")
    return str(Path(result.stdout.strip()) / "bin" / "java")


def check_html(files):
    """The checker's errors for the files: {file name: [message]}."""
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `make install`")
    result = subprocess.run(
        [java(), "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stderr or result.stdout)
    errors = {}
    for message in report["messages"]:
        name = Path(message.get("url", "").removeprefix("file:")).name
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '').strip()}]"
        )
    return errors


@pytest.fixture
def published(search_index, committed):
    return committed(publish_action_learning_cases)


def test_every_public_page_type_is_valid_html(client, published, tmp_path):
    values = {
        "case_url": published["matematik"].url,
        "case_ids": ",".join(str(case.pk) for case in list(published.values())[:3]),
        "tema_slug": published["matematik"].tags.get(name="matematik").slug,
    }
    files = []
    for number, (name, path, status) in enumerate(PUBLIC_PAGES):
        response = client.get(path.format(**values))
        assert response.status_code == status, name
        file = tmp_path / f"{number:02d}.html"
        file.write_bytes(response.content)
        files.append(file)
    errors = check_html(files)
    named = {PUBLIC_PAGES[int(file[:2])][0]: messages for file, messages in errors.items()}
    assert not named, json.dumps(named, ensure_ascii=False, indent=2)


def test_the_checker_finds_an_error(tmp_path):
    # The test above passes only if the checker really looks: an h2 may not be a
    # status region (the error the similar-plans page once had).
    file = tmp_path / "invalid.html"
    file.write_text(
        '<!DOCTYPE html><html lang="da"><head><title>x</title></head>'
        '<body><h2 role="status">1 resultat</h2></body></html>'
    )
    errors = check_html([file])
    assert "role" in " ".join(errors["invalid.html"])
