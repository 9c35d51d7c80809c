// Runs before the page paints (a plain script in <head>, allowed by the CSP as one of our own files), so a
// chosen theme shows from the first frame instead of flashing the system one. See components/ThemeSwitch.
(() => {
  try {
    const theme = localStorage.getItem("oncelink:theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch {
    // Storage disabled: the system theme it is.
  }
  // The one other thing that must be in place before the page's module: if that module fails to download
  // (offline, a deploy replaced it), nothing of the page would draw, so this says so instead of a blank page.
  document.addEventListener(
    "error",
    (event) => {
      const script = event.target;
      const root = document.getElementById("app");
      if (!(script instanceof HTMLScriptElement) || script.type !== "module" || !root || root.firstChild) return;
      const element = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
      const card = Object.assign(document.createElement("div"), { className: "card" });
      card.setAttribute("role", "alert");
      const reload = element("button", "Reload");
      reload.type = "button";
      reload.addEventListener("click", () => location.reload());
      card.append(
        element("h1", "This page didn't load"),
        element("p", "Check your connection, then reload the page. A secret is not used up until you view it."),
        reload,
      );
      const main = Object.assign(document.createElement("main"), { className: "page" });
      main.append(card);
      root.append(main);
    },
    true,
  );
})();
