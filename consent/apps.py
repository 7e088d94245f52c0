from django.apps import AppConfig


class ConsentConfig(AppConfig):
    name = "consent"
    verbose_name = "Cookie consent"

    def ready(self):
        # Connects the receivers that drop the cached consent configuration on edits.
        from consent import configuration  # noqa: F401
