"""Kommune scoping inside Wagtail's own permission checks.

Every admin view asks one of two things before it acts, so scoping them covers
the explorer, search, edit, create, submit, unpublish, delete, move, copy,
revisions, previews, reports, the listing buttons and the admin API at once
(https://docs.wagtail.org/en/stable/extending/custom_permissions.html):

- a page's ``permissions_for_user()``, which CaseStudyPage answers with
  KommuneScopedPagePermissionTester: outside the user's kommuner, the user
  holds no permission on the case at all;
- the page permission policy from ``policy_registry.get_by_type(Page)``, which
  lists the pages a user may explore or act on; KommuneScopedPagePermissionPolicy
  leaves out the cases outside the user's kommuner. EditorialConfig.ready()
  registers it.
"""

from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.kommune_scope import kommune_scope_for, pages_outside_scope, saved_kommune_ids


class KommuneScopedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with no permissions on a case outside the user's kommuner.

    Emptying the permission set (rather than overriding each can_*) keeps
    Wagtail's own rules for what remains: a Redaktør still cannot publish or
    unpublish, and deletes only drafts, within their kommuner too.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        scope = kommune_scope_for(user)
        # National users first: they need no query for the case's kommuner.
        self.outside_kommune_scope = (
            user.is_active
            and not scope.national
            and page.pk is not None
            and not scope.includes_any(saved_kommune_ids(page))
        )
        if self.outside_kommune_scope:
            self.permissions = set()

    def can_edit(self):
        # The base class also lets a workflow task's reviewers into the
        # editor; reviewers are Moderatorer, who are never out of scope.
        return not self.outside_kommune_scope and super().can_edit()

    def can_lock(self):
        return not self.outside_kommune_scope and super().can_lock()

    def can_unlock(self):
        return not self.outside_kommune_scope and super().can_unlock()

    def can_submit_for_moderation(self):
        return not self.outside_kommune_scope and super().can_submit_for_moderation()

    def can_view_revisions(self):
        return not self.outside_kommune_scope and super().can_view_revisions()


class KommuneScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, without the cases outside the user's kommuners.

    Wagtail's page listing, page search, reports and admin API all take their
    pages from these two methods.
    """

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return self._within_kommune_scope(user, pages)

    def explorable_instances(self, user):
        return self._within_kommune_scope(user, super().explorable_instances(user))

    def _within_kommune_scope(self, user, pages):
        scope = kommune_scope_for(user)
        if scope.national:
            return pages
        return pages.exclude(pk__in=pages_outside_scope(scope))
