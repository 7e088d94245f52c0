"""Links to our own pages inside rich text, resolved without a query per paragraph."""

from wagtail.rich_text.pages import PageLinkHandler

from core import sitewide


class RememberedPageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, with each linked page's opening tag kept in the
    sitewide cache.

    Wagtail looks up the pages linked from each rich text value on its own, so a story
    whose paragraphs link to earlier stories paid two queries per linking paragraph. The
    tag is kept under the sitewide version, which every publish, move, unpublish or
    deletion renews, so a link never outlives the page's address.
    """

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [cls.opening_tag(attrs.get("id")) for attrs in attrs_list]

    @classmethod
    def opening_tag(cls, page_id):
        expand = super().expand_db_attributes_many
        return sitewide.remembered(f"page-link:{page_id}", lambda: expand([{"id": page_id}])[0])
