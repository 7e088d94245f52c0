from django.urls import path

from news import feeds

urlpatterns = [
    path("rss/", feeds.SiteFeed(), name="site_feed_rss"),
    path("atom/", feeds.SiteAtomFeed(), name="site_feed_atom"),
    path("sections/<slug:slug>/rss/", feeds.SectionFeed(), name="section_feed_rss"),
    path("sections/<slug:slug>/atom/", feeds.SectionAtomFeed(), name="section_feed_atom"),
    path("tags/<slug:slug>/rss/", feeds.TagFeed(), name="tag_feed_rss"),
    path("tags/<slug:slug>/atom/", feeds.TagAtomFeed(), name="tag_feed_atom"),
]
