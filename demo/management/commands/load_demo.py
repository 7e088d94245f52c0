"""Build the Lord's Press demo newsroom through the model APIs. Safe to run repeatedly."""

from datetime import datetime, time, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from authors.models import AuthorIndexPage, AuthorPage
from core.models import SiteSettings
from demo.consent import load_consent_demo
from demo.content import newsroom, workflow
from demo.content.pages import ABOUT_PAGE, PRIVACY_PAGE
from demo.content.wire import load_wire_demo
from demo.images import image_file, wordmark_file
from editorial.roles import give_page_to_legal, give_section_to_writers
from home.models import HomePage, HomePageStory, StandardPage
from news.models import (
    ArticleCorrection,
    ArticlePage,
    ArticlePageAuthor,
    CategoryIndexPage,
    CorrectionsPage,
)
from sponsors.models import Sponsor, SponsorTier

DEMO_USERS = [
    # (username, password, group, is_superuser)
    ("admin", "lordspress-admin", None, True),
    ("editor", "lordspress-editor", "Editors", False),
    ("writer", "lordspress-writer", "Writers", False),
    ("legal", "lordspress-legal", "Legal", False),
]

DEMO_SPONSORS = [
    # (name, link, tier, order); the companies are invented.
    ("Vell River Ferries", "https://ferries.example/", SponsorTier.PRINCIPAL, 1),
    ("Ardmere Mutual", "https://ardmere-mutual.example/", SponsorTier.PARTNER, 1),
    ("Harbour Ironworks", "https://ironworks.example/", SponsorTier.PARTNER, 2),
    ("Old Town Books", "https://oldtownbooks.example/", SponsorTier.SUPPORTER, 1),
]

# Opinion is written by columnists and the editors, so the demo's writers are not given it.
SECTIONS_NOT_GIVEN_TO_WRITERS = {"opinion"}

DEMO_EMBEDS = {
    # Each story's film, titled for that story.
    "https://www.youtube.com/watch?v=lordspress01": "Empty tram stops on the first morning of the strike",
    "https://www.youtube.com/watch?v=lordspress02": "The maritime museum's restored halls in ninety seconds",
    "https://www.youtube.com/watch?v=lordspress03": "Lisbon after midnight: the city out in the heat",
    "https://www.youtube.com/watch?v=lordspress04": "Liesel Marnoch reads from The Salt Ledger",
}


# Special reports that only signed-in subscribers read in full.
SUBSCRIBER_ONLY_REPORTS = [
    "court-halts-ferrygate-flats-demolition",
    "ombudsman-criticises-council-housing-repairs",
]


