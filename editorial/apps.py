from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from editorial.notifications import send_moderation_emails_after_commit

        send_moderation_emails_after_commit()
