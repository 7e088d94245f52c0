from django.apps import AppConfig


class FreshnessConfig(AppConfig):
    name = "freshness"
    verbose_name = "Freshness"

    def ready(self):
        from freshness import receivers  # noqa: F401  (connects what renews readers' caches)
