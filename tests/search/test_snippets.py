"""The passage a search result quotes: where it starts, what it marks, how much it reads."""

import pytest

from search.snippets import highlighted_snippet

FILLER = [f"word{number}" for number in range(100)]


def snippet(passages, terms, length=10):
    return str(highlighted_snippet(passages, terms, length=length))


def test_centres_on_the_first_match_with_ellipses_both_sides():
    text = " ".join([*FILLER[:30], "Harbour", *FILLER[30:60]])
    result = snippet([text], ["harbour"])
    assert result.startswith("… word28 word29 <mark>Harbour</mark> word30")
    assert result.endswith(" …")
    assert len(result.removeprefix("… ").removesuffix(" …").split()) == 10


def test_a_match_across_passages_counts_the_words_before_it():
    result = snippet(
        [" ".join(FILLER[:5]), " ".join(FILLER[5:20]), "the harbours reopened"], ["harbour"]
    )
    assert "word18 word19 the <mark>harbours</mark> reopened" in result


def test_a_match_inside_punctuation_is_that_words():
    text = " ".join(FILLER[:30]) + " (harbour) " + " ".join(FILLER[30:60])
    assert "word29 (<mark>harbour</mark>) word30" in snippet([text], ["harbour"])


def test_matches_only_at_the_start_of_a_word():
    text = " ".join(["seaharbour", *FILLER[:30], "harbour"])
    result = snippet([text], ["harbour"])
    assert "seaharbour" not in result
    assert result.endswith("<mark>harbour</mark>")


def test_without_a_match_quotes_the_opening():
    result = snippet(["Nothing to see here", " ".join(FILLER)], ["election"])
    assert result.startswith("Nothing to see here word0")
    assert "<mark>" not in result and result.endswith(" …")


def test_a_short_text_has_no_ellipses():
    assert snippet(["Harbour opens"], ["harbour"]) == "<mark>Harbour</mark> opens"


def test_escapes_markup_and_search_syntax_in_terms():
    result = snippet(["<em>x+y</em> & (c) x+y"], ["x", "y"])
    assert result == (
        "&lt;em&gt;<mark>x</mark>+<mark>y</mark>&lt;/em&gt; &amp; (c) <mark>x</mark>+<mark>y</mark>"
    )


def test_case_folding_matches_like_the_marking():
    assert "<mark>STRASSE</mark>" in snippet(["Die STRASSE"], ["straße"])
    assert "<mark>Émile</mark>" in snippet(["Dear Émile"], ["émile"])


def test_reads_no_further_than_the_snippet_needs():
    read = []

    def passages():
        for number in range(50):
            read.append(number)
            yield " ".join(["harbour" if number == 2 else "word"] * 5)

    snippet(passages(), ["harbour"], length=10)
    # The match is in passage 2; passages 3 and 4 supply the ten words and one more.
    assert read == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("terms", [[], ["zzz"]])
def test_no_terms_or_no_match_reads_everything_and_never_fails(terms):
    assert snippet(iter([]), terms) == ""
