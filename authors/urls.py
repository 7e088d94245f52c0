from django.urls import path

from authors import feeds

urlpatterns = [
    path("<slug:slug>/rss/", feeds.AuthorFeed(), name="author_feed_rss"),
    path("<slug:slug>/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
]
