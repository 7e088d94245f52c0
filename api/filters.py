"""The reader site's filters for the articles endpoint: section, author, tag, dates, search.

Input is checked by a form, as the search page checks its own (search.forms), so that a bad
value is a 400 that says what was wrong; search runs on reader search's own index and, like
an anonymous reader's search, only through what anyone may read (fulltext.PUBLIC).
"""

import zoneinfo
from datetime import timedelta

from django import forms
from django.conf import settings
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Site

from core.models import SiteSettings
from search import fulltext
from search.forms import DATE_RANGE_VALIDATORS, query_terms, sanitise_query, start_of_day
from search.models import SearchEntry
from search.views import MATCH_WINDOW, PUBLIC_SEARCH_FIELDS

# Ids are database integers; a larger number is a bad request, not a database error.
LARGEST_ID = 2**31 - 1


class ArticleFilterForm(forms.Form):
    section = forms.IntegerField(required=False, min_value=1, max_value=LARGEST_ID)
    author = forms.IntegerField(required=False, min_value=1, max_value=LARGEST_ID)
    tag = forms.SlugField(required=False, max_length=100, allow_unicode=True)
    date_from = forms.DateField(required=False, validators=DATE_RANGE_VALIDATORS)
    date_to = forms.DateField(required=False, validators=DATE_RANGE_VALIDATORS)
    search = forms.CharField(required=False, max_length=400, strip=True)

    field_names_in_url = {"date_from": "from", "date_to": "to"}

    def add_prefix(self, field_name):
        return self.field_names_in_url.get(field_name, field_name)

    def clean_search(self):
        raw = self.cleaned_data["search"]
        terms = query_terms(sanitise_query(raw))
        if raw and not terms:
            raise forms.ValidationError("Search for at least one word.")
        return terms

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if date_from and date_to and date_from > date_to:
            raise forms.ValidationError("“from” must not be after “to”.")
        return cleaned_data

    def error_message(self):
        return " ".join(
            f"{self.add_prefix(name) if name != '__all__' else 'filters'}: {' '.join(errors)}"
            for name, errors in self.errors.items()
        )


class ArticleFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        form = ArticleFilterForm(request.GET)
        if not form.is_valid():
            raise BadRequestError(form.error_message())
        data = form.cleaned_data
        if data["section"]:
            queryset = queryset.filter(section=data["section"])
        if data["author"]:
            queryset = queryset.filter(author_links__author=data["author"])
        if data["tag"]:
            queryset = queryset.filter(tags__slug=data["tag"])
        if data["date_from"] or data["date_to"]:
            site = Site.find_for_request(request)
            time_zone = zoneinfo.ZoneInfo(SiteSettings.for_site(site).time_zone)
            if data["date_from"]:
                start = start_of_day(data["date_from"], time_zone)
                queryset = queryset.filter(publication_date__gte=start)
            if data["date_to"]:
                end = start_of_day(data["date_to"] + timedelta(days=1), time_zone)
                queryset = queryset.filter(publication_date__lt=end)
        if data["search"]:
            queryset = queryset.filter(pk__in=matching_ids(data["search"], queryset))
        return queryset


def matching_ids(terms, articles):
    """Ids of the newest MATCH_WINDOW stories holding every term in what anyone may read,
    from the index reader search uses (its own, or the cluster READER_SEARCH_BACKEND names)."""
    if settings.READER_SEARCH_BACKEND:
        results = articles.order_by("-publication_date", "-id").search(
            " ".join(terms),
            backend=settings.READER_SEARCH_BACKEND,
            fields=PUBLIC_SEARCH_FIELDS,
            operator="and",
            order_by_relevance=False,
        )
        return [article.pk for article in results[:MATCH_WINDOW]]
    matches = fulltext.matches(SearchEntry.objects.visible(), terms, fulltext.PUBLIC)
    return [
        page_id for page_id, _score in matches.order_by("-publication_date", "-page")[:MATCH_WINDOW]
    ]
