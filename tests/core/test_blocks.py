"""What each body block puts on the page, rendered through its own template."""

import pytest
from bs4 import BeautifulSoup
from pytest_django.asserts import assertHTMLEqual
from wagtail.embeds.models import Embed

from core.blocks import SocialLinkBlock
from news.blocks import BodyBlock
from tests.factories import ArticlePageFactory, EmbedFactory, ImageFactory

VIDEO_URL = "https://www.youtube.com/watch?v=harbour-vote"

pytestmark = pytest.mark.django_db


def render(block_type, raw_value):
    """Render one body block from its stored (JSON) form, as the page would."""
    block = BodyBlock().child_blocks[block_type]
    return BeautifulSoup(block.render(block.to_python(raw_value)), "html.parser")


def test_paragraph_keeps_inline_formatting_and_expands_page_links(section, author):
    article = ArticlePageFactory(parent=section, authors=[author], slug="harbour-vote")

    soup = render(
        "paragraph",
        f'<p>The <b>council</b> <i>finally</i> <a linktype="page" id="{article.pk}">voted</a>.</p>',
    )

    paragraph = soup.select_one("div.rich-text > p")
    assert paragraph.b.text == "council"
    assert paragraph.i.text == "finally"
    assert paragraph.a["href"] == "/politics/harbour-vote/"
    assert paragraph.text == "The council finally voted."


def test_subheading_is_an_escaped_h2():
    soup = render("subheading", "Who pays <for> the wall?")

    heading = soup.select_one("h2.subheading")
    assert heading.text == "Who pays <for> the wall?"
    assert not soup.find("for")


def test_pull_quote_is_a_figure_with_cited_attribution_and_role():
    soup = render(
        "pull_quote",
        {"quote": "Every line of the minutes.", "attribution": "Mara Stein", "role": "clerk"},
    )

    figure = soup.select_one("figure.pull-quote")
    assert figure.select_one("blockquote > p").text == "Every line of the minutes."
    assert figure.select_one("figcaption cite").text == "Mara Stein"
    assert figure.select_one("figcaption .pull-quote__role").text == "clerk"


def test_pull_quote_without_attribution_has_no_caption():
    soup = render("pull_quote", {"quote": "Nobody said this.", "attribution": "", "role": "clerk"})

    assert soup.select_one("figure.pull-quote blockquote").text == "Nobody said this."
    assert soup.find("figcaption") is None
    assert "clerk" not in soup.text


def test_pull_quote_escapes_its_text():
    soup = render("pull_quote", {"quote": "<script>alert(1)</script>", "attribution": "<b>X</b>"})

    assert soup.find("script") is None
    assert soup.select_one("blockquote p").text == "<script>alert(1)</script>"
    assert soup.select_one("cite").text == "<b>X</b>"


def test_captioned_image_shows_caption_and_credit_in_separate_elements():
    image = ImageFactory(credit="Library/Lord's Press")

    soup = render(
        "image",
        {"image": image.pk, "caption": "The harbour wall", "credit": "Ana Ruiz", "alt_text": ""},
    )

    figure = soup.select_one("figure.captioned-image")
    assert figure.select_one("picture img")["src"].startswith("/media/images/")
    assert figure.select_one("figcaption .caption").text == "The harbour wall"
    assert figure.select_one("figcaption .credit").text == "Ana Ruiz"


def test_captioned_image_credit_falls_back_to_the_images_own():
    image = ImageFactory(credit="Tom Lind/Lord's Press")

    soup = render("image", {"image": image.pk, "caption": "", "credit": "", "alt_text": ""})

    assert soup.select_one("figcaption .credit").text == "Tom Lind/Lord's Press"
    assert soup.select_one("figcaption .caption") is None


def test_captioned_image_without_caption_or_any_credit_has_no_figcaption():
    image = ImageFactory(credit="")

    soup = render("image", {"image": image.pk, "caption": "", "credit": "", "alt_text": ""})

    assert soup.select_one("figure.captioned-image picture") is not None
    assert soup.find("figcaption") is None


def test_captioned_image_alt_text_defaults_to_the_image_description():
    image = ImageFactory(description="Boats moored at dawn")

    soup = render("image", {"image": image.pk, "caption": "", "credit": "", "alt_text": ""})

    assert soup.select_one("picture img")["alt"] == "Boats moored at dawn"


def test_captioned_image_alt_text_override_wins():
    image = ImageFactory(description="Boats moored at dawn")

    soup = render(
        "image",
        {"image": image.pk, "caption": "", "credit": "", "alt_text": "The mayor on the wall"},
    )

    assert soup.select_one("picture img")["alt"] == "The mayor on the wall"


def test_captioned_image_whose_image_was_deleted_renders_nothing():
    image = ImageFactory()
    raw = {"image": image.pk, "caption": "Gone", "credit": "", "alt_text": ""}
    image.delete()

    assert render("image", raw).text.strip() == ""


