// Runs before the page paints (a plain script in <head>, allowed by the CSP as one of our own files; the
// recipient page carries it inline, allowed by its hash, see web/build-recipient-page.ts), so a
// chosen theme shows from the first frame instead of flashing the system one. See components/ThemeSwitch.
(() => {
  try {
    const theme = localStorage.getItem("oncelink:theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch {
    // Storage disabled: the system theme it is.
  }
  // If the page's module fails to download (offline, a deploy replaced it), nothing would draw: a page that
  // carries a <template id="load-failed"> (the recipient page, web/s/index.html) shows it instead.
  document.addEventListener(
    "error",
    (event) => {
      const failed = document.getElementById("load-failed");
      const root = document.getElementById("app");
      if (!(event.target instanceof HTMLScriptElement) || !failed || !root || root.firstChild) return;
      root.append(failed.content.cloneNode(true));
      root.querySelector("button")?.addEventListener("click", () => location.reload());
    },
    true,
  );
})();
