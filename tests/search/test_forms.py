from search.forms import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, SearchForm, query_terms, sanitise_query


def test_sanitise_strips_control_characters_and_caps_length():
    assert sanitise_query("harbour\x00 wall\x07\n") == "harbour wall"
    assert len(sanitise_query("a" * 20_000)) == MAX_QUERY_LENGTH


def test_sanitise_composes_combining_marks():
    assert sanitise_query("cafe\u0301") == "café"


def test_search_syntax_is_text_not_operators():
    assert query_terms('"harbour" * -wall +(ferry): ^2 ~ AND OR NOT') == [
        "harbour",
        "wall",
        "ferry",
        "2",
        "AND",
        "OR",
        "NOT",
    ]
    assert query_terms("' OR 1=1 --") == ["OR", "1", "1"]


def test_terms_keep_non_latin_scripts_and_drop_emoji():
    assert query_terms("مرفأ 🚢 नमस्ते") == ["مرفأ", "नमस्ते"]


def test_terms_are_capped():
    assert len(query_terms(" ".join(["word"] * 2000))) == MAX_QUERY_TERMS


def test_nul_byte_is_cleaned_not_refused(db):
    form = SearchForm({"q": "har\x00bour"})
    assert form.is_valid()
    assert form.cleaned_data["q"] == "har bour"


def test_nonsense_page_numbers_become_the_first_page(db):
    for page in ["abc", "0", "-1", "", "1.5", "\uff19"]:
        form = SearchForm({"page": page})
        assert form.is_valid()
        assert form.cleaned_data["page"] == 1
    assert SearchForm({"page": "99999999999"}).is_valid()


def test_dates_must_be_real_and_in_order(db):
    assert not SearchForm({"from": "2026-13-45"}).is_valid()
    form = SearchForm({"from": "2026-05-02", "to": "2026-05-01"})
    assert not form.is_valid()
    assert "must come before" in str(form.non_field_errors())
    assert not SearchForm({"to": "9999-12-31"}).is_valid()
