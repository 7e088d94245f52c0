from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from dateline.dateline import Dateline

# The dateline shows the time to the minute, so half a minute of caching is invisible to
# readers while letting a CDN answer the many pages that ask at once.
DATELINE_MAX_AGE = 30


@require_safe
@cache_control(public=True, max_age=DATELINE_MAX_AGE)
def dateline_fragment(request):
    """The dateline alone, fetched by pages that may have been served from a cache."""
    html = render_to_string(
        "includes/dateline_content.html", {"dateline": Dateline.for_request(request)}
    )
    return HttpResponse(html)
