import re

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from consent.configuration import NECESSARY, PROTECTED_GROUPS
from consent.models import ConsentChoice

COOKIE_NAME_OR_PREFIX = re.compile(r"[!#$%&'+\-.^_`|~0-9A-Za-z]+\*?")


class ConsentDecisionForm(forms.Form):
    """A reader's answer: one of the three choices, and the groups ticked for a custom one."""

    choice = forms.ChoiceField(choices=ConsentChoice.choices)
    groups = forms.MultipleChoiceField(required=False)

    def __init__(self, *args, configuration, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["groups"].choices = [
            (group.varname, group.name) for group in configuration.optional_groups
        ]


class CookieGroupForm(WagtailAdminModelForm):
    """Keeps the groups the site's code relies on recognisable and correctly optional."""

    def clean(self):
        cleaned_data = super().clean()
        original = self.instance.varname if self.instance.pk else None
        if original in PROTECTED_GROUPS:
            if cleaned_data.get("varname") != original:
                self.add_error(
                    "varname", f"The site relies on the code name “{original}”: keep it."
                )
            if cleaned_data.get("is_required") != (original == NECESSARY):
                self.add_error(
                    "is_required",
                    "Only the Necessary group is always on; readers must be free to refuse "
                    "the others.",
                )
        return cleaned_data


class CookieDeclarationForm(WagtailAdminModelForm):
    def clean_name(self):
        name = self.cleaned_data["name"]
        if not COOKIE_NAME_OR_PREFIX.fullmatch(name):
            raise forms.ValidationError(
                "Use the cookie's exact name: letters, digits and - _ . ! # $ % & ' + ^ ` | ~ "
                "only, optionally ending in * when the rest of the name varies."
            )
        return name
