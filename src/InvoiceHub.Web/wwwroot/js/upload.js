// Drag and drop for /upload: dropped files go into the form's file input, which is then submitted as usual
// (without JavaScript the input alone works). Lists the chosen files so people see what they are sending.
(() => {
    const zone = document.getElementById("dropzone");
    const input = document.getElementById("files");
    const list = document.getElementById("chosen-files");
    if (!zone || !input || !list) {
        return;
    }

    const show = () => {
        list.replaceChildren(...Array.from(input.files).map(file => {
            const item = document.createElement("li");
            item.textContent = `${file.name} (${Math.ceil(file.size / 1024)} KB)`;
            return item;
        }));
    };

    ["dragenter", "dragover"].forEach(name => zone.addEventListener(name, event => {
        event.preventDefault();
        zone.classList.add("dropzone-active");
    }));
    ["dragleave", "drop"].forEach(name => zone.addEventListener(name, () => zone.classList.remove("dropzone-active")));
    zone.addEventListener("drop", event => {
        event.preventDefault();
        const files = new DataTransfer();
        Array.from(input.files).concat(Array.from(event.dataTransfer.files)).forEach(file => files.items.add(file));
        input.files = files.files;
        show();
    });
    input.addEventListener("change", show);
})();
