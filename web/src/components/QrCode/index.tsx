import { encode } from "uqr";
import "./style.css";

/** Scanners want four light modules around the code. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG elements by Preact (never markup from a string): a light square, and one path
 * holding a rectangle for each run of dark modules in a row. Dark on light in both themes, since some
 * phone cameras cannot read an inverted code.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { data, size } = encode(value, { ecc: "M", border: 0 });
  const extent = size + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      shape-rendering="crispEdges"
    >
      <rect class="qr-code-light" x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} />
      <path class="qr-code-dark" d={darkModules(data)} />
    </svg>
  );
}

function darkModules(rows: boolean[][]): string {
  let d = "";
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return d;
}
