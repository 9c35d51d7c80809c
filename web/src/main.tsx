import { render } from "preact";
import { App } from "./app";
import { loadLocale } from "./lib/i18n";
import "./styles.css";

const root = document.getElementById("app");
// The language first: every string the app renders comes from its catalog.
// Should its catalog fail to load, the app still renders (its keys in place of text) rather than nothing.
if (root) loadLocale().finally(() => render(<App />, root));
