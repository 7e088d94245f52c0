from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sponsors.models import Sponsor


class SponsorViewSet(SnippetViewSet):
    model = Sponsor
    icon = "pick"
    menu_label = "Sponsors"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "tier", "active_from", "active_until", "sort_order"]
    list_filter = ["tier"]
    search_fields = ["name"]
    search_backend_name = None


register_snippet(SponsorViewSet)
