"""Whatever a reader types or a crawler sends, the search page answers without a 500."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PARAMETERS = st.dictionaries(
    st.sampled_from(["q", "section", "author", "from", "to", "order", "page"]),
    st.text(max_size=300),
    max_size=7,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=PARAMETERS)
def test_random_input_never_breaks_the_search_page(client, article, params):
    response = client.get("/search/", params)
    assert response.status_code in {200, 400}
    assert b"<h1>Search</h1>" in response.content


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_any_unicode_query_is_answered(client, article, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
