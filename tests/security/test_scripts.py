"""Reading what a piece of HTML needs from the policy: script hashes and origins."""

from security.scripts import origin_of, script_sources, sha256_source

# Computed independently: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
ALERT_HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_hash_is_the_browsers_sha256_of_the_script_text():
    assert sha256_source("alert(1)") == ALERT_HASH


def test_line_endings_are_hashed_as_a_browser_parses_them():
    # Browsers send a textarea's lines with CRLF; the HTML parser turns them into LF.
    assert sha256_source("a();\r\nb();\rc();") == sha256_source("a();\nb();\nc();")


def test_inline_scripts_are_hashed_and_data_blocks_are_not():
    sources = script_sources(
        "<script>alert(1)</script>"
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
        '<script type="application/json">{"a": 1}</script>'
        '<script type="text/plain" data-category="analytics">alert(2)</script>'
        '<script type="module">alert(1)</script>'
    )
    assert sources.script_hashes == [ALERT_HASH]


def test_script_text_is_hashed_raw_not_unescaped():
    sources = script_sources("<script>if (a &amp;&amp; b) {}</script>")
    assert sources.script_hashes == [sha256_source("if (a &amp;&amp; b) {}")]


def test_origins_of_loaded_scripts_images_and_addresses_named_in_scripts():
    tag = """
        <script async src="https://plausible.example/js/script.js?x=1"></script>
        <script>
            var u = "//stats.example.org/";
            g.src = 'https://cdn.stats.example.org/tracker.js';
        </script>
        <noscript><img src="https://stats.example.org/pixel.gif" alt=""></noscript>
        <script src="/local.js"></script>
    """
    assert script_sources(tag).origins == [
        "https://plausible.example",
        "https://stats.example.org",
        "https://cdn.stats.example.org",
    ]


def test_addresses_that_are_not_http_origins_are_ignored():
    for url in (
        "javascript:alert(1)",
        "data:text/javascript,alert(1)",
        "/relative/path.js",
        "https://user:secret@evil.example/",
        "https://exa mple.org/",
        "https://example.org\\@evil.example/",
        "ftp://files.example.org/",
        "",
    ):
        assert origin_of(url) is None, url
    assert origin_of("HTTPS://Stats.Example.org:8443/x") == "https://stats.example.org:8443"


def test_empty_or_broken_markup_gives_nothing():
    assert script_sources("").script_hashes == []
    assert script_sources("<script").script_hashes == []
    assert script_sources("<p>No scripts</p>").origins == []
