from django import forms


class CalendarRangeForm(forms.Form):
    DEFAULT_WEEKS = 4

    weeks = forms.TypedChoiceField(
        label="Show the next",
        choices=[(1, "week"), (2, "2 weeks"), (4, "4 weeks"), (8, "8 weeks"), (12, "12 weeks")],
        coerce=int,
        initial=DEFAULT_WEEKS,
    )
