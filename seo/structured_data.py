"""Schema.org JSON-LD for search engines, built as Python dicts and serialised safely."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from authors.models import AuthorPage
from news.models import ArticlePage, CategoryIndexPage

SCHEMA = "https://schema.org"
LOGO_RENDITION = "max-600x60|format-png"
ARTICLE_IMAGE_RENDITIONS = ["fill-1200x675|format-jpeg", "fill-1200x1200|format-jpeg"]
HEADLINE_LENGTH = 110
# Characters that could end the <script> element or open an HTML comment in it.
SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def to_script_json(data):
    """JSON safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def image_object(image, spec, request):
    rendition = image.get_rendition(spec)
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def organization(site_settings, request):
    data = {
        "@type": "NewsMediaOrganization",
        "name": site_settings.publication_name,
        "url": request.build_absolute_uri("/"),
    }
    if site_settings.logo:
        data["logo"] = image_object(site_settings.logo, LOGO_RENDITION, request)
    same_as = [link.value["url"] for link in site_settings.follow_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def website(site_settings, request):
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "name": site_settings.publication_name,
        "url": request.build_absolute_uri("/"),
        "publisher": organization(site_settings, request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": request.build_absolute_uri(reverse("search")) + "?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }


def person(author, request, site_settings=None):
    data = {
        "@type": "Person",
        "name": author.title,
        "url": author.get_full_url(request),
    }
    if author.job_title:
        data["jobTitle"] = author.job_title
    if site_settings is not None:
        data["@context"] = SCHEMA
        data["worksFor"] = organization(site_settings, request)
        if author.portrait:
            data["image"] = image_object(author.portrait, "fill-400x400|format-jpeg", request)
        same_as = [link.value["url"] for link in author.social_links]
        if same_as:
            data["sameAs"] = same_as
    return data


def news_article(article, request, site_settings):
    """The story as Google News reads it, with its corrections on the record."""
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.canonical_url(request)},
        "url": article.get_full_url(request),
        "headline": article.title[:HEADLINE_LENGTH],
        "description": article.summary(),
        "datePublished": article.display_date(),
        "dateModified": article.last_published_at or article.display_date(),
        "author": [person(credit.author, request) for credit in article.author_links.all()],
        "publisher": organization(site_settings, request),
        "articleSection": article.section.title,
        "wordCount": article.word_count(),
        **article.access_structured_data(),
    }
    if article.hero_image:
        data["image"] = [
            image_object(article.hero_image, spec, request)["url"]
            for spec in ARTICLE_IMAGE_RENDITIONS
        ]
    keywords = [tag.name for tag in article.tags.all()]
    if keywords:
        data["keywords"] = keywords
    if article.dateline:
        data["dateline"] = article.dateline
    if article.sponsor:
        data["sponsor"] = {"@type": "Organization", "name": article.sponsor.name}
    data.update(wire_provenance(article))
    # Withdrawn notes stay on the story, marked as such, but no longer correct it.
    corrections = article.standing_corrections()
    if corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": strip_tags(correction.text),
                "datePublished": correction.date,
                **({"dateModified": correction.amended_at} if correction.amended_at else {}),
            }
            for correction in corrections
        ]
    return data


def wire_provenance(article):
    """The agency or partner item a story was built from on the wire desk, if any."""
    # The desk credits every story it builds to its source, so stories that credit no one
    # cannot have come from it and need no query.
    if not article.syndication_source_name:
        return {}
    records = article.wire_records()
    if not records:
        return {}
    organisations = []
    based_on = []
    for record in records:
        organisation = {"@type": "Organization", "name": record.source_name}
        if record.source_url:
            organisation["url"] = record.source_url
        organisations.append(organisation)
        work = {
            "@type": "CreativeWork",
            "identifier": record.item_id,
            "version": str(record.version),
            "publisher": organisation,
        }
        if record.version_at:
            work["dateModified"] = record.version_at
        if record.copyright:
            work["copyrightNotice"] = record.copyright
        if article.syndication_source_url:
            work["url"] = article.syndication_source_url
        based_on.append(work)
    return {
        "isBasedOn": based_on[0] if len(based_on) == 1 else based_on,
        "sourceOrganization": organisations[0],
    }


def collection_page(section, request):
    return {
        "@context": SCHEMA,
        "@type": "CollectionPage",
        "name": section.title,
        "url": section.get_full_url(request),
        "description": strip_tags(section.intro),
    }


def breadcrumb_list(page, request):
    trail = [*page.get_breadcrumbs(request), page]
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": "Home" if crumb.depth == 2 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def structured_data_for(page, request, site_settings):
    """Every JSON-LD document a page carries: its own type, then its breadcrumb trail."""
    documents = []
    if isinstance(page, ArticlePage):
        documents.append(news_article(page, request, site_settings))
    elif isinstance(page, AuthorPage):
        documents.append(person(page, request, site_settings))
    elif isinstance(page, CategoryIndexPage):
        documents.append(collection_page(page, request))
    elif page.depth == 2:
        documents.append(website(site_settings, request))
    documents.append(breadcrumb_list(page, request))
    return documents
