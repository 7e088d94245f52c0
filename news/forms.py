from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    """The article editor, which keeps published corrections on the record."""

    def clean(self):
        cleaned_data = super().clean()
        removed = self.removed_published_corrections()
        if removed and not self.instance.permissions_for_user(self.for_user).can_publish():
            raise ValidationError(
                "A published correction or update stays on the record, so only an editor can "
                "remove one. To change what it says, add a further correction instead.",
                code="published_correction_removed",
            )
        return cleaned_data

    def removed_published_corrections(self):
        """Notes readers can see now that this submission would take away.

        Reverting to an older revision drops notes just as ticking "delete" does, so the
        check compares what readers see with what is kept, not with what is marked deleted.
        """
        if not (self.instance.pk and self.instance.live):
            return set()
        # The live page's own rows are what readers see; drafts live only in revisions.
        correction_model = self.instance._meta.get_field("corrections").related_model
        published = set(
            correction_model.objects.filter(page_id=self.instance.pk).values_list("pk", flat=True)
        )
        if not published:
            return set()
        formset = self.formsets["corrections"]
        if not formset.is_valid():
            return set()
        deleted = set(formset.deleted_forms)
        kept = {form.instance.pk for form in formset.forms if form not in deleted}
        return published - kept
