from django.urls import path

from subscriptions import views

app_name = "subscriptions"

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/check-your-inbox/", views.subscribe_done, name="subscribe_done"),
    path("subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("account/", views.account, name="account"),
    path("account/sign-in/", views.sign_in_request, name="sign_in_request"),
    path("account/sign-in/sent/", views.sign_in_sent, name="sign_in_sent"),
    path("account/sign-in/<str:token>/", views.sign_in, name="sign_in"),
    path("account/sign-out/", views.sign_out, name="sign_out"),
    path("account/newsletter/", views.account_newsletter, name="account_newsletter"),
    path("account/my-data.json", views.account_data, name="account_data"),
    path("account/delete/", views.account_delete, name="account_delete"),
    path("account/deleted/", views.account_deleted, name="account_deleted"),
]
