"""Stories on the newsroom's desk for the editorial workflow demo, written for this project.

Like the rest of the demo, Ardmere and everyone named here are invented. The module holds
plain data only: two drafts waiting for an editor, one story scheduled for tomorrow
morning, one flagged for legal review, and the corrections appended to a published story.
"""

SUBMITTED_DRAFTS = [
    {
        "section": "politics",
        "slug": "city-hall-roof-repairs-run-over-budget",
        "headline": "City Hall roof repairs run €2.3m over budget as slate supplies dry up",
        "standfirst": "A shortage of matching Welsh slate and a winter of scaffolding hire have pushed the cost of re-roofing the council's headquarters well past the figure councillors approved.",
        "dateline": "ARDMERE",
        "authors": [("tomas-lind", "Reporting")],
        "tags": ["city council", "budget", "heritage"],
        "hero": {
            "subject": "Scaffolding wrapped around the clock tower of City Hall",
            "caption": "Scaffolding has surrounded the City Hall clock tower since February.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "body": [
            (
                "paragraph",
                "<p>The cost of replacing the roof of Ardmere City Hall has risen to €6.1m, €2.3m more than councillors approved two years ago, according to a report that will go before the finance committee next week.</p>",
            ),
            (
                "paragraph",
                "<p>Officials blame a shortage of the slate needed to match the building's listed roofline, which has left scaffolding standing around the clock tower for eight months longer than planned. Hire charges alone account for almost €700,000 of the overspend.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Nobody wanted a plastic roof on a building that has stood since 1868. But nobody told us the quarry had a waiting list.",
                    "attribution": "Greta Vos",
                    "role": "Vice-chair, finance committee",
                },
            ),
            (
                "paragraph",
                "<p>The report recommends drawing the extra money from the council's building reserve rather than delaying other repairs. Opposition councillors said they would ask why the supply problem was not flagged when the contract was signed.</p>",
            ),
        ],
    },
    {
        "section": "business",
        "slug": "credit-union-opens-first-branch-beyond-old-town",
        "headline": "Harbour credit union opens its first branch beyond the old town",
        "standfirst": "The member-owned lender, founded by dock workers in 1957, is moving into Northbank, where the last high-street bank closed its doors in the spring.",
        "dateline": "ARDMERE",
        "authors": [("marguerite-osei", "Reporting")],
        "tags": ["banking", "northbank", "high street"],
        "hero": {
            "subject": "A shopfront being fitted out on a Northbank parade",
            "caption": "Fitters at work on the new branch, in a former bakery on Tannery Row.",
            "credit": "Saoirse Dunleavy/Lord's Press",
        },
        "body": [
            (
                "paragraph",
                "<p>The Harbour Credit Union will open a branch on Tannery Row in Northbank next month, its first outside the old town in almost seven decades and the first place to pay in cash in the district since the spring.</p>",
            ),
            (
                "paragraph",
                "<p>The union has 14,000 members and lends mainly small sums for cars, boilers and school costs. Its chief executive, Farida Nkemelu, said Northbank residents had been travelling across the river to reach its only counter on Quay Lane.</p>",
            ),
            ("subheading", "A gap on the high street"),
            (
                "paragraph",
                "<p>Traders on the parade welcomed the move. Several said they had stopped accepting cash because depositing it meant a bus ride, and hoped that a counter nearby would bring back customers who prefer to pay with notes and coins.</p>",
            ),
        ],
    },
]

