from django.apps import AppConfig


class DatelineConfig(AppConfig):
    name = "dateline"
    verbose_name = "Masthead dateline"
