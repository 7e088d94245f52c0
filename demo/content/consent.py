"""The demo's cookie declarations and analytics tag, written for this project."""

ANALYTICS_COOKIES = [
    {
        "name": "lp_demo_pageviews",
        "description": (
            "Counts the pages you have opened on this demo site. It stays in your browser: "
            "the demo's analytics tag sends it nowhere."
        ),
        "duration": "30 days",
        "recipients": "",
        "domain": "",
    },
]

EMBED_COOKIES = [
    {
        "name": "VISITOR_INFO1_LIVE",
        "description": (
            "Set by YouTube when one of its videos plays here, to judge your connection speed "
            "and remember how you like the player."
        ),
        "duration": "6 months",
        "recipients": "YouTube (Google)",
        "domain": ".youtube.com",
    },
    {
        "name": "YSC",
        "description": "Set by YouTube to tell viewers apart and count how often a video is watched.",
        "duration": "Until you close your browser",
        "recipients": "YouTube (Google)",
        "domain": ".youtube.com",
    },
]

# A stand-in for a Matomo or Plausible tag that keeps its count in the reader's own browser.
ANALYTICS_SNIPPET = """<script data-demo-analytics>
(function () {
    var match = document.cookie.match(/(?:^|; )lp_demo_pageviews=([0-9]+)/);
    var views = match ? Number(match[1]) + 1 : 1;
    document.cookie = "lp_demo_pageviews=" + views + "; path=/; max-age=2592000; SameSite=Lax";
    window.lordsPressDemoAnalytics = { pageViews: views };
})();
</script>"""

CONSENT_TEXT_CHANGE_NOTE = "Links the banner to the privacy policy."
