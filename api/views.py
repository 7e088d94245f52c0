"""The read API's endpoints, Wagtail's API v2 viewsets narrowed to what readers may see."""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.urls import path
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import ChildOfFilter, DescendantOfFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Site

from api.access import ApiKeyAuthentication, ApiRateLimit, ReaderAccess
from api.fields import (
    ARTICLE_LISTING_FIELDS,
    DETAIL_ONLY_FIELDS,
    ImageRenditionsField,
    api_fields_for,
)
from api.filters import LARGEST_ID, ArticleFilter
from authors.models import AuthorPage
from core.navigation import menu_pages
from home.models import HomePage, StandardPage
from news.models import ArticlePage, CategoryIndexPage


class BoundedPagination(WagtailPagination):
    """Wagtail's limit and offset, with an offset no larger than the database can count."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isascii() and offset.isdigit() and int(offset) > LARGEST_ID:
            raise BadRequestError(f"offset cannot be higher than {LARGEST_ID}")
        return super().paginate_queryset(queryset, request, view)


class ReaderAPIMixin:
    """What every endpoint shares: JSON only, keys and limits, and only known parameters."""

    renderer_classes = [JSONRenderer]
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [ReaderAccess]
    throttle_classes = [ApiRateLimit]
    pagination_class = BoundedPagination

    @classmethod
    def get_body_fields(cls, model):
        return [
            field if isinstance(field, APIField) else APIField(field)
            for field in [*cls.body_fields, *api_fields_for(model)]
        ]

    def check_query_parameters(self, queryset):
        """Only the parameters an endpoint documents: a filter it would ignore is an error."""
        unknown = sorted(set(self.request.GET.keys()) - self.known_query_parameters)
        if unknown:
            raise BadRequestError(
                f"unknown query parameter: {', '.join(unknown)[:200]} "
                f"(known: {', '.join(sorted(self.known_query_parameters))})"
            )

    def handle_exception(self, exc):
        # One answer for a draft, a private page and a missing one: none tells which it is.
        if isinstance(exc, Http404):
            exc = Http404("not found")
        return super().handle_exception(exc)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Detail addresses take digits only (Wagtail's pattern); this bounds their size.
        pk = kwargs.get("pk")
        if pk is not None and int(pk) > LARGEST_ID:
            raise Http404("not found")


COMMON_PARAMETERS = frozenset(["limit", "offset", "fields", "order"])
# `find/` by the page's address on the site; not by `id`, which is what detail views are for.
PAGE_PARAMETERS = COMMON_PARAMETERS | {"html_path"}


class ReaderPagesAPIViewSet(ReaderAPIMixin, PagesAPIViewSet):
    """Live, public pages of the request's site, never expired ones."""

    filter_backends = [ChildOfFilter, DescendantOfFilter, OrderingFilter]
    known_query_parameters = PAGE_PARAMETERS | {"type", "child_of", "descendant_of"}

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(expire_at__lte=timezone.now())

    def get_queryset(self):
        queryset = super().get_queryset()
        self.check_query_parameters(queryset)
        return queryset


class TypedPagesAPIViewSet(ReaderPagesAPIViewSet):
    """One page type's endpoint: its own fields, and `type` has no say."""

    known_query_parameters = PAGE_PARAMETERS
    filter_backends = [OrderingFilter]

    def get_queryset(self):
        self.check_query_parameters(None)
        base = self.get_base_queryset().values("pk")
        return self.model.objects.filter(pk__in=base).order_by("path")


class SectionsAPIViewSet(TypedPagesAPIViewSet):
    name = "sections"
    model = CategoryIndexPage


class AuthorsAPIViewSet(TypedPagesAPIViewSet):
    name = "authors"
    model = AuthorPage

    def get_queryset(self):
        return super().get_queryset().select_related("portrait").order_by("title")


class StandardPagesAPIViewSet(TypedPagesAPIViewSet):
    name = "standard-pages"
    model = StandardPage


