// Pages may come from a shared cache, so they are rendered signed-out. A signed-in reader
// carries the lp_reader hint cookie; show them the link to their account instead.
(function () {
    if (!document.cookie.split("; ").includes("lp_reader=1")) return;
    document.querySelectorAll("[data-reader-signed-out]").forEach(function (item) { item.hidden = true; });
    document.querySelectorAll("[data-reader-signed-in]").forEach(function (item) { item.hidden = false; });
})();
