"""The search tests' published cases and the security tests' hidden ones, for the exports and the comparison."""

from tests.search.conftest import indexed_case  # noqa: F401
from tests.security.conftest import hidden_world  # noqa: F401
