from django.urls import path

from consent import views

app_name = "consent"

urlpatterns = [
    path("", views.cookie_settings, name="settings"),
    path("decide/", views.ConsentDecisionView.as_view(), name="decide"),
    path("status/", views.consent_status, name="status"),
    path("analytics/", views.analytics_snippet, name="analytics"),
]
