"""The demo's standing pages, written for this project."""

ABOUT_PAGE = {
    "slug": "about",
    "title": "About Lord's Press",
    "introduction": (
        "Lord's Press is an independent journal of record for the city of Ardmere and the "
        "wider continent, published every day since its first edition as a printed sheet."
    ),
    "paragraphs": [
        "<p>We report what happened, say how we know, and correct ourselves in public when we "
        "get something wrong. Every correction stays attached to the story it amends.</p>",
        "<p>The paper is owned by a trust whose only duty is to keep it independent. Sponsors "
        "and advertisers have no say in what we report, and sponsored material is always "
        "labelled as such.</p>",
        "<p>Tips, complaints and corrections reach the newsroom at "
        '<a href="mailto:newsroom@lordspress.example">newsroom@lordspress.example</a>.</p>',
    ],
}

PRIVACY_PAGE = {
    "slug": "privacy-policy",
    "title": "Privacy policy",
    "introduction": (
        "What we collect when you read Lord's Press, why we collect it, and how you can "
        "change your mind at any time."
    ),
    "paragraphs": [
        "<p>Reading Lord's Press needs no account and sets no cookie beyond the ones that "
        "keep the site working and remember your privacy choices.</p>",
        "<p>Analytics, embedded videos and social posts load only if you agree to them. You "
        "can review or withdraw that agreement from the Cookie settings link at the foot of "
        "every page.</p>",
        "<p>If you subscribe to our newsletter we keep your email address, the wording you "
        "agreed to and when, and nothing else. You can export or erase that record whenever "
        "you like.</p>",
    ],
}
