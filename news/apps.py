from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    def ready(self):
        from news import signals  # noqa: F401  (keeps moved articles filed under their section)
