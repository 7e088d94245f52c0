// The wire desk's paste box: keeps the HTML a paste carries (a web page's headings, quotes,
// lists, links and figures) in the hidden copy_html field, and shows its text in the box.
// Without this script the box is a plain textarea and the desk receives plain text.
(function () {
  "use strict";

  function setUp(form) {
    var box = form.querySelector('[data-wire-paste="text"]');
    var html = form.querySelector('[data-wire-paste="html"]');
    var status = form.querySelector('[data-wire-paste="status"]');
    if (!box || !html) {
      return;
    }
    box.addEventListener("paste", function (event) {
      var data = event.clipboardData;
      if (!data) {
        return;
      }
      var pastedHtml = data.getData("text/html");
      if (!pastedHtml) {
        html.value = "";
        if (status) {
          status.textContent = "Pasted as plain text.";
        }
        return;
      }
      event.preventDefault();
      html.value = pastedHtml;
      box.value = data.getData("text/plain") || box.value;
      if (status) {
        status.textContent =
          "Pasted with its formatting: headings, quotes, lists, links and photos are kept. " +
          "Typing in the box turns it back into plain text.";
      }
    });
    box.addEventListener("input", function (event) {
      if (event.inputType && event.inputType.indexOf("insertFromPaste") === 0) {
        return;
      }
      if (html.value) {
        html.value = "";
        if (status) {
          status.textContent = "Edited by hand: it will be read as plain text.";
        }
      }
    });
  }

  document.querySelectorAll("form.wire-paste").forEach(setUp);
})();
