"""The read-only API, mounted at /api/v2/ (see praksisbank/urls.py).

Only the cases endpoint is registered: the generic pages endpoint would expose
the whole page tree, which no consumer has asked for.
"""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from caseapi.views import CasesAPIViewSet

api_router = WagtailAPIRouter("caseapi")
api_router.register_endpoint("cases", CasesAPIViewSet)

urlpatterns = [path("", api_router.urls)]
