"""The wire desk's demo: an agency with a dozen items waiting in the queue, written for this
project like the rest of the demo (the agency and everyone named are invented).

One item has been used for a draft and has since been updated, one is under embargo and
one has been killed by the agency. Safe to load repeatedly: items are told apart by their
identifiers and versions, and a draft is made once per item.
"""

import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.images import get_image_model

from news.models import ArticlePage
from wire import drafts, ingest
from wire.models import WireSource

SOURCE = {
    "name": "Vell Valley News Agency",
    "slug": "vvna",
    "format": WireSource.Format.NINJS,
    "delivery": WireSource.Delivery.UPLOAD,
    "attribution_name": "Vell Valley News Agency",
    "attribution_url": "https://vvna.example/",
    "usage_terms": "Members may republish in print and online within 30 days, with credit.",
    "photos_allowed": False,
}

# (identifier, headline, summary, urgency, keywords, paragraphs)
ITEMS = [
    (
        "library-sundays",
        "Central library to open on Sundays from January",
        "Staff have agreed to new hours after a petition signed by 3,000 readers.",
        5,
        ["libraries"],
        [
            "KELLSBRIDGE (VVNA) — The central library will open from noon to five on Sundays from January.",
            "Staff agreed the new hours after a petition signed by 3,000 readers.",
            "Ana Ruiz contributed to this report.",
        ],
    ),
    (
        "market-hall-roof",
        "Market hall reopens after roof repairs",
        "Traders return after eight weeks in a car park.",
        5,
        ["markets"],
        [
            "ARDMERE (VVNA) — The market hall reopened on Tuesday after its roof was repaired.",
            "Traders had spent eight weeks under awnings in the station car park.",
        ],
    ),
    (
        "river-levels",
        "Vell expected to peak overnight",
        "The Environment Office has issued flood alerts for three villages.",
        2,
        ["weather", "flooding"],
        [
            "KELLSBRIDGE (VVNA) — The river Vell is expected to peak at 4.1 metres overnight.",
            "Flood alerts are in force for Milbrook, Stanning and Lower Vell.",
        ],
    ),
    (
        "school-meals",
        "County extends free school meals to all primary pupils",
        "The scheme starts after the spring half-term.",
        4,
        ["schools", "county council"],
        [
            "The county will pay for a hot lunch for every primary pupil from February, its cabinet decided.",
            "The scheme will cost €4.2m a year.",
        ],
    ),
    (
        "cycle-lane",
        "Quay Road cycle lane approved",
        "Councillors backed the lane by nine votes to four.",
        5,
        ["transport", "cycling"],
        [
            "ARDMERE (VVNA) — A protected cycle lane will run the length of Quay Road by the summer.",
            "Shopkeepers had asked for loading bays, which the plan keeps.",
        ],
    ),
    (
        "choir-award",
        "Kellsbridge choir wins national prize",
        "The 40-voice choir beat 60 others.",
        6,
        ["music"],
        [
            "The Kellsbridge Community Choir won the national amateur prize on Saturday.",
            "Its conductor has led it for 31 years.",
        ],
    ),
    (
        "bus-depot",
        "Bus depot to move to former gasworks",
        "The move frees the town-centre site for housing.",
        5,
        ["transport", "housing"],
        [
            "The county bus depot will move to the former gasworks site by 2028.",
            "About 200 homes are planned where the depot stands now.",
        ],
    ),
    (
        "hospital-parking",
        "Hospital parking charges to be scrapped for night staff",
        "Unions had campaigned for two years.",
        4,
        ["health"],
        ["Night staff at Ardmere General will park free from next month, the hospital trust said."],
    ),
    (
        "harbour-dredging-contract",
        "Dredging contract awarded to Dutch firm",
        "Work on the harbour channel starts in March.",
        4,
        ["harbour", "business"],
        [
            "The harbour board has awarded the dredging contract to a firm from Vlissingen.",
            "The channel will be deepened by a metre and a half.",
        ],
    ),
]
UPDATED = {
    "uri": "urn:vvna:demo:pilots-strike",
    "headline": "Harbour pilots walk out over night-shift rota",
    "summary": "Ships queued off Ardmere for six hours as pilots refused the new rota.",
    "body_html": (
        "<p>ARDMERE (VVNA) — Harbour pilots walked out at midnight, leaving eleven ships "
        "waiting in the bay.</p><h2>A rota nobody signed</h2><p>The pilots' union said the "
        "rota was imposed without a vote.</p><blockquote><p>We will guide ships in when the "
        "rota is withdrawn, not before.</p><footer>Mara Lind, union secretary</footer>"
        "</blockquote><p>Tomas Berg contributed to this report.</p>"
    ),
}
UPDATE = {
    "headline": "Harbour pilots end walkout after rota is withdrawn",
    "summary": "Ships began moving into Ardmere at dawn after the harbour board backed down.",
    "extra_html": (
        "<h2>Back to work</h2><p>The harbour board withdrew the rota at 6 a.m. and the first "
        "ship berthed an hour later.</p>"
    ),
}
EMBARGOED = (
    "budget-fares",
    "County budget freezes bus fares for two years",
    "Fares stay at this year's prices until 2028.",
    ["The county's budget, published on Thursday morning, freezes bus fares for two years."],
)
KILLED = ("ferry-fares", "Ferry fares to rise by a fifth")
# Fixed, so that loading the demo again brings no item a newer version.
VERSION_TIMES = {1: "2026-12-01T08:00:00+00:00", 2: "2026-12-01T10:30:00+00:00"}


