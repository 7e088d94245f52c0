"""Page querysets that know where the tree is restricted without asking the database."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.sitewide import remembered


def restricted_paths():
    """Where in the tree readers need a password, a sign-in or a group to read on.

    The tree paths of the pages carrying a view restriction and of their aliases, which
    share their original's restrictions. Every page render asks, and editors change
    restrictions rarely, so the answer is cached until a restriction or the tree changes.
    """

    def find():
        restricted = PageViewRestriction.objects.values("page_id")
        return sorted(
            Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted)).values_list(
                "path", flat=True
            )
        )

    return remembered("restricted-paths", find)


def is_restricted(path):
    return any(path.startswith(restricted) for restricted in restricted_paths())


class NewsroomPageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's ``public()`` and ``not_public()`` from the cached restricted paths.

        Wagtail reads every restriction from the database each time a queryset is made
        public; a page render makes several.
        """
        paths = restricted_paths()
        if not paths:
            return Q(pk__in=[])
        return reduce(or_, (Q(path__startswith=path) for path in paths))


NewsroomPageManager = PageManager.from_queryset(NewsroomPageQuerySet)


def all_pages():
    """Every page, of any type, as a queryset that knows the restricted paths."""
    return NewsroomPageQuerySet(Page)
