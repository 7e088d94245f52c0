"""The demo's cookie declarations, analytics tag and consent text. Safe to run repeatedly.

The cookie groups themselves, the site's own cookies and the first consent text come from
the consent app's data migration; this adds what a real site would add for its providers.
"""

from cookie_consent.models import CookieGroup

from consent.configuration import ANALYTICS, EMBEDS
from consent.models import AnalyticsSettings, ConsentPolicy, CookieDeclaration
from core.models import SiteSettings
from demo.content.consent import (
    ANALYTICS_COOKIES,
    ANALYTICS_SNIPPET,
    CONSENT_TEXT_CHANGE_NOTE,
    EMBED_COOKIES,
)


def load_consent_demo(site):
    for varname, cookies in ((ANALYTICS, ANALYTICS_COOKIES), (EMBEDS, EMBED_COOKIES)):
        group = CookieGroup.objects.get(varname=varname)
        for spec in cookies:
            CookieDeclaration.objects.get_or_create(
                cookiegroup=group, name=spec["name"], domain=spec["domain"], defaults=spec
            )

    analytics = AnalyticsSettings.for_site(site)
    if not analytics.snippet:
        analytics.snippet = ANALYTICS_SNIPPET
        analytics.save()

    privacy_page = SiteSettings.for_site(site).privacy_page
    current = ConsentPolicy.objects.current()
    if privacy_page and current and current.privacy_page_id is None:
        draft = current.new_draft(privacy_page=privacy_page, change_note=CONSENT_TEXT_CHANGE_NOTE)
        draft.save()
        draft.publish()
