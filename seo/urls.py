from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from seo import views

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("news-sitemap.xml", views.news_sitemap, name="news_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
