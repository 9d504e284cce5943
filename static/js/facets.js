// Progressive enhancement for the search page: on narrow screens the facet list
// starts folded, so results come first. Without JavaScript it stays open, and
// everything still works through the "Opdatér resultater" button.
(function () {
    var facets = document.querySelector("details[data-fold-on-small-screens]");
    if (!facets || !window.matchMedia) {
        return;
    }
    var chosen = facets.querySelector("input[type=checkbox]:checked");
    if (window.matchMedia("(max-width: 47.99rem)").matches && !chosen) {
        facets.open = false;
    }
})();
