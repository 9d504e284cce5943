// Progressive enhancement for the comparison list and printing. Without it every
// link still works: "Tilføj til sammenligning" goes through /sammenlign/tilfoej/,
// which remembers the list in the same cookie this script reads and writes.
(function () {
    var COOKIE = "sammenligning";
    var MAX_CASES = 6;

    function readList() {
        var match = document.cookie.match(/(?:^|; )sammenligning=([0-9.]*)/);
        return match && match[1] ? match[1].split(".").filter(Boolean) : [];
    }

    function writeList(ids) {
        document.cookie = COOKIE + "=" + ids.join(".") + "; path=/; max-age=2592000; samesite=lax";
    }

    function comparisonUrl(ids) {
        return "/sammenlign/?sager=" + ids.join(",");
    }

    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    document.body.appendChild(status);

    var bar = document.createElement("div");
    bar.className = "compare-bar no-print";
    bar.hidden = true;
    var barLink = document.createElement("a");
    bar.appendChild(barLink);
    document.body.appendChild(bar);

    function showList(ids) {
        var onComparison = document.body.classList.contains("page-compare");
        bar.hidden = ids.length === 0 || onComparison;
        barLink.href = comparisonUrl(ids);
        barLink.textContent = "Se sammenligningen (" + ids.length + " praksiseksemp" + (ids.length === 1 ? "el" : "ler") + ")";
        document.querySelectorAll("a[data-compare-add]").forEach(function (link) {
            var chosen = ids.indexOf(link.getAttribute("data-compare-add")) !== -1;
            link.setAttribute("aria-pressed", chosen ? "true" : "false");
            link.setAttribute("role", "button");
            link.querySelector("[data-compare-label]").textContent = chosen ? "Tilføjet til sammenligning" : "Tilføj til sammenligning";
        });
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("a[data-compare-add]");
        if (!link) {
            return;
        }
        event.preventDefault();
        var id = link.getAttribute("data-compare-add");
        var ids = readList().filter(function (other) { return other !== id; });
        var adding = link.getAttribute("aria-pressed") !== "true";
        if (adding) {
            ids = ids.concat([id]).slice(-MAX_CASES);
        }
        writeList(ids);
        showList(ids);
        status.textContent = (adding ? "Tilføjet. " : "Fjernet. ") + ids.length + " praksiseksemp" + (ids.length === 1 ? "el" : "ler") + " på sammenligningslisten.";
    });

    // The links act as toggle buttons once enhanced, and buttons also answer Space.
    document.addEventListener("keydown", function (event) {
        var link = event.target.closest && event.target.closest("a[data-compare-add]");
        if (link && event.key === " ") {
            event.preventDefault();
            link.click();
        }
    });

    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-print-fallback]").forEach(function (text) {
        text.hidden = true;
    });

    // Printed links show their full address (static/css/print.css).
    document.querySelectorAll("main a[href]").forEach(function (link) {
        if (/^https?:/.test(link.href) && !link.closest(".no-print")) {
            link.setAttribute("data-print-url", link.href);
        }
    });

    showList(readList());
})();
