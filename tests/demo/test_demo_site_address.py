"""Links in the demo's e-mails lead to where `make run` serves the site."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Site

from demo.content import workflow
from news.models import ArticlePage
from subscriptions.emails import send_confirmation, send_sign_in_link
from tests.factories import SubscriberFactory

DEMO_ADDRESS = "http://127.0.0.1:8000"


@override_settings(WAGTAILADMIN_BASE_URL=DEMO_ADDRESS)
class DemoSiteAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())

    def test_the_site_answers_where_the_demo_is_served(self):
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, DEMO_ADDRESS)
        response = self.client.get("/", HTTP_HOST="127.0.0.1:8000")
        self.assertEqual(response.status_code, 200)

    def test_reader_emails_link_to_the_demo(self):
        reader = SubscriberFactory(email="reader@example.org", confirmed=True)
        send_sign_in_link(reader)
        send_confirmation(SubscriberFactory(email="new@example.org"))
        sign_in, confirmation = mail.outbox
        self.assertIn(f"{DEMO_ADDRESS}/account/sign-in/", sign_in.body)
        self.assertIn(f"{DEMO_ADDRESS}/subscribe/confirm/", confirmation.body)
        for message in mail.outbox:
            unsubscribe = message.extra_headers["List-Unsubscribe"]
            self.assertTrue(unsubscribe.startswith(f"<{DEMO_ADDRESS}/unsubscribe/"))
            self.assertNotIn("http://localhost", message.body)

    def test_moderation_emails_link_to_the_demo(self):
        spec = workflow.SUBMITTED_DRAFTS[0]
        story = ArticlePage.objects.get(slug=spec["slug"])
        self.client.force_login(get_user_model().objects.get(username="editor"))
        task_state = story.current_workflow_task_state
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk]
                ),
                {"comment": "Good to go."},
            )
        (approval,) = [m for m in mail.outbox if "approved" in m.subject]
        self.assertIn(f"{DEMO_ADDRESS}/{spec['section']}/{spec['slug']}/", approval.body)
        self.assertIn(f"{DEMO_ADDRESS}/admin/account/", approval.body)
        self.assertIn('"Good to go."', approval.body)
        self.assertNotIn("http://localhost", approval.body)
