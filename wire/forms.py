from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from news.models import CategoryIndexPage
from wire.models import WireItem, WireSource


def active_sources():
    return WireSource.objects.filter(active=True)


class QueueFilterForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=200)
    source = forms.ModelChoiceField(
        queryset=WireSource.objects.all(), required=False, empty_label="All sources"
    )
    status = forms.ChoiceField(
        choices=[("", "Any status"), *WireItem.Status.choices], required=False
    )
    received_from = forms.DateField(
        label="Received from", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        label="to", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filter(self, items):
        if not self.is_valid():
            return items
        data = self.cleaned_data
        if data["q"]:
            items = items.filter(headline__icontains=data["q"]) | items.filter(
                guid__icontains=data["q"]
            )
        if data["source"]:
            items = items.filter(source=data["source"])
        if data["status"]:
            items = items.filter(status=data["status"])
        if data["received_from"]:
            items = items.filter(received_at__date__gte=data["received_from"])
        if data["received_to"]:
            items = items.filter(received_at__date__lte=data["received_to"])
        return items


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class CreateDraftForm(forms.Form):
    section = SectionChoiceField(queryset=CategoryIndexPage.objects.none(), empty_label=None)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["section"].queryset = CategoryIndexPage.objects.order_by("path")

    def clean_section(self):
        section = self.cleaned_data["section"]
        if not section.permissions_for_user(self.user).can_add_subpage():
            raise ValidationError("You may not file stories in that section.")
        return section


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as Django's documentation shows."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class UploadForm(forms.Form):
    source = forms.ModelChoiceField(queryset=WireSource.objects.none())
    files = MultipleFileField(
        help_text="One item or a batch: several files, or a file holding several items."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = active_sources()


class PasteForm(forms.Form):
    """Copy pasted from a page or a document. The paste box's script (wire-paste.js) puts
    the clipboard's HTML in `copy_html` when there is some; without it, `copy` is text."""

    source = forms.ModelChoiceField(queryset=WireSource.objects.none())
    copy = forms.CharField(
        label="Copy",
        widget=forms.Textarea(attrs={"rows": 18, "data-wire-paste": "text"}),
        help_text="The headline on the first line, then the story. Formatting copied from a "
        "web page is kept: headings, quotes, lists, links, photos and captions.",
    )
    copy_html = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-wire-paste": "html"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = active_sources()

    def clean(self):
        cleaned = super().clean()
        limit = settings.WIRE_MAX_FILE_BYTES
        for name in ("copy", "copy_html"):
            if len(cleaned.get(name, "").encode()) > limit:
                raise ValidationError(f"The pasted copy is larger than {limit:,} bytes.")
        return cleaned
