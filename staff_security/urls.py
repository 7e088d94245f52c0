from django.urls import path

from staff_security import views

app_name = "staff_two_factor"

urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("authenticator/", views.AuthenticatorSetupView.as_view(), name="authenticator"),
    path("recovery-codes/", views.RecoveryCodesView.as_view(), name="recovery_codes"),
    path(
        "authenticator/<int:pk>/remove/",
        views.RemoveSecondFactorView.as_view(),
        {"kind": "authenticator"},
        name="remove_authenticator",
    ),
    path(
        "passkeys/<int:pk>/remove/",
        views.RemoveSecondFactorView.as_view(),
        {"kind": "passkey"},
        name="remove_passkey",
    ),
]
