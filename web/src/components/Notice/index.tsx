import type { ComponentChildren } from "preact";
import "./style.css";

type NoticeTone = "info" | "success" | "warning" | "error";

export function Notice({ tone, children }: { tone: NoticeTone; children: ComponentChildren }) {
  // Errors interrupt screen readers; everything else waits its turn.
  return (
    <div class={`notice notice-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
