import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.fixture
def run_import(db):
    """Runs `manage.py import_cases ... --quiet`; returns (exit status, report).

    call_command raises the CommandError that manage.py turns into exit status 1.
    """

    def run(*args):
        out = io.StringIO()
        try:
            call_command("import_cases", *map(str, args), "--quiet", stdout=out)
        except CommandError as error:
            return error.returncode, out.getvalue()
        return 0, out.getvalue()

    return run
