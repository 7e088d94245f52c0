from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from wire import views
from wire.models import WireSource


class WireSourceViewSet(SnippetViewSet):
    model = WireSource
    icon = "site"
    menu_label = "Sources"
    add_to_admin_menu = False
    list_display = ["name", "format", "delivery", "default_section", "photos_allowed", "active"]
    list_filter = ["format", "delivery", "active"]
    search_fields = ["name"]
    search_backend_name = None


register_snippet(WireSourceViewSet)


class DeskMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.DESK_PERMISSION)


class SourcesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wire.view_wiresource")


@hooks.register("register_admin_urls")
def register_wire_urls():
    return [
        path("wire/", views.QueueView.as_view(), name="wire_queue"),
        path("wire/upload/", views.UploadView.as_view(), name="wire_upload"),
        path("wire/paste/", views.PasteView.as_view(), name="wire_paste"),
        path("wire/rejected/", views.RejectionsView.as_view(), name="wire_rejections"),
        path("wire/<slug:source>/<int:pk>/", views.ItemView.as_view(), name="wire_item"),
    ]


@hooks.register("register_admin_menu_item")
def register_wire_menu():
    menu = Menu(
        items=[
            DeskMenuItem("Queue", reverse("wire_queue"), icon_name="list-ul", order=1),
            DeskMenuItem("Paste copy", reverse("wire_paste"), icon_name="clipboard-list", order=2),
            DeskMenuItem("Upload files", reverse("wire_upload"), icon_name="upload", order=3),
            DeskMenuItem("Rejected", reverse("wire_rejections"), icon_name="warning", order=4),
            SourcesMenuItem(
                "Sources",
                reverse("wagtailsnippets_wire_wiresource:list"),
                icon_name="site",
                order=5,
            ),
        ]
    )
    return SubmenuMenuItem("Wire", menu, icon_name="site", order=240)


@hooks.register("register_log_actions")
def register_wire_log_actions(actions):
    @actions.register_action("wire.draft")
    class DraftFromWire(LogFormatter):
        label = "Draft created from the wire"

        def format_message(self, log_entry):
            wire = log_entry.data.get("wire", {})
            return (
                f"Draft created from {wire.get('source')} item {wire.get('item')}, "
                f"version {wire.get('version')}"
            )

    @actions.register_action("wire.update")
    class UpdateFromWire(LogFormatter):
        label = "New version from the wire"

        def format_message(self, log_entry):
            wire = log_entry.data.get("wire", {})
            edits = wire.get("newsroom_edits") or []
            kept = (
                f"; the newsroom had edited the {', '.join(edits)}: compare with the revision "
                "before it to keep what you want"
                if edits
                else ""
            )
            return (
                f"New draft revision from version {wire.get('version')} of "
                f"{wire.get('source')} item {wire.get('item')}{kept}"
            )

    @actions.register_action("wire.kill")
    class KillFromWire(LogFormatter):
        label = "Killed by its wire source"

        def format_message(self, log_entry):
            wire = log_entry.data.get("wire", {})
            outcome = (
                "taken down, with a withdrawal note" if wire.get("taken_down") else "left as it was"
            )
            note = f" (“{wire['note']}”)" if wire.get("note") else ""
            return f"{wire.get('source')} killed item {wire.get('item')}{note}: {outcome}"
