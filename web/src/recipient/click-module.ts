// Loads on-reveal.ts once per page. Started once the form has shown (when the browser is idle), awaited by the click: a reveal waits for
// it only if the person clicks within the chunk's download time. The views it holds (the revealed secret,
// the verify-email prompt) only ever follow a click, so by then `loadedClickModule()` has them.
import { loadAllMessages } from "./i18n";

type ClickModule = typeof import("./on-reveal");

let loading: Promise<ClickModule> | undefined;
let loaded: ClickModule | undefined;

export function loadClickModule(): Promise<ClickModule> {
  // With the rest of the page's language: the views the click leads to speak it.
  loading ??= Promise.all([import("./on-reveal"), loadAllMessages()]).then(
    ([module]) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // Offline for a moment, or a deploy replaced the chunk: the next click tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function loadedClickModule(): ClickModule | undefined {
  return loaded;
}
