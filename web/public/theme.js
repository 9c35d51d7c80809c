// Runs before the page paints (a plain script in <head>, allowed by the CSP as one of our own files), so a
// chosen theme shows from the first frame instead of flashing the system one. See components/ThemeSwitch.
(() => {
  try {
    const theme = localStorage.getItem("oncelink:theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch {
    // Storage disabled: the system theme it is.
  }
})();
