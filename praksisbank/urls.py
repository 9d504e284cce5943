from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("", include("search.urls")),
    path("feeds/", include("feeds.urls")),
    path("api/v2/", include("caseapi.urls")),
    path("nyhedsbrev/", include("newsletter.urls")),
    path("indsend/", include("submissions.urls")),
    path("eksport/", include("exports.urls")),
    path("sammenlign/", include("compare.urls")),
    path("overblik/", include("overview.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other URL from the page tree; this must come last.
urlpatterns += [path("", include(wagtail_urls))]
