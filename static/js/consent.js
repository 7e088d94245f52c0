/*
 * Lord's Press cookie consent. Pages are the same for every reader, so this script decides,
 * from the consent cookies, whether to show the banner, fetch the analytics tag and load
 * embeds. Choices are posted without a reload; without JavaScript the banner's buttons
 * lead to the cookie settings page, which works with plain forms.
 *
 * Loaded synchronously in <head>: Google Consent Mode's defaults must come before any tag,
 * and the banner must not flash for readers who have already chosen.
 */
(function () {
    "use strict";

    window.dataLayer = window.dataLayer || [];
    if (typeof window.gtag !== "function") {
        // Google's tags read the arguments object itself, so this must not be an array.
        window.gtag = function gtag() {
            window.dataLayer.push(arguments);
        };
    }
    window.gtag("consent", "default", {
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
        analytics_storage: "denied",
    });
    document.documentElement.classList.add("consent-js");

    const RECEIPT = /^([0-9]{1,9})\.([0-9a-f]{32})$/;
    const ACCEPTED_VERSION = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:[+-][0-9]{2}:[0-9]{2})?)?$/;
    const FETCH_HEADERS = { "X-Cookie-Consent-Fetch": "1" };

    function readCookie(name) {
        for (const pair of document.cookie.split(";")) {
            const separator = pair.indexOf("=");
            if (separator > -1 && pair.slice(0, separator).trim() === name) {
                let value = pair.slice(separator + 1).trim();
                if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) {
                    // Django quotes values holding "=", escaping with backslashes.
                    value = value
                        .slice(1, -1)
                        .replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)))
                        .replace(/\\(.)/g, "$1");
                }
                return value;
            }
        }
        return "";
    }

    /* The same rules as consent/state.py: anything unreadable or older is "not chosen". */
    function readState(config) {
        const receipt = RECEIPT.exec(readCookie(config.cookies.receipt));
        const current = receipt !== null && Number(receipt[1]) === config.policyVersion;
        // Chose under an earlier version: asked again, with what changed since.
        const earlier = receipt !== null && Number(receipt[1]) < config.policyVersion;
        const values = {};
        if (current) {
            for (const pair of readCookie(config.cookies.consent).split("|")) {
                const parts = pair.split("=");
                if (parts.length === 2) values[parts[0]] = parts[1];
            }
        }
        const groups = {};
        let decided = current;
        let tampered = false;
        for (const group of config.groups) {
            const value = values[group.varname];
            let accepted = null;
            if (value === config.declineValue) accepted = false;
            else if (typeof value === "string" && !ACCEPTED_VERSION.test(value)) tampered = true;
            else if (typeof value === "string" && value >= group.version) accepted = true;
            if (accepted === null) decided = false;
            groups[group.varname] = accepted;
        }
        if (tampered) {
            // One unreadable value casts doubt on the rest: ask the reader again.
            for (const varname of Object.keys(groups)) groups[varname] = null;
            decided = false;
        }
        return { decided, groups, earlier };
    }

    /* Copies scripts so the browser runs them: parsed or templated scripts stay inert. */
    function insertLive(parent, markup, marker) {
        const fragment = document.createRange().createContextualFragment(markup);
        for (const inert of fragment.querySelectorAll("script")) {
            const script = document.createElement("script");
            for (const attribute of inert.attributes) {
                script.setAttribute(attribute.name, attribute.value);
            }
            script.text = inert.text;
            inert.replaceWith(script);
        }
        for (const node of fragment.childNodes) {
            if (marker && node.nodeType === Node.ELEMENT_NODE) node.setAttribute(marker, "");
        }
        parent.append(fragment);
    }

    function init() {
        const configNode = document.getElementById("consent-config");
        if (!configNode) return;
        const config = JSON.parse(configNode.textContent);
        const banner = document.querySelector("[data-consent-banner]");
        const announcer = document.querySelector("[data-consent-announcer]");
        let state = readState(config);
        let analyticsRequested = false;
        let returnFocusTo = null;

        function allows(role) {
            return state.groups[config.roles[role]] === true;
        }

        function updateConsentMode() {
            const marketing = allows("marketing") ? "granted" : "denied";
            window.gtag("consent", "update", {
                ad_storage: marketing,
                ad_user_data: marketing,
                ad_personalization: marketing,
                analytics_storage: allows("analytics") ? "granted" : "denied",
            });
        }

        function loadAnalytics() {
            if (analyticsRequested) return;
            analyticsRequested = true;
            fetch(config.urls.analytics, { credentials: "same-origin", headers: FETCH_HEADERS })
                .then((response) => (response.status === 200 ? response.text() : ""))
                .then((markup) => {
                    if (markup.trim()) insertLive(document.body, markup, "data-consent-analytics");
                })
                .catch(() => {
                    analyticsRequested = false;
                });
        }

        function removeAnalytics() {
            // Code that already ran cannot be recalled; from the next page it is not sent at all.
            for (const node of document.querySelectorAll("[data-consent-analytics]")) node.remove();
            analyticsRequested = false;
        }

        function loadEmbed(figure, moveFocus) {
            const template = figure.querySelector("template[data-consent-embed-html]");
            const frame = figure.querySelector("[data-consent-embed-frame]");
            if (!template || !frame || figure.hasAttribute("data-consent-embed-loaded")) return;
            frame.replaceChildren();
            insertLive(frame, template.innerHTML, null);
            figure.setAttribute("data-consent-embed-loaded", "");
            if (moveFocus) {
                const target = frame.querySelector("iframe, a, button") || frame;
                if (target === frame) frame.setAttribute("tabindex", "-1");
                target.focus();
            }
        }

        function apply() {
            updateConsentMode();
            if (allows("analytics")) loadAnalytics();
            else removeAnalytics();
            if (allows("embeds")) {
                for (const figure of document.querySelectorAll("[data-consent-embed]")) loadEmbed(figure, false);
            }
        }

        function announce(message) {
            if (!announcer) return;
            announcer.textContent = "";
            // A fresh text node makes screen readers announce a repeated message too.
            window.setTimeout(() => {
                announcer.textContent = message;
            }, 50);
        }

        async function decide(formData) {
            const status = await fetch(config.urls.status, {
                credentials: "same-origin",
                headers: FETCH_HEADERS,
            });
            if (!status.ok) throw new Error("status " + status.status);
            const { csrfToken } = await status.json();
            const response = await fetch(config.urls.decide, {
                method: "POST",
                body: formData,
                credentials: "same-origin",
                headers: { ...FETCH_HEADERS, "X-CSRFToken": csrfToken },
            });
            if (!response.ok) throw new Error("decide " + response.status);
            state = readState(config);
            apply();
        }

        function choiceData(choice, groups) {
            const data = new FormData();
            data.set("choice", choice);
            for (const varname of groups) data.append("groups", varname);
            return data;
        }

        for (const figure of document.querySelectorAll("[data-consent-embed]")) {
            const actions = figure.querySelector("[data-consent-embed-actions]");
            if (!actions) continue;
            actions.hidden = false;
            figure.querySelector("[data-consent-embed-load]").addEventListener("click", () => loadEmbed(figure, true));
            figure.querySelector("[data-consent-embed-always]").addEventListener("click", () => {
                const groups = config.groups
                    .map((group) => group.varname)
                    .filter((varname) => state.groups[varname] === true || varname === config.roles.embeds);
                decide(choiceData("custom", groups))
                    .then(() => {
                        loadEmbed(figure, true);
                        closeBanner(false);
                        announce("Embeds are allowed from now on. You can change this in the cookie settings.");
                    })
                    .catch(() => announce("Sorry, we could not save that. Please try again."));
            });
        }

        apply();
        if (!banner) return;

        const form = banner.querySelector("[data-consent-form]");
        const heading = banner.querySelector("#consent-banner-heading");
        const preferences = banner.querySelector("[data-consent-preferences]");
        const customise = banner.querySelector("[data-consent-customise]");
        const closeButton = banner.querySelector("[data-consent-close]");
        const error = banner.querySelector("[data-consent-error]");
        const gpcNote = banner.querySelector("[data-consent-gpc-note]");
        const changes = banner.querySelector("[data-consent-changes]");
        const root = document.documentElement;

        /* WCAG 2.4.11: whatever takes keyboard focus scrolls clear of the open banner. */
        function reserveBannerHeight() {
            if (banner.hasAttribute("data-open")) {
                root.style.setProperty("--consent-banner-height", banner.offsetHeight + "px");
            } else {
                root.style.removeProperty("--consent-banner-height");
            }
        }
        if (typeof ResizeObserver === "function") new ResizeObserver(reserveBannerHeight).observe(banner);

        customise.setAttribute("aria-controls", preferences.id);
        customise.setAttribute("aria-expanded", "false");
        if (navigator.globalPrivacyControl === true && gpcNote) gpcNote.hidden = false;

        function showPreferences(open) {
            preferences.hidden = !open;
            customise.setAttribute("aria-expanded", String(open));
            if (open) {
                for (const input of preferences.querySelectorAll("input[name=groups]")) {
                    input.checked = state.groups[input.value] === true;
                }
            }
        }

        function openBanner(options) {
            returnFocusTo = options.returnFocusTo || document.activeElement;
            error.textContent = "";
            closeButton.hidden = !state.decided;
            showPreferences(Boolean(options.preferences));
            if (changes) changes.hidden = !(state.earlier && !state.decided);
            banner.setAttribute("data-open", "");
            reserveBannerHeight();
            heading.focus();
        }

        function closeBanner(restoreFocus) {
            banner.removeAttribute("data-open");
            showPreferences(false);
            reserveBannerHeight();
            if (!restoreFocus) return;
            const target =
                returnFocusTo && returnFocusTo !== document.body && document.contains(returnFocusTo)
                    ? returnFocusTo
                    : document.getElementById("main");
            if (target) target.focus();
        }

        form.addEventListener("submit", (event) => {
            const submitter = event.submitter;
            const choice = submitter ? submitter.value : "";
            event.preventDefault();
            if (choice === "customise") {
                showPreferences(preferences.hidden);
                return;
            }
            const data = new FormData(form);
            data.set("choice", choice);
            for (const button of form.querySelectorAll("button")) button.disabled = true;
            decide(data)
                .then(() => {
                    closeBanner(true);
                    announce("Your cookie choices have been saved.");
                })
                .catch(() => {
                    error.textContent = "Sorry, we could not save your choice. Please try again.";
                })
                .finally(() => {
                    for (const button of form.querySelectorAll("button")) button.disabled = false;
                });
        });

        closeButton.addEventListener("click", () => closeBanner(true));
        banner.addEventListener("keydown", (event) => {
            // Escape leaves the reopened settings; on a first visit only a choice closes it.
            if (event.key === "Escape" && state.decided) closeBanner(true);
        });

        for (const link of document.querySelectorAll("[data-consent-settings]")) {
            link.addEventListener("click", (event) => {
                event.preventDefault();
                openBanner({ preferences: true, returnFocusTo: link });
            });
        }

        if (!state.decided) openBanner({ preferences: false });
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
})();
