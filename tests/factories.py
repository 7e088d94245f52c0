"""Factories that build content through the model APIs, the way editors would."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from authors.models import AuthorIndexPage, AuthorPage
from home.models import HomePage, StandardPage
from news.models import ArticlePage, ArticlePageAuthor, CategoryIndexPage


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Harbour at dawn {n}")
    credit = "Ana Ruiz/Lord's Press"
    description = "Fishing boats moored along the harbour wall at dawn"
    file = factory.django.ImageField(width=640, height=360, color="steelblue")


class PageFactory(factory.Factory):
    """Adds the page under `parent` and, unless `publish=False`, publishes a revision."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        # What waits for the commit (the search index, e-mails) runs as if the page had
        # been committed, although the test's transaction never is.
        with TestCase.captureOnCommitCallbacks(execute=True):
            page = cls.build_page(model_class, **kwargs)
            page.live = publish
            parent.add_child(instance=page)
            revision = page.save_revision()
            if publish:
                revision.publish()
                page.refresh_from_db()
        return page

    @classmethod
    def build_page(cls, model_class, **kwargs):
        return model_class(**kwargs)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Lord's Press"
    slug = "home"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    introduction = "How the paper works."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>We correct our mistakes.</p>")])


class SectionFactory(PageFactory):
    class Meta:
        model = CategoryIndexPage

    title = factory.Sequence(lambda n: f"Section {n}")
    show_in_menus = True
    intro = "<p>Our reporting.</p>"


class AuthorIndexPageFactory(PageFactory):
    class Meta:
        model = AuthorIndexPage

    title = "Our journalists"
    slug = "authors"


class AuthorPageFactory(PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Sequence(lambda n: f"Reporter {n}")
    job_title = "City Hall Reporter"
    bio = "<p>Covers the council.</p>"


class ArticlePageFactory(PageFactory):
    """Pass `authors=[author, (author, "Photography")]` to set the byline in order."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Council votes on harbour plan, part {n}")
    standfirst = "The vote ends a year of argument over who pays for the harbour wall."
    dateline = "ARDMERE"
    publication_date = factory.LazyFunction(timezone.now)
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>The council met on Tuesday evening to vote.</p>")]
    )

    @classmethod
    def build_page(cls, model_class, authors=(), tags=(), **kwargs):
        page = model_class(**kwargs)
        for order, credit in enumerate(authors):
            author, role = credit if isinstance(credit, tuple) else (credit, "")
            page.author_links.add(ArticlePageAuthor(author=author, role=role, sort_order=order))
        if tags:
            page.tags.add(*tags)
        return page


def build_site():
    """Replace Wagtail's placeholder with our front page and make it the default site."""
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=Page.objects.get(pk=root.pk))
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home


class SponsorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "sponsors.Sponsor"

    name = factory.Sequence(lambda n: f"Harbour Ironworks {n}")
    url = factory.Sequence(lambda n: f"https://sponsor{n}.example/")


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A pending signup; `confirmed=True` also gives it its reader account."""

    class Meta:
        model = "subscriptions.Subscriber"
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    consent_text = "Yes, send me the newsletter."

    @factory.post_generation
    def confirmed(subscriber, create, extracted, **kwargs):
        if extracted:
            from subscriptions.accounts import confirm_subscriber

            confirm_subscriber(subscriber)


class UserFactory(factory.django.DjangoModelFactory):
    """Pass `groups=["Editors"]` to put the user in the newsroom roles named."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staffer{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@lordspress.example")
    first_name = factory.LazyAttribute(lambda user: user.username.title())
    password = factory.django.Password("not-a-real-password")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


class EmbedFactory(factory.django.DjangoModelFactory):
    """A stored provider response, so pages with embeds never reach the network in tests."""

    class Meta:
        model = Embed
        django_get_or_create = ("hash",)

    url = factory.Sequence(lambda n: f"https://www.youtube.com/watch?v=lordspress{n:02}")
    hash = factory.LazyAttribute(lambda embed: get_embed_hash(embed.url))
    type = "video"
    provider_name = "YouTube"
    title = "The harbour wall from the water"
    width = 640
    height = 360
    html = factory.LazyAttribute(
        lambda embed: (
            '<iframe width="640" height="360" title="The harbour wall from the water" '
            f'src="https://www.youtube-nocookie.com/embed/{embed.url.rsplit("=", 1)[-1]}" '
            "allowfullscreen></iframe>"
        )
    )
