"""The Privacy menu: cookie groups, cookies, consent text, the consent log and its report.

Each screen needs its model's permissions, which only the Legal group (and administrators)
hold, so nobody else sees the menu at all.
"""

import re

from cookie_consent.models import CookieGroup
from django.contrib.admin import DateFieldListFilter, SimpleListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import quote
from django.db.models import Count
from django.urls import path, re_path, reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from consent.admin_views import (
    AcceptanceReportView,
    ConsentLogIndexView,
    ConsentPolicyCreateView,
    FilteredIndexView,
    PublishConsentPolicyView,
)
from consent.configuration import PROTECTED_GROUPS, get_configuration
from consent.forms import CookieDeclarationForm, CookieGroupForm
from consent.models import ACCEPTED, DECLINED, ConsentPolicy, ConsentRecord, CookieDeclaration


class CookieGroupPermissionHelper(PermissionHelper):
    def user_can_delete_obj(self, user, obj):
        return obj.varname not in PROTECTED_GROUPS and super().user_can_delete_obj(user, obj)


class CookieGroupAdmin(ModelAdmin):
    model = CookieGroup
    menu_label = "Cookie groups"
    menu_icon = "folder-inverse"
    index_view_class = FilteredIndexView
    permission_helper_class = CookieGroupPermissionHelper
    list_display = ("name", "code_name", "always_on", "cookie_count", "position")
    ordering = ("ordering", "name")
    search_fields = ("name", "description")
    edit_handler = ObjectList(
        [
            FieldPanel(
                "name",
                heading="Name",
                help_text="What readers see, e.g. “Embeds and social media”.",
            ),
            FieldPanel(
                "description",
                heading="What readers are told",
                help_text="What these cookies do for the reader or for us, in a sentence or two.",
            ),
            FieldPanel(
                "is_required",
                heading="Always on",
                help_text="Only for cookies the site cannot work without. Readers cannot refuse "
                "these, so the law allows very few.",
            ),
            FieldPanel(
                "is_deletable",
                heading="Delete on refusal",
                help_text="When a reader refuses this group, delete its cookies that we can.",
            ),
            FieldPanel(
                "ordering",
                heading="Position",
                help_text="Groups are listed from the lowest number to the highest.",
            ),
            FieldPanel(
                "varname",
                heading="Code name",
                help_text="Letters, digits, - and _ only. The site's code looks for necessary, "
                "analytics, embeds and marketing, so those cannot change.",
            ),
        ],
        base_form_class=CookieGroupForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(number_of_cookies=Count("cookie"))

    def code_name(self, group):
        return group.varname

    code_name.admin_order_field = "varname"

    def always_on(self, group):
        return "Yes" if group.is_required else "No"

    def cookie_count(self, group):
        return group.number_of_cookies

    cookie_count.short_description = "Cookies"
    cookie_count.admin_order_field = "number_of_cookies"

    def position(self, group):
        return group.ordering

    position.admin_order_field = "ordering"


# Django's relation filters need django.contrib.admin's site, which the project does not run;
# these two filters do the same from the cached configuration and the published versions.
class CookieGroupFilter(SimpleListFilter):
    title = "group"
    parameter_name = "group"

    def lookups(self, request, model_admin):
        return [(group.varname, group.name) for group in get_configuration().groups]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(cookiegroup__varname=self.value())


class PolicyVersionFilter(SimpleListFilter):
    title = "consent text"
    parameter_name = "version"

    def lookups(self, request, model_admin):
        versions = ConsentPolicy.objects.published().values_list("version", flat=True)
        return [(str(version), f"Version {version}") for version in versions]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if not re.fullmatch(r"[0-9]{1,9}", self.value()):
            raise IncorrectLookupParameters(f"Unknown version “{self.value()}”.")
        return queryset.filter(policy__version=int(self.value()))


class CookieDeclarationAdmin(ModelAdmin):
    model = CookieDeclaration
    menu_label = "Cookies"
    menu_icon = "tag"
    index_view_class = FilteredIndexView
    list_display = ("name", "cookiegroup", "duration", "third_parties")
    list_filter = (CookieGroupFilter,)
    list_select_related = ("cookiegroup",)
    search_fields = ("name", "description", "recipients")
    edit_handler = ObjectList(
        [
            FieldPanel(
                "cookiegroup",
                heading="Group",
                help_text="Readers allow or refuse this cookie with the rest of its group.",
            ),
            FieldPanel(
                "name",
                help_text="Exactly as the browser stores it. When the end of the name varies, "
                "end with *, e.g. _pk_id.*",
            ),
            FieldPanel(
                "description",
                heading="What it is for",
                help_text="One or two sentences a reader understands, e.g. “Remembers that "
                "you allowed embeds.”",
            ),
            FieldPanel("duration"),
            FieldPanel("recipients"),
            MultiFieldPanel(
                [
                    FieldPanel(
                        "domain",
                        help_text="Leave blank for cookies our own pages set. For a cookie "
                        "another site sets, its domain, e.g. .youtube.com.",
                    ),
                    FieldPanel("path", help_text="Almost always /."),
                ],
                heading="Where it is set",
                help_text="Used to delete the cookie when a reader refuses its group.",
            ),
        ],
        base_form_class=CookieDeclarationForm,
    )


class ConsentPolicyPermissionHelper(PermissionHelper):
    """Published text is evidence of what readers agreed to: nobody edits or deletes it."""

    def user_can_edit_obj(self, user, obj):
        return not obj.is_published and super().user_can_edit_obj(user, obj)

    def user_can_delete_obj(self, user, obj):
        return not obj.is_published and super().user_can_delete_obj(user, obj)

    def user_can_publish_obj(self, user, obj):
        return not obj.is_published and self.user_has_specific_permission(
            user, "publish_consentpolicy"
        )


class ConsentPolicyButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if self.permission_helper.user_can_publish_obj(self.request.user, obj):
            buttons.append(
                {
                    "url": self.url_helper.get_action_url("publish", quote(obj.pk)),
                    "label": "Compare and publish",
                    "classname": self.finalise_classname(classnames_add, classnames_exclude),
                    "title": f"Publish {obj} and ask every reader again",
                }
            )
        return buttons


class ConsentPolicyAdmin(ModelAdmin):
    model = ConsentPolicy
    menu_label = "Consent text"
    menu_icon = "doc-full"
    index_view_class = FilteredIndexView
    create_view_class = ConsentPolicyCreateView
    permission_helper_class = ConsentPolicyPermissionHelper
    button_helper_class = ConsentPolicyButtonHelper
    inspect_view_enabled = True
    inspect_view_fields = [
        "version",
        *ConsentPolicy.WORDING_FIELDS,
        "privacy_page_revision",
        "what_changed",
        "change_note",
        "published_at",
        "published_by",
    ]
    list_display = ("__str__", "heading", "status", "change_note")

    def status(self, policy):
        if not policy.is_published:
            return "Draft: readers do not see it until it is published"
        live = get_configuration().policy
        if live is not None and policy.pk == live.pk:
            return "Live"
        return "Replaced"

    def publish_view(self, request, instance_pk):
        return PublishConsentPolicyView.as_view(model_admin=self, instance_pk=instance_pk)(request)

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            re_path(
                self.url_helper.get_action_url_pattern("publish"),
                self.publish_view,
                name=self.url_helper.get_action_url_name("publish"),
            ),
        )


