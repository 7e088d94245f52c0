"""The reader's side of consent: the cookie settings page and the endpoints consent.js uses.

Pages themselves never change with a reader's choice; everything per-reader happens here,
in responses that are never cached.
"""

from django.http import HttpResponse, HttpResponseForbidden, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import View

from consent.configuration import ANALYTICS, describe_version, get_configuration
from consent.forms import ConsentDecisionForm
from consent.models import AnalyticsSettings, ConsentChoice, ConsentPolicy, ConsentRecord
from consent.state import Decision, read_consent, sends_global_privacy_control

# Where a reader who saved without JavaScript lands on the page they came from: the banner
# shows its confirmation when this is the address's fragment (CSS :target), so the cached
# page needs no per-reader content.
SAVED_FRAGMENT = "consent-saved"
FETCH_HEADER = "X-Cookie-Consent-Fetch"  # sent by consent.js with every request it makes


def is_fetch(request):
    return request.headers.get(FETCH_HEADER) == "1"


# The banner's choices arrive here by GET when JavaScript is off; the page asks the reader
# to confirm with a POST form, because a cached page cannot carry a CSRF token.
REQUESTABLE_CHOICES = {ConsentChoice.ACCEPT_ALL, ConsentChoice.REJECT_ALL, "customise"}


def safe_next(request, url):
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if allowed else ""


def _label_for(policy, choice):
    """The button label a reader who chose without JavaScript is asked to press again."""
    if policy is None:
        return ""
    return {
        ConsentChoice.ACCEPT_ALL: policy.accept_all_label,
        ConsentChoice.REJECT_ALL: policy.reject_all_label,
    }.get(choice, "")


@never_cache
@require_GET
def cookie_settings(request):
    """Every cookie group explained, the reader's current choice, and forms to change it."""
    configuration = get_configuration()
    consent = read_consent(request, configuration)
    agreed = agreed_versions(consent.consent_id)
    shown_version = shown_past_version(request, agreed, configuration)
    requested_choice = request.GET.get("choice", "")
    if requested_choice not in REQUESTABLE_CHOICES:
        requested_choice = ""
    return TemplateResponse(
        request,
        "consent/cookie_settings.html",
        {
            "configuration": configuration,
            "consent": consent,
            "current_decisions": [
                (group.name, "allowed" if consent.accepts(group.varname) else "not allowed")
                for group in configuration.optional_groups
            ],
            "accepted_groups": consent.accepted_groups(),
            "requested_choice": requested_choice,
            "choice_to_confirm": _label_for(configuration.policy, requested_choice),
            "next_url": safe_next(request, request.GET.get("next", "")),
            "saved": "saved" in request.GET,
            "agreed": agreed,
            "shown_version": shown_version,
            "global_privacy_control": sends_global_privacy_control(request),
            "hide_consent_banner": True,
        },
    )


def agreed_versions(consent_id):
    """Every decision recorded under this consent ID, newest first, with its version."""
    if consent_id is None:
        return []
    return list(
        ConsentRecord.objects.filter(consent_id=consent_id)
        .select_related("policy")
        .only("created_at", "choice", "policy", "policy__version")
    )


def shown_past_version(request, agreed, configuration):
    """The version asked for by ?version=, if this reader's consent ID answered it."""
    requested = request.GET.get("version", "")
    if not requested.isdigit() or len(requested) > 9:
        return None
    if int(requested) not in {record.policy.version for record in agreed}:
        return None
    if configuration.policy and int(requested) == configuration.policy.version:
        return configuration
    policy = ConsentPolicy.objects.published().filter(version=int(requested)).first()
    return describe_version(policy) if policy else None


@method_decorator(never_cache, name="dispatch")
class ConsentDecisionView(View):
    """Record a reader's decision: one consent record, both cookies, a safe redirect.

    A reader's single decision may accept some groups and refuse others, and is proven as
    one record with its consent ID and version, so django-cookie-consent's accept and decline
    views (one set of groups per request, logged group by group) are not used.
    """

    http_method_names = ["post"]

    def refuse(self, status, message, errors=None):
        if is_fetch(self.request):
            return JsonResponse({"error": message, "fields": errors or {}}, status=status)
        return TemplateResponse(
            self.request,
            "consent/decision_error.html",
            {"message": message, "hide_consent_banner": True},
            status=status,
        )

    def success_url(self):
        """Back to the page the reader came from, at the banner's confirmation."""
        next_url = safe_next(self.request, self.request.POST.get("next", ""))
        if next_url:
            return f"{next_url.partition('#')[0]}#{SAVED_FRAGMENT}"
        return f"{reverse('consent:settings')}?saved=1"

    def post(self, request, *args, **kwargs):
        configuration = get_configuration()
        if configuration.policy is None:
            return self.refuse(409, "There is no published cookie notice to answer yet.")
        form = ConsentDecisionForm(request.POST, configuration=configuration)
        if not form.is_valid():
            return self.refuse(
                400,
                "We could not read your choice. Please choose again.",
                form.errors.get_json_data(),
            )
        decision = Decision.from_choice(
            request, configuration, form.cleaned_data["choice"], form.cleaned_data["groups"]
        )
        decision.save()
        if is_fetch(request):
            response = JsonResponse(decision.as_json())
        else:
            response = HttpResponseRedirect(self.success_url())
        decision.write_cookies(request, response)
        return response


@never_cache
@require_GET
def consent_status(request):
    """The reader's current choice and a CSRF token, which cached pages cannot carry."""
    consent = read_consent(request, get_configuration())
    return JsonResponse({"csrfToken": get_token(request), **consent.as_json()})


@never_cache
@require_GET
def analytics_snippet(request):
    """The analytics tag, for readers who accepted Analytics and nobody else."""
    if not read_consent(request, get_configuration()).accepts(ANALYTICS):
        return HttpResponseForbidden("Analytics has not been accepted.", content_type="text/plain")
    try:
        snippet = AnalyticsSettings.for_request(request).snippet
    except AnalyticsSettings.DoesNotExist:
        snippet = ""
    if not snippet.strip():
        return HttpResponse(status=204)
    # Plain text: consent.js inserts it; opened directly, it must not run as a page.
    return HttpResponse(snippet, content_type="text/plain; charset=utf-8")
