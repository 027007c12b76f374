// Background service worker: wiring only (filled in by the extension work).
export default defineBackground(() => {});
