"""Autodiscovery links, so feed readers find a page's feeds from its address alone."""

from django.urls import reverse

FEED_FORMATS = [("RSS", "application/rss+xml", "rss"), ("Atom", "application/atom+xml", "atom")]


def alternate_feed_links(title, url_name, **kwargs):
    """One <link rel="alternate"> description per feed format of the named feed."""
    return [
        {
            "title": f"{title} ({label})",
            "type": mime_type,
            "href": reverse(f"{url_name}_{suffix}", kwargs=kwargs),
        }
        for label, mime_type, suffix in FEED_FORMATS
    ]
