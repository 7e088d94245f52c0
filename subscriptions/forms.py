from django import forms

HONEYPOT_FIELD = "website"


class EmailField(forms.EmailField):
    """Addresses are compared case-insensitively, so they are stored in lower case."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault("label", "Email address")
        super().__init__(**kwargs)

    def clean(self, value):
        return super().clean(value).lower()


class SignupForm(forms.Form):
    email = EmailField()
    consent = forms.BooleanField(
        error_messages={"required": "Please tick the box to agree before subscribing."}
    )
    # Hidden from people by CSS; bots that fill every field reveal themselves.
    website = forms.CharField(required=False, max_length=200)
    source_page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class SignInForm(forms.Form):
    email = EmailField()


class NewsletterPreferenceForm(forms.Form):
    newsletter = forms.BooleanField(required=False, label="Send me the newsletter")


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label="I understand that this deletes my account and everything you hold about me.",
        error_messages={"required": "Please tick the box to confirm the deletion."},
    )