def ninjs(uri, headline, summary, *, version=1, urgency=5, keywords=(), body_html="", **extra):
    return {
        "uri": uri,
        "type": "text",
        "version": str(version),
        "versioncreated": VERSION_TIMES[version],
        "pubstatus": "usable",
        "urgency": urgency,
        "headline": headline,
        "description_text": summary,
        "byline": "VVNA staff",
        "keywords": list(keywords),
        "copyrightnotice": "© 2026 Vell Valley News Agency",
        "body_html": body_html,
        **extra,
    }


def paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def load_wire_demo(section):
    """The agency and its queue; the updated item's draft is filed in `section`."""
    source, _ = WireSource.objects.get_or_create(
        slug=SOURCE["slug"], defaults={**SOURCE, "default_section": section}
    )
    items = [
        ninjs(f"urn:vvna:demo:{guid}", headline, summary, urgency=urgency, keywords=words,
              body_html=paragraphs(texts))
        for guid, headline, summary, urgency, words, texts in ITEMS
    ]  # fmt: skip
    guid, headline, summary, texts = EMBARGOED
    embargo = (timezone.now() + timedelta(days=2)).replace(hour=7, minute=0, second=0)
    items.append(
        ninjs(f"urn:vvna:demo:{guid}", headline, summary, urgency=3, body_html=paragraphs(texts),
              embargoed=embargo.isoformat())
    )  # fmt: skip
    guid, headline = KILLED
    items.append(ninjs(f"urn:vvna:demo:{guid}", headline, "", version=2, pubstatus="withdrawn",
                       ednote="Kill: the fares have not been decided."))  # fmt: skip
    original = ninjs(UPDATED["uri"], UPDATED["headline"], UPDATED["summary"], urgency=3,
                     keywords=["harbour", "strike"], body_html=UPDATED["body_html"])  # fmt: skip
    items.append(original)
    ingest.receive(source, json.dumps(items).encode(), "demo batch")
    use_and_update(source, section, original)
    return source


def use_and_update(source, section, original):
    """The editor has made a draft of the strike story, chosen a photo for it, and the
    agency has since sent a newer version."""
    editor = get_user_model().objects.get(username="editor")
    item = source.items.get(guid=UPDATED["uri"])
    draft = drafts.create_draft(item.pk, editor, section)
    if draft.created:
        photo = {
            "hero_image": get_image_model().objects.exclude(credit="").first(),
            "hero_caption": "Container ships at anchor off Ardmere.",
        }
        article = draft.article.get_latest_revision_as_object()
        for name, value in photo.items():
            setattr(article, name, value)
        article.save_revision(user=editor)
        # A draft's own row keeps what it was created with; the demo's listings of every
        # article expect a photo there too.
        ArticlePage.objects.filter(pk=article.pk).update(**photo)
    update = {
        **original,
        "version": "2",
        "versioncreated": VERSION_TIMES[2],
        "headline": UPDATE["headline"],
        "description_text": UPDATE["summary"],
        "body_html": UPDATED["body_html"].replace(
            "<p>Tomas Berg", UPDATE["extra_html"] + "<p>Tomas Berg"
        ),
    }
    ingest.receive(source, json.dumps(update).encode(), "demo update")
