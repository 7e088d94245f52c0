"""One of everything the admin lists, so that every listing has a row and an edit view."""

from django.core.files.base import ContentFile
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model

from consent.models import ConsentChoice, ConsentPolicy, ConsentRecord
from subscriptions.models import Newsletter, NewsletterArticle
from tests.factories import (
    ArticlePageFactory,
    AuthorIndexPageFactory,
    AuthorPageFactory,
    EmbedFactory,
    ImageFactory,
    SectionFactory,
    SponsorFactory,
    StandardPageFactory,
    SubscriberFactory,
    build_site,
)


def article_body(image, embed):
    """A body that uses every block type editors can insert."""
    return [
        ("paragraph", "<p>The council met on Tuesday evening to vote.</p>"),
        ("subheading", "What was decided"),
        ("pull_quote", {"quote": "We cannot wait another winter.", "attribution": "A clerk"}),
        ("image", {"image": image, "caption": "The harbour wall", "credit": "", "alt_text": ""}),
        ("embed", {"url": embed.url, "caption": "From the water"}),
        ("contributor_note", "<p>Additional reporting by the night desk.</p>"),
        ("divider", None),
    ]


def build_newsroom():
    home = build_site()
    section = SectionFactory(parent=home, title="Politics", slug="politics")
    author = AuthorPageFactory(parent=AuthorIndexPageFactory(parent=home), title="Esther Ward")
    image = ImageFactory()
    embed = EmbedFactory()
    article = ArticlePageFactory(
        parent=section,
        title="Council votes on harbour plan",
        slug="council-votes",
        authors=[author],
        hero_image=image,
        body=article_body(image, embed),
        tags=["harbour"],
    )
    StandardPageFactory(parent=home, title="About us", slug="about")
    SponsorFactory()
    SubscriberFactory(email="ada@example.org", confirmed=True)
    SubscriberFactory(email="pending@example.org")
    newsletter = Newsletter.objects.create(subject="The week at the harbour")
    NewsletterArticle.objects.create(newsletter=newsletter, article=article)
    ConsentRecord.objects.create(
        consent_id="0b5d35bd-7a1c-4b1e-9c1e-5a3ad1f0f5aa",
        policy=ConsentPolicy.objects.current(),
        choice=ConsentChoice.ACCEPT_ALL,
        decisions={"analytics": "accepted"},
    )
    get_document_model().objects.create(
        title="Council minutes", file=ContentFile(b"Minutes of the meeting.", name="minutes.txt")
    )
    Redirect.objects.create(old_path="/old-harbour-story", redirect_page=article)
    SearchPromotion.objects.create(
        query=Query.get("harbour"), page=article, description="Our harbour coverage"
    )
    return {"home": home, "section": section, "author": author, "article": article}