SCHEDULED_ARTICLE = {
    "section": "culture",
    "slug": "corn-exchange-announces-winter-season",
    "headline": "Corn Exchange announces a winter season of three premieres",
    "standfirst": "New plays by two Ardmere writers and a chamber opera about the 1953 harbour flood head a programme that also brings back the venue's pay-what-you-can Mondays.",
    "dateline": "ARDMERE",
    "authors": [("daniel-achterberg", "Reporting")],
    "tags": ["theatre", "opera", "corn exchange"],
    "hero": {
        "subject": "The lit facade of the Corn Exchange theatre on a winter evening",
        "caption": "The Corn Exchange, which reopened as a theatre in 1994.",
        "credit": "Saoirse Dunleavy/Lord's Press",
    },
    "body": [
        (
            "paragraph",
            "<p>The Corn Exchange will stage three world premieres between November and February, its artistic director announced this morning, in the most ambitious season since the building reopened as a theatre thirty years ago.</p>",
        ),
        (
            "paragraph",
            "<p>The season opens with <i>Low Water</i>, a chamber opera about the night in 1953 when the harbour wall failed, written by the composer Anneli Varga with a libretto drawn from survivors' letters held in the city archive.</p>",
        ),
        (
            "pull_quote",
            {
                "quote": "Every family in the old town has a story about that night. We wanted to hear them sung.",
                "attribution": "Oskar Brandt",
                "role": "Artistic director, Corn Exchange",
            },
        ),
        (
            "paragraph",
            "<p>Pay-what-you-can Mondays return after a two-year break, funded by a bequest from a former usher. Tickets for the opening fortnight go on sale to members next week.</p>",
        ),
    ],
}

LEGAL_REVIEW_ARTICLE = {
    "section": "politics",
    "slug": "housing-association-contracts-awarded-to-chairmans-relative",
    "headline": "Housing association gave repair contracts worth €1.4m to firm run by chairman's brother-in-law",
    "standfirst": "Documents seen by Lord's Press show that Vell Homes awarded eleven contracts without tender to a company whose director is related to its chairman, who says he declared the link and took no part in the decisions.",
    "dateline": "ARDMERE",
    "authors": [("nadia-kowalczyk", "Reporting"), ("tomas-lind", "Additional reporting")],
    "tags": ["housing", "investigation", "vell homes"],
    "hero": {
        "subject": "Terraced social housing on a wet street in Ferrygate",
        "caption": "Vell Homes manages 3,200 homes, most of them in Ferrygate and Northbank.",
        "credit": "Saoirse Dunleavy/Lord's Press",
    },
    "body": [
        (
            "paragraph",
            "<p>Vell Homes, the housing association that manages 3,200 homes in the east of the city, awarded eleven repair contracts worth a combined €1.4m over three years to a building firm run by the brother-in-law of its chairman, Leopold Marsh, according to board papers and invoices seen by Lord's Press.</p>",
        ),
        (
            "paragraph",
            "<p>None of the contracts was put out to tender. The association's own rules require competitive quotes for any job worth more than €50,000; seven of the eleven exceeded that figure.</p>",
        ),
        (
            "paragraph",
            "<p>In a statement, Mr Marsh said he had declared the family connection to the board in writing in 2021 and had left the room whenever the firm's work was discussed. He said the contracts had been awarded quickly because the repairs were urgent, and that residents had been well served.</p>",
        ),
        (
            "pull_quote",
            {
                "quote": "We waited fourteen months for a damp survey. I would like to know which repairs counted as urgent.",
                "attribution": "Rosa Delahunt",
                "role": "Chair, Ferrygate Tenants' Association",
            },
        ),
        (
            "paragraph",
            "<p>The regulator for social landlords said it could not comment on individual associations but would consider any evidence passed to it.</p>",
        ),
    ],
}

# Notes appended to a published story, in hours after it first went out.
CORRECTED_ARTICLE = {
    "slug": "tram-drivers-announce-48-hour-strike",
    "corrections": [
        (
            3,
            "correction",
            "<p>An earlier version of this article gave the turnout in the strike ballot as 77 per cent. It was 71 per cent.</p>",
        ),
        (
            20,
            "update",
            "<p>The transit authority has published the timetable for its limited service on lines 1 and 4, with a tram every twenty minutes between 7am and 7pm.</p>",
        ),
    ],
}

CORRECTIONS_PAGE = {
    "slug": "corrections",
    "title": "Corrections and updates",
    "intro": '<p>When we get something wrong we say so, on the story itself and here. Published notes stay on the story; tell us about an error at <a href="mailto:corrections@lordspress.example">corrections@lordspress.example</a>.</p>',
}
