"""The demo puts stories at every step of the workflow, so a newcomer can walk it."""

from datetime import datetime, time, timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Revision, TaskState, WorkflowState

from demo.content import workflow
from news.models import ArticleCorrection, ArticlePage, CorrectionsPage


def snapshot():
    return {
        "workflow states": WorkflowState.objects.count(),
        "task states": TaskState.objects.count(),
        "corrections": ArticleCorrection.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "revisions": Revision.objects.count(),
    }


class LoadDemoWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())
        cls.after_first_run = snapshot()
        call_command("load_demo", stdout=StringIO())
        cls.after_second_run = snapshot()

    def login(self, username):
        self.client.force_login(get_user_model().objects.get(username=username))

    def test_running_twice_changes_nothing(self):
        self.assertEqual(self.after_first_run, self.after_second_run)

    def test_stories_wait_at_each_step(self):
        waiting = {
            state.content_object.slug: state.current_task_state.task.name
            for state in WorkflowState.objects.active()
        }
        expected = {spec["slug"]: "Editor review" for spec in workflow.SUBMITTED_DRAFTS}
        expected[workflow.LEGAL_REVIEW_ARTICLE["slug"]] = "Legal review"
        self.assertEqual(waiting, expected)
        self.assertEqual(
            WorkflowState.objects.active().filter(requested_by__username="writer").count(), 3
        )

    def test_reviewers_find_them_on_their_dashboards(self):
        self.login("editor")
        editor_dashboard = self.client.get("/admin/").content.decode()
        for spec in workflow.SUBMITTED_DRAFTS:
            self.assertIn(spec["headline"], editor_dashboard)
        self.login("legal")
        legal_dashboard = self.client.get("/admin/").content.decode()
        self.assertIn("Housing association gave repair contracts", legal_dashboard)

    def test_one_story_is_scheduled_for_tomorrow_morning(self):
        spec = workflow.SCHEDULED_ARTICLE
        article = ArticlePage.objects.get(slug=spec["slug"])
        self.assertFalse(article.live)
        tomorrow_morning = timezone.make_aware(
            datetime.combine(timezone.localdate() + timedelta(days=1), time(7))
        )
        self.assertEqual(article.revisions.get().approved_go_live_at, tomorrow_morning)
        self.login("editor")
        calendar = self.client.get(reverse("editorial_calendar")).content.decode()
        self.assertIn(spec["headline"], calendar)

    def test_a_corrected_story_and_the_corrections_page(self):
        article = ArticlePage.objects.get(slug=workflow.CORRECTED_ARTICLE["slug"])
        self.assertEqual(article.corrections.count(), 2)
        self.assertIsNotNone(article.updated_date())
        self.assertIn("71 per cent", self.client.get(article.url).content.decode())
        corrections_page = CorrectionsPage.objects.live().get()
        listing = self.client.get(corrections_page.url).content.decode()
        self.assertIn(article.title, listing)

    def test_roles_are_given_their_pages(self):
        writer_sections = set(
            GroupPagePermission.objects.filter(group__name="Writers").values_list(
                "page__slug", flat=True
            )
        )
        self.assertEqual(writer_sections, {"world", "politics", "europe", "business", "culture"})
        legal_pages = set(
            GroupPagePermission.objects.filter(group__name="Legal").values_list(
                "page__slug", "permission__codename"
            )
        )
        self.assertEqual(
            legal_pages, {("privacy-policy", "change_page"), ("privacy-policy", "publish_page")}
        )
