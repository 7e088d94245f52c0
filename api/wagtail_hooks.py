"""Partners' API keys in the admin (Settings > API keys), for those given the model's
permissions: administrators. Not a snippet, since every snippet shows on every page
(freshness) and a key shows on none.

A new key is shown once, in the message after it is made; only its hash is kept.
"""

from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic.models import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from api.models import ApiKey


class ApiKeyForm(WagtailAdminModelForm):
    def save(self, commit=True):
        if not self.instance.pk:
            self.instance.issued_key = self.instance.issue()
        return super().save(commit=commit)


class ApiKeyCreateView(CreateView):
    def get_success_message(self, instance):
        return format_html(
            "API key for “{}” created: <code>{}</code> Copy it now: it is not shown again.",
            instance.name,
            instance.issued_key,
        )


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    icon = "key"
    menu_label = "API keys"
    add_to_settings_menu = True
    list_display = ["name", "prefix", "requests_per_minute", "created_at", "revoked_at"]
    add_view_class = ApiKeyCreateView
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("requests_per_minute"), FieldPanel("revoked_at")],
        base_form_class=ApiKeyForm,
    )


@hooks.register("register_admin_viewset")
def register_api_key_viewset():
    return ApiKeyViewSet("api_keys")
