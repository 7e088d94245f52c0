from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from authors.models import AuthorPage


@hooks.register("before_delete_page")
def keep_credited_authors(request, page):
    """Refuse, with an explanation, to delete an author whose name stands on stories."""
    if not isinstance(page.specific, AuthorPage):
        return None
    credits = page.specific.article_links.count()
    if not credits:
        return None
    messages.error(
        request,
        f"{page.title} is credited on {credits} article{'s' if credits != 1 else ''}, so the "
        "page cannot be deleted. Unpublish it instead, or change those bylines first.",
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