class Command(BaseCommand):
    help = "Create the demo newsroom: site, sections, authors, articles, images and users."

    def handle(self, *args, **options):
        with transaction.atomic():
            self.build()
        # After the commit, and so after the workflow e-mails sent on it (the console prints
        # them in development): what a newcomer needs comes last.
        self.stdout.write(self.style.SUCCESS(self.summary()))

    def build(self):
        self.images = {}
        home = self.home_page()
        self.site_settings(home)
        self.embeds()
        sections = {spec["slug"]: self.section(home, spec) for spec in newsroom.SECTIONS}
        author_index = self.child(
            home,
            AuthorIndexPage,
            "authors",
            title="Our journalists",
            intro="<p>The reporters, editors and photographers of Lord's Press.</p>",
        )
        authors = {spec["slug"]: self.author(author_index, spec) for spec in newsroom.AUTHORS}
        articles = {}
        for spec in newsroom.ARTICLES:
            articles[spec["slug"]] = self.article(sections[spec["section"]], spec, authors)
        for spec in newsroom.ARTICLES:
            self.link_related(articles[spec["slug"]], spec, articles)
        self.subscriber_only_reports()
        self.front_page(home)
        self.sponsors()
        load_consent_demo(Site.objects.get(is_default_site=True))
        self.users()
        self.editorial_desk(home, sections, authors, articles)
        load_wire_demo(sections["europe"])

    def home_page(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's install leaves a placeholder welcome page where ours belongs.
            for placeholder in root.get_children().filter(slug="home"):
                if not isinstance(placeholder.specific, HomePage):
                    placeholder.delete()
            home = root.add_child(instance=HomePage(title="Lord's Press", slug="home"))
            home.save_revision().publish()
        # The site answers where the demo is served (WAGTAILADMIN_BASE_URL, by default
        # make run's http://127.0.0.1:8000), so links in e-mails lead back to it.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": address.hostname,
                "port": address.port or (443 if address.scheme == "https" else 80),
                "root_page": home,
                "site_name": "Lord's Press",
            },
        )
        return home

    def site_settings(self, home):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.logo is None:
            settings.logo = self.image(
                "Lord's Press",
                title="Lord's Press logo",
                description="Lord's Press",
                painted=wordmark_file,
            )
            settings.save()
        if settings.follow_links:
            return
        settings.follow_links = [
            ("link", {"platform": "mastodon", "url": "https://press.example.social/@lordspress"}),
            ("link", {"platform": "bluesky", "url": "https://bsky.app/profile/lordspress.example"}),
            ("link", {"platform": "rss", "url": "https://lordspress.example/feeds/"}),
        ]
        settings.about_page = self.standard_page(home, ABOUT_PAGE)
        settings.privacy_page = self.standard_page(home, PRIVACY_PAGE)
        settings.save()

    def embeds(self):
        for url, title in DEMO_EMBEDS.items():
            video_id = url.rsplit("=", 1)[-1]
            Embed.objects.get_or_create(
                hash=get_embed_hash(url),
                defaults={
                    "url": url,
                    "type": "video",
                    "title": title,
                    "provider_name": "YouTube",
                    "width": 640,
                    "height": 360,
                    "html": (
                        f'<iframe width="640" height="360" title="{title}" loading="lazy" '
                        f'src="https://www.youtube-nocookie.com/embed/{video_id}" '
                        "allowfullscreen></iframe>"
                    ),
                },
            )

    def child(self, parent, model, slug, **fields):
        """The live child page with this slug, created and published on first run."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
        return page

    def image(self, subject, title=None, credit="", description="", painted=image_file):
        title = title or subject
        if title not in self.images:
            image_model = get_image_model()
            image = image_model.objects.filter(title=title).first()
            if image is None:
                image = image_model(
                    title=title,
                    credit=credit,
                    description=description or subject,
                    file=painted(subject, f"{slugify(title)[:60]}.jpg"),
                )
                image.save()
            self.images[title] = image
        return self.images[title]

    def standard_page(self, home, spec):
        return self.child(
            home,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            introduction=spec["introduction"],
            body=[("paragraph", paragraph) for paragraph in spec["paragraphs"]],
        )

    def section(self, home, spec):
        return self.child(
            home,
            CategoryIndexPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )

    def author(self, index, spec):
        return self.child(
            index,
            AuthorPage,
            spec["slug"],
            title=spec["name"],
            job_title=spec["job_title"],
            bio=spec["bio"],
            short_bio=spec.get("short_bio", ""),
            portrait=self.image(f"Portrait of {spec['name']}", credit="Lord's Press"),
            social_links=[
                ("link", {"platform": platform, "url": url}) for platform, url in spec["links"]
            ],
        )

    def body(self, spec):
        blocks = []
        for block_type, value in spec["body"]:
            if block_type == "image":
                value = {
                    "image": self.image(
                        value["subject"], credit=value["credit"], description=value.get("alt", "")
                    ),
                    "caption": value["caption"],
                    "credit": "",
                    "alt_text": value.get("alt", ""),
                }
            elif block_type == "embed":
                value = {"url": value, "caption": DEMO_EMBEDS.get(value, "")}
            elif block_type == "related_article":
                # Linked once every article exists; see link_related.
                continue
            blocks.append((block_type, value))
        return blocks

    def build_article(self, spec, authors, **fields):
        syndication = spec.get("syndication") or {}
        hero = spec["hero"]
        article = ArticlePage(
            title=spec["headline"],
            slug=spec["slug"],
            standfirst=spec["standfirst"],
            dateline=spec["dateline"],
            hero_image=self.image(hero["subject"], credit=hero["credit"]),
            hero_caption=hero["caption"],
            syndication_source_name=syndication.get("name", ""),
            syndication_source_url=syndication.get("url", ""),
            body=self.body(spec),
            **fields,
        )
        for order, (author_slug, role) in enumerate(spec["authors"]):
            article.author_links.add(
                ArticlePageAuthor(author=authors[author_slug], role=role, sort_order=order)
            )
        article.tags.add(*spec["tags"])
        return article

    def article(self, section, spec, authors):
        existing = ArticlePage.objects.child_of(section).filter(slug=spec["slug"]).first()
        if existing:
            return existing
        published_at = timezone.now().replace(second=0, microsecond=0) - timedelta(
            days=spec["days_ago"], hours=len(spec["slug"]) % 9
        )
        article = self.build_article(spec, authors, publication_date=published_at)
        section.add_child(instance=article)
        article.save_revision().publish()
        # Backdate as if each story went out on its own day, so no story looks "updated".
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        return article

    def link_related(self, article, spec, articles):
        related = [value for block_type, value in spec["body"] if block_type == "related_article"]
        if not related or any(block.block_type == "related_article" for block in article.body):
            return
        article.body.extend(
            ("related_article", {"article": articles[slug], "label": "Related"}) for slug in related
        )
        article.save_revision().publish()
        ArticlePage.objects.filter(pk=article.pk).update(last_published_at=article.publication_date)

    def subscriber_only_reports(self):
        reports = ArticlePage.objects.filter(
            slug__in=SUBSCRIBER_ONLY_REPORTS, subscribers_only=False
        )
        for article in reports:
            article.subscribers_only = True
            article.save_revision().publish()
            # Republishing must not make the report look "updated".
            ArticlePage.objects.filter(pk=article.pk).update(
                last_published_at=article.publication_date
            )

    def front_page(self, home):
        if home.lead_story_id:
            return
        newest = list(ArticlePage.objects.descendant_of(home).published()[:5])
        home.lead_story = newest[0]
        home.secondary_stories = [HomePageStory(article=article) for article in newest[1:3]]
        home.save_revision().publish()

    def sponsors(self):
        for name, url, tier, order in DEMO_SPONSORS:
            Sponsor.objects.get_or_create(
                name=name,
                defaults={
                    "url": url,
                    "tier": tier,
                    "sort_order": order,
                    "logo": self.image(
                        name, title=f"{name} logo", description=name, painted=wordmark_file
                    ),
                },
            )

    def users(self):
        user_model = get_user_model()
        for username, password, group_name, is_superuser in DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@lordspress.example",
                    "first_name": username.title(),
                    "is_staff": is_superuser,
                    "is_superuser": is_superuser,
                },
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get_or_create(name=group_name)[0])

    def editorial_desk(self, home, sections, authors, articles):
        """Give the roles their pages, keep a corrections record, and put stories on the desk
        at each step of the workflow: with an editor, with Legal, and scheduled."""
        for slug, section in sections.items():
            if slug not in SECTIONS_NOT_GIVEN_TO_WRITERS:
                give_section_to_writers(section)
        give_page_to_legal(self.standard_page(home, PRIVACY_PAGE))
        self.child(home, CorrectionsPage, **workflow.CORRECTIONS_PAGE)
        self.corrections(articles[workflow.CORRECTED_ARTICLE["slug"]])

        staff = get_user_model().objects.in_bulk(["writer", "editor"], field_name="username")
        writer, editor = staff["writer"], staff["editor"]
        for spec in workflow.SUBMITTED_DRAFTS:
            draft = self.draft(sections[spec["section"]], spec, authors, owner=writer)
            if draft:
                draft.get_workflow().start(draft, writer)

        spec = workflow.LEGAL_REVIEW_ARTICLE
        draft = self.draft(
            sections[spec["section"]], spec, authors, owner=writer, needs_legal_review=True
        )
        if draft:
            # The editor has approved it; it now waits for Legal.
            draft.get_workflow().start(draft, writer).current_task_state.approve(user=editor)

        spec = workflow.SCHEDULED_ARTICLE
        tomorrow_morning = timezone.make_aware(
            datetime.combine(timezone.localdate() + timedelta(days=1), time(7))
        )
        draft = self.draft(
            sections[spec["section"]], spec, authors, owner=writer, go_live_at=tomorrow_morning
        )
        if draft:
            draft.get_latest_revision().publish(user=editor)

    def draft(self, section, spec, authors, owner, **fields):
        """A new unpublished article with one revision by `owner`; None if it exists."""
        if ArticlePage.objects.child_of(section).filter(slug=spec["slug"]).exists():
            return None
        article = self.build_article(spec, authors, owner=owner, live=False, **fields)
        section.add_child(instance=article)
        article.save_revision(user=owner)
        return article

    def corrections(self, article):
        if article.corrections.exists():
            return
        article = ArticlePage.objects.get(pk=article.pk)
        # Notes are on the record outside the story's revisions, as an editor adds them.
        notes = ArticleCorrection.objects.bulk_create(
            ArticleCorrection(
                page=article,
                date=article.publication_date + timedelta(hours=hours),
                kind=kind,
                text=text,
            )
            for hours, kind, text in workflow.CORRECTED_ARTICLE["corrections"]
        )
        ArticlePage.objects.filter(pk=article.pk).update(last_published_at=notes[-1].date)

    def summary(self):
        """What a newcomer needs, ending with the logins and where to use them."""
        logins = "\n".join(
            f"  {username:<8} password: {password}" for username, password, _, _ in DEMO_USERS
        )
        return (
            f"Demo newsroom ready: {ArticlePage.objects.live().count()} articles, "
            f"{AuthorPage.objects.count()} authors. Stories wait for review on the editor's and "
            "legal's dashboards; the scheduled one is in the editorial calendar "
            "(http://127.0.0.1:8000/admin/calendar/).\n"
            "Two-factor sign-in is optional in this demo (production requires it of admin, "
            "editor and legal): try it under Account → Two-factor authentication.\n"
            f"Demo logins:\n{logins}\n"
            "Sign in at http://127.0.0.1:8000/admin/"
        )
