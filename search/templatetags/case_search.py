"""Template access to search features for pages owned by other apps."""

from django import template

from search import service

register = template.Library()


@register.simple_tag
def similar_cases(page, size=4):
    """The most similar other cases to `page`; empty when search cannot answer
    or the page is not (yet) a visible case, as in a preview."""
    return service.similar_cases(page.pk, size) or []
