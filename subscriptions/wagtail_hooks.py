from django.urls import path, reverse
from wagtail import hooks
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from subscriptions import admin_views
from subscriptions.models import Newsletter, Subscriber
from subscriptions.newsletters import can_send, progress_label, with_progress


class SubscriberPermissionHelper(PermissionHelper):
    """Subscribers come only from readers' own consent: editors look, export and erase."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class SubscriberAdmin(ModelAdmin):
    model = Subscriber
    menu_label = "Subscribers"
    menu_icon = "group"
    permission_helper_class = SubscriberPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "status",
        "newsletter",
        "consent_text",
        "consented_at",
        "confirmation_sent_at",
        "confirmed_at",
        "source_page",
        "last_sign_in_at",
        "created_at",
    ]
    list_display = ("email", "status", "receives_newsletter", "created_at", "confirmed_at")
    list_filter = ("status", "newsletter", "created_at", "confirmed_at")
    search_fields = ("email",)
    list_export = (
        "email",
        "status",
        "newsletter",
        "consent_text",
        "consented_at",
        "confirmed_at",
        "source_page",
        "last_sign_in_at",
        "created_at",
    )
    export_filename = "subscribers"
    list_per_page = 50

    def receives_newsletter(self, subscriber):
        # A boolean field as a column would render django.contrib.admin's icons, which the
        # site does not install, so collectstatic never collects them.
        return "Yes" if subscriber.newsletter else "No"

    receives_newsletter.short_description = "Receives the newsletter"
    receives_newsletter.admin_order_field = "newsletter"


class NewsletterPermissionHelper(PermissionHelper):
    """A newsletter that has started going out is a record, no longer a draft."""

    def user_can_edit_obj(self, user, obj):
        return obj.status == Newsletter.Status.DRAFT and super().user_can_edit_obj(user, obj)

    def user_can_send(self, user):
        return self.user_has_specific_permission(user, "send_newsletter")


class NewsletterButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, *args, **kwargs):
        buttons = super().get_buttons_for_obj(obj, *args, **kwargs)
        if can_send(obj) and self.permission_helper.user_can_send(self.request.user):
            buttons.append(
                {
                    "url": reverse("subscriptions_send_newsletter", args=[obj.pk]),
                    "label": "Send newsletter",
                    "classname": "button button-small button-secondary",
                    "title": f"Send “{obj.subject}” to every confirmed subscriber",
                }
            )
        return buttons


class NewsletterAdmin(ModelAdmin):
    model = Newsletter
    menu_label = "Newsletters"
    menu_icon = "mail"
    permission_helper_class = NewsletterPermissionHelper
    button_helper_class = NewsletterButtonHelper
    list_display = ("subject", "status", "progress", "created_at", "sent_at")
    list_filter = ("status",)
    search_fields = ("subject",)

    def get_queryset(self, request):
        return with_progress(super().get_queryset(request))

    def progress(self, obj):
        return progress_label(obj)

    progress.short_description = "Progress"


class SubscriptionsAdminGroup(ModelAdminGroup):
    menu_label = "Subscriptions"
    menu_icon = "mail"
    menu_order = 250
    items = (SubscriberAdmin, NewsletterAdmin)


modeladmin_register(SubscriptionsAdminGroup)


@hooks.register("register_admin_urls")
def register_send_newsletter_url():
    return [
        path(
            "subscriptions/newsletter/send/<int:pk>/",
            admin_views.send_newsletter,
            name="subscriptions_send_newsletter",
        )
    ]
