from django.apps import AppConfig


class StaffSecurityConfig(AppConfig):
    name = "staff_security"
    verbose_name = "Staff security"

    def ready(self):
        from staff_security import signals  # noqa: F401
