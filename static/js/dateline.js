// Keeps the masthead's local time and weather current on pages served from a cache.
// Without this script the dateline the server rendered stays as it is.
(function () {
    "use strict";
    var dateline = document.querySelector("[data-dateline-url]");
    if (!dateline || !window.fetch) {
        return;
    }
    var url = dateline.getAttribute("data-dateline-url");

    function refresh() {
        if (document.hidden) {
            return;
        }
        fetch(url, { credentials: "omit", headers: { Accept: "text/html" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("dateline " + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                if (html.trim()) {
                    dateline.innerHTML = html;
                }
            })
            .catch(function () {
                // A stale dateline is better than an empty one: keep what is shown.
            });
    }

    // A page rendered within the last minute is already current; only a cached one needs
    // asking at once.
    var rendered = dateline.querySelector("time[datetime*='T']");
    var age = rendered ? Date.now() - Date.parse(rendered.getAttribute("datetime")) : Infinity;
    if (!(age < 60 * 1000)) {
        refresh();
    }
    window.setInterval(refresh, 60 * 1000);
    document.addEventListener("visibilitychange", refresh);
})();
