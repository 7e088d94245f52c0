"""The reader's search request: what they typed, how to narrow it, and which page."""

import unicodedata
from datetime import date, datetime, time, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator

from authors.models import AuthorPage
from news.models import CategoryIndexPage

MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 32
# Letters, digits and combining marks make up words; everything else (operators, quotes,
# brackets, punctuation, symbols, emoji) separates them, so no search syntax reaches
# the backend and every character a reader types is treated as text.
WORD_CATEGORIES = {"L", "N", "M"}
RELEVANCE, NEWEST = "relevance", "newest"
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Dates far outside the archive cannot be turned into a time of day in every time zone.
DATE_RANGE_VALIDATORS = [
    MinValueValidator(date(1000, 1, 1), "Choose a date after the year 1000."),
    MaxValueValidator(date(9999, 12, 30), "Choose a date before the year 9999."),
]


def sanitise_query(raw):
    """The reader's text, capped and without control characters, fit to show back to them."""
    text = unicodedata.normalize("NFC", str(raw)[: MAX_QUERY_LENGTH * 2])
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cs", "Zl", "Zp"} else char for char in text
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(text):
    """The words of a sanitised query, at most MAX_QUERY_TERMS of them."""
    words = "".join(
        char if unicodedata.category(char)[0] in WORD_CATEGORIES else " " for char in text
    )
    return words.split()[:MAX_QUERY_TERMS]


class SearchQueryField(forms.CharField):
    def to_python(self, value):
        # Sanitised before validation, so a NUL byte or a 20 KB paste is cleaned, not refused.
        return sanitise_query(super().to_python(value))


class LenientPageField(forms.CharField):
    def to_python(self, value):
        """Any page number; nonsense becomes the first page, the paginator clamps the rest."""
        value = super().to_python(value)
        return max(1, int(value)) if value.isascii() and value.isdigit() and len(value) < 19 else 1


def readable_pages(model):
    """(id, slug, title) of every live, public page of `model`, by title."""
    return list(model.objects.live().public().order_by("title").values_list("pk", "slug", "title"))


class ReadablePageChoiceField(forms.ChoiceField):
    """One of the live, public pages of a type, chosen by slug; cleans to the page's id.

    Only what readers can see may be chosen. The form reads the pages once
    (`load_pages`), for checking the choice and for showing the list alike.
    """

    def __init__(self, *, model, empty_label, **kwargs):
        self.model, self.empty_label, self.pages = model, empty_label, []
        super().__init__(choices=[("", empty_label)], required=False, **kwargs)

    def load_pages(self):
        self.pages = readable_pages(self.model)
        self.choices = [("", self.empty_label), *((slug, title) for _pk, slug, title in self.pages)]

    def clean(self, value):
        slug = super().clean(value)
        return next((pk for pk, page_slug, _title in self.pages if page_slug == slug), None)


class SearchForm(forms.Form):
    q = SearchQueryField(label="Search the archive", required=False)
    section = ReadablePageChoiceField(
        label="Section", model=CategoryIndexPage, empty_label="All sections"
    )
    author = ReadablePageChoiceField(label="Author", model=AuthorPage, empty_label="All authors")
    date_from = forms.DateField(
        label="From", required=False, widget=DATE_INPUT, validators=DATE_RANGE_VALIDATORS
    )
    date_to = forms.DateField(
        label="To", required=False, widget=DATE_INPUT, validators=DATE_RANGE_VALIDATORS
    )
    order = forms.ChoiceField(
        label="Order",
        choices=[(RELEVANCE, "Most relevant"), (NEWEST, "Newest first")],
        required=False,
    )
    page = LenientPageField(required=False, widget=forms.HiddenInput)

    # `from` is a Python keyword, so the date fields are published under these names.
    field_names_in_url = {"date_from": "from", "date_to": "to"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, ReadablePageChoiceField):
                field.load_pages()

    def add_prefix(self, field_name):
        return self.field_names_in_url.get(field_name, field_name)

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if date_from and date_to and date_from > date_to:
            raise ValidationError("The “from” date must come before the “to” date.")
        cleaned_data["order"] = cleaned_data.get("order") or RELEVANCE
        return cleaned_data

    @property
    def query_text(self):
        return self.cleaned_data.get("q", "") if hasattr(self, "cleaned_data") else ""

    @property
    def terms(self):
        return query_terms(self.query_text)

    def has_filters(self):
        return any(
            self.cleaned_data.get(name) for name in ("section", "author", "date_from", "date_to")
        )

    def narrow(self, items, time_zone, *, credited):
        """Narrow `items` (search entries or articles) by section, author and dates, whole
        days in `time_zone`; `credited(author_id)` is the Q of the stories bylined to one."""
        data = self.cleaned_data
        if data.get("section"):
            items = items.filter(section=data["section"])
        if data.get("author"):
            items = items.filter(credited(data["author"]))
        if data.get("date_from"):
            items = items.filter(publication_date__gte=start_of_day(data["date_from"], time_zone))
        if data.get("date_to"):
            next_day = data["date_to"] + timedelta(days=1)
            items = items.filter(publication_date__lt=start_of_day(next_day, time_zone))
        return items

    def writers_named(self, terms, limit):
        """Slugs of up to `limit` writers (of those the form offers) whose name contains
        every word in `terms`."""
        terms = [term.casefold() for term in terms]
        return [
            slug
            for _pk, slug, name in self.fields["author"].pages
            if all(term in name.casefold() for term in terms)
        ][:limit]


def start_of_day(day, time_zone):
    return datetime.combine(day, time.min, tzinfo=time_zone)
