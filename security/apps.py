from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "Security headers"

    def ready(self):
        from security import checks, signals  # noqa: F401 (registers the check and receivers)
