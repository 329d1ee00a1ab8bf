// Small progressive enhancements; every page works without them.
document.documentElement.classList.add("js");
document.addEventListener("change", event => {
    // Selects marked auto-submit (tenant switcher, filters) submit their form on change.
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.classList.contains("auto-submit") && target.form) {
        target.form.requestSubmit();
    }
});
