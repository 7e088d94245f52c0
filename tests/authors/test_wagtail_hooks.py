import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from authors.models import AuthorPage
from tests.factories import ArticlePageFactory, AuthorPageFactory


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(user)
    return client


def test_credited_author_cannot_be_deleted_from_the_admin(admin_client, section, author):
    ArticlePageFactory(parent=section, authors=[author])
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[author.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[author.pk])
    assert AuthorPage.objects.filter(pk=author.pk).exists()
    followed = admin_client.get(response.url)
    assert "is credited on 1 article, so the page cannot be deleted" in followed.content.decode()


def test_uncredited_author_can_be_deleted(admin_client, author_index):
    author = AuthorPageFactory(parent=author_index)
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[author.pk]))
    assert not AuthorPage.objects.filter(pk=author.pk).exists()


def test_deleting_a_section_takes_its_credits_with_it(section, author):
    ArticlePageFactory(parent=section, authors=[author])
    section.delete()
    assert not author.article_links.exists()
