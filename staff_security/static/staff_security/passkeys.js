// django-otp-webauthn reports a new passkey with an event and leaves the page as it was;
// reloading shows the passkey in the list, and the recovery codes issued with a first one.
document.addEventListener("otp_webauthn.register_complete", () => {
  window.location.reload();
});