def test_embed_keeps_the_stored_embed_until_consent_and_links_to_the_original():
    EmbedFactory(url=VIDEO_URL, provider_name="YouTube", html='<iframe src="/v/1"></iframe>')

    soup = render("embed", {"url": VIDEO_URL, "caption": "The vote, live"})

    figure = soup.select_one("figure.embed")
    assert "hosted by YouTube" in figure.select_one(".embed__placeholder").text
    # The provider's markup waits, inert, in a <template> until the reader agrees.
    assert figure.select_one(".embed__frame iframe") is None
    assert figure.select_one("template[data-consent-embed-html]").find("iframe")["src"] == "/v/1"
    assert figure.select_one("figcaption .caption").text == "The vote, live"
    source = figure.select_one("figcaption a.embed__source")
    assert source["href"] == VIDEO_URL
    assert source.text == "View on YouTube"


def test_embed_that_cannot_be_fetched_still_links_to_the_original():
    assert not Embed.objects.exists()

    soup = render("embed", {"url": VIDEO_URL, "caption": ""})

    assert soup.select_one(".embed__frame") is None
    assert soup.find("template") is None
    source = soup.select_one("figure.embed a.embed__source")
    assert source["href"] == VIDEO_URL
    assert source.text == "View the original"
    assert not Embed.objects.exists()


def test_contributor_note_is_an_escaped_paragraph():
    assertHTMLEqual(
        str(render("contributor_note", "Ana Ruiz & Tom Lind contributed.")),
        '<p class="contributor-note">Ana Ruiz &amp; Tom Lind contributed.</p>',
    )


def test_related_article_links_to_a_live_story_with_its_standfirst(section, author):
    target = ArticlePageFactory(
        parent=section,
        authors=[author],
        title="Harbour wall repairs begin",
        slug="repairs-begin",
        standfirst="Work starts on Monday.",
    )

    soup = render("related_article", {"article": target.pk, "label": "Background"})

    aside = soup.select_one("aside.related-link")
    assert aside["aria-label"] == "Background"
    assert aside.select_one(".related-link__label").text == "Background"
    assert aside.a["href"] == "/politics/repairs-begin/"
    assert aside.a.text == "Harbour wall repairs begin"
    assert aside.select_one(".related-link__standfirst").text == "Work starts on Monday."


def test_related_article_label_defaults_to_related(section, author):
    target = ArticlePageFactory(parent=section, authors=[author])

    soup = render("related_article", {"article": target.pk, "label": ""})

    assert soup.select_one(".related-link__label").text == "Related"


def test_related_article_to_an_unpublished_story_renders_nothing(section, author):
    draft = ArticlePageFactory(parent=section, authors=[author], publish=False, title="Scoop")

    assert render("related_article", {"article": draft.pk, "label": "Related"}).text.strip() == ""


def test_divider_is_a_rule():
    assertHTMLEqual(str(render("divider", None)), '<hr class="divider">')


@pytest.mark.parametrize(
    ("platform", "label"),
    [("bluesky", "Bluesky"), ("linkedin", "LinkedIn"), ("x", "X"), ("rss", "RSS")],
)
def test_social_link_uses_the_platform_label_and_rel_me(platform, label):
    block = SocialLinkBlock()
    url = f"https://example.org/{platform}/esther"

    link = BeautifulSoup(
        block.render(block.to_python({"platform": platform, "url": url})), "html.parser"
    ).a

    assert link.text == label
    assert link["href"] == url
    assert "me" in link["rel"]
    assert f"social-link--{platform}" in link["class"]


def test_social_link_for_an_unknown_platform_falls_back_to_its_key():
    block = SocialLinkBlock()
    value = block.to_python({"platform": "myspace", "url": "https://example.org/"})

    assert value.label() == "myspace"


@pytest.mark.parametrize(
    ("prefix", "credit", "line"),
    [
        ("", "Ana Ruiz/Lord's Press", "Ana Ruiz/Lord's Press"),
        ("Photo:", "Ana Ruiz/Lord's Press", "Photo: Ana Ruiz/Lord's Press"),
        ("Photo:", "Pool photo by Tom Lind", "Pool photo by Tom Lind"),
        ("Photo:", "Illustration: Mira Holt", "Illustration: Mira Holt"),
        ("Photo:", "Courtesy of the harbour board", "Courtesy of the harbour board"),
        ("Photo:", "", ""),
    ],
)
def test_credits_read_as_the_newsroom_wrote_them(settings, prefix, credit, line):
    """No prefix by default; a house prefix only where the credit names no kind itself."""
    settings.IMAGE_CREDIT_PREFIX = prefix
    image = ImageFactory(credit="")

    soup = render("image", {"image": image.pk, "caption": "", "credit": credit, "alt_text": ""})

    credit_element = soup.select_one("figcaption .credit")
    assert (credit_element.text if credit_element else "") == line