class DecisionFilter(SimpleListFilter):
    title = "group decision"
    parameter_name = "decision"

    def lookups(self, request, model_admin):
        return [
            (f"{group.varname}:{decision}", f"{group.name}: {decision}")
            for group in get_configuration().optional_groups
            for decision in (ACCEPTED, DECLINED)
        ]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        varname, _, decision = self.value().partition(":")
        if decision not in (ACCEPTED, DECLINED) or not varname:
            raise IncorrectLookupParameters(f"Unknown decision “{self.value()}”.")
        return queryset.with_decision(varname, decision)


class ConsentRecordPermissionHelper(PermissionHelper):
    """Records are evidence: they are read and exported, never written or changed by hand."""

    def user_can_list(self, user):
        return self.user_has_specific_permission(user, "view_consentrecord")

    def user_can_inspect_obj(self, user, obj):
        return self.user_can_list(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ConsentRecordAdmin(ModelAdmin):
    model = ConsentRecord
    menu_label = "Consent log"
    menu_icon = "clipboard-list"
    index_view_class = ConsentLogIndexView
    permission_helper_class = ConsentRecordPermissionHelper
    inspect_view_enabled = True
    history_view_enabled = False
    list_display = (
        "created_at",
        "consent_id",
        "policy_version",
        "choice",
        "decisions_summary",
        "privacy_signal",
    )
    list_filter = (
        ("created_at", DateFieldListFilter),
        DecisionFilter,
        "choice",
        PolicyVersionFilter,
        "global_privacy_control",
    )
    list_select_related = ("policy",)
    search_fields = ("consent_id",)
    list_per_page = 50
    list_export = (*list_display[:-1], "global_privacy_control")
    export_filename = "consent-log"

    def privacy_signal(self, entry):
        # Boolean columns would show django.contrib.admin's icons, which this site does not serve.
        return "Yes" if entry.global_privacy_control else "No"

    privacy_signal.short_description = "Global Privacy Control"


class AcceptanceReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("consent.view_consentrecord")


class PrivacyGroup(ModelAdminGroup):
    menu_label = "Privacy"
    menu_icon = "lock"
    menu_order = 800
    items = (CookieGroupAdmin, CookieDeclarationAdmin, ConsentPolicyAdmin, ConsentRecordAdmin)

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            AcceptanceReportMenuItem(
                "Acceptance report",
                reverse_lazy("consent_acceptance_report"),
                icon_name="table",
                order=len(self.items) + 1,
            ),
        ]


modeladmin_register(PrivacyGroup)


@hooks.register("register_admin_urls")
def register_acceptance_report_url():
    return [
        path(
            "consent/acceptance-report/",
            AcceptanceReportView.as_view(),
            name="consent_acceptance_report",
        )
    ]
