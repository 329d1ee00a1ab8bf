// The original beside the invoice form: turn pages without reloading the form (whose every view is audited), and show
// where a recognised field came from. Without this script the same links reload the form at the page and box asked for.
(() => {
    const viewer = document.getElementById("original-page");
    const pane = document.getElementById("original-pane");
    if (!viewer || !pane) {
        return;
    }

    const pages = Number(viewer.dataset.pages);
    const image = document.getElementById("original-page-image");
    const link = document.getElementById("original-page-link");
    const fullSize = document.getElementById("page-full-size");
    const number = document.getElementById("page-number");
    const previous = document.getElementById("page-previous");
    const next = document.getElementById("page-next");
    const format = viewer.dataset.pageFormat || "{0} / {1}";

    const setLink = (anchor, page) => {
        if (!anchor) {
            return;
        }
        const enabled = page >= 1 && page <= pages;
        anchor.dataset.gotoPage = String(page);
        anchor.href = `?p=${page}#original-pane`;
        anchor.classList.toggle("disabled", !enabled);
        if (enabled) {
            anchor.removeAttribute("aria-disabled");
        } else {
            anchor.setAttribute("aria-disabled", "true");
        }
    };

    // Shows the page; its boxes appear once its image has loaded (never over the previous page's image).
    const show = page => new Promise(resolve => {
        const boxes = () => viewer.querySelectorAll(".ocr-boxes").forEach(svg => svg.classList.toggle("current", svg.dataset.page === String(page)));
        if (!(page >= 1 && page <= pages) || Number(viewer.dataset.page) === page) {
            resolve();
            return;
        }
        viewer.dataset.page = String(page);
        const source = viewer.dataset.src + page;
        const label = format.replace("{0}", String(page)).replace("{1}", String(pages));
        viewer.querySelectorAll(".ocr-boxes.current").forEach(svg => svg.classList.remove("current"));
        image.addEventListener("load", () => {
            boxes();
            resolve();
        }, { once: true });
        image.addEventListener("error", () => resolve(), { once: true });
        image.src = source;
        image.alt = label;
        link.href = source;
        if (fullSize) {
            fullSize.href = source;
        }
        number.textContent = label;
        setLink(previous, page - 1);
        setLink(next, page + 1);
    });

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        const turn = target?.closest("[data-goto-page]");
        if (turn && pane.contains(turn)) {
            event.preventDefault();
            show(Number(turn.dataset.gotoPage));
            return;
        }

        const field = target?.closest("a[data-ocr-field]");
        const box = field && document.getElementById("ocr-box-" + field.dataset.ocrField);
        if (!box) {
            return;
        }
        event.preventDefault();
        pane.open = true;
        show(Number(box.closest("svg").dataset.page)).then(() => {
            document.querySelectorAll(".ocr-box.active").forEach(other => other.classList.remove("active"));
            box.classList.add("active");
            box.scrollIntoView({ block: "center" });
        });
    });
})();