class ArticlesAPIViewSet(TypedPagesAPIViewSet):
    """Published stories, newest first, with the reader site's filters."""

    name = "articles"
    model = ArticlePage
    known_query_parameters = PAGE_PARAMETERS | {
        "section",
        "author",
        "tag",
        "from",
        "to",
        "search",
    }
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, *ARTICLE_LISTING_FIELDS]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, *DETAIL_ONLY_FIELDS]
    filter_backends = [ArticleFilter, OrderingFilter]

    def get_queryset(self):
        self.check_query_parameters(None)
        base = self.get_base_queryset().values("pk")
        articles = ArticlePage.objects.filter(pk__in=base).published()
        return with_api_relations(articles.for_listing())


def with_api_relations(articles):
    """What the listing fields show beyond a teaser: tags, corrections (for the date of the
    last update), and the hero's renditions."""
    rendition_model = get_image_model().get_rendition_model()
    return articles.prefetch_related(
        "tags",
        "corrections",
        Prefetch("hero_image__renditions", queryset=rendition_model.objects.all()),
    )


class FrontPageAPIViewSet(ReaderAPIMixin, BaseAPIViewSet):
    """The front page as readers see it: the lead, the editors' picks, each section's latest.

    The stories are chosen by the front page itself (`HomePage.front_page_stories` and
    `section_blocks`), so the API and the page can never disagree.
    """

    name = "front-page"
    model = HomePage
    known_query_parameters = frozenset()

    def front_page_view(self, request):
        self.check_query_parameters(None)
        site = Site.find_for_request(request)
        home = site.root_page.specific if site else None
        if not isinstance(home, HomePage) or not home.live:
            raise Http404("not found")
        stories = home.front_page_stories()
        blocks = home.section_blocks(menu_pages(request), exclude=stories)
        everything = [*stories, *(article for _section, articles in blocks for article in articles)]
        prefetch_related_objects(everything, "tags", "corrections", "hero_image__renditions")
        articles = self.article_serializer(request)
        return Response(
            {
                "lead_story": articles(stories[:1])[0] if stories else None,
                "secondary_stories": articles(stories[1:]),
                "sections": [
                    {
                        "id": section.pk,
                        "title": section.title,
                        "html_url": section.get_full_url(),
                        "articles": articles(section_articles),
                    }
                    for section, section_articles in blocks
                ],
            }
        )

    def article_serializer(self, request):
        """Articles as the articles endpoint lists them, with the same fields."""
        endpoint = ArticlesAPIViewSet(
            request=request, action="listing_view", format_kwarg=None, kwargs={}
        )

        def serialize(articles):
            return endpoint.get_serializer(list(articles), many=True).data

        return serialize

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "front_page_view"}), name="listing")]


class ReaderImagesAPIViewSet(ReaderAPIMixin, ImagesAPIViewSet):
    """Images with their credit and renditions."""

    known_query_parameters = COMMON_PARAMETERS
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit", "renditions"]
    filter_backends = [OrderingFilter]

    @classmethod
    def get_body_fields(cls, model):
        return [
            *super().get_body_fields(model),
            APIField("credit"),
            APIField("renditions", ImageRenditionsField()),
        ]

    def get_queryset(self):
        self.check_query_parameters(None)
        rendition_model = get_image_model().get_rendition_model()
        return (
            get_image_model()
            .objects.prefetch_related(
                Prefetch("renditions", queryset=rendition_model.objects.all())
            )
            .order_by("id")
        )


class ReaderDocumentsAPIViewSet(ReaderAPIMixin, DocumentsAPIViewSet):
    """Documents, except those in collections restricted to some readers."""

    known_query_parameters = COMMON_PARAMETERS
    filter_backends = [OrderingFilter]

    def get_queryset(self):
        self.check_query_parameters(None)
        documents = get_document_model().objects.order_by("id")
        for restriction in CollectionViewRestriction.objects.select_related("collection"):
            documents = documents.exclude(collection__path__startswith=restriction.collection.path)
        return documents
