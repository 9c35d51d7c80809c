import { documentLocale } from "../../lib/local-time";
import { humanBytes } from "../../lib/transfer-progress";

const GIGABYTE = 1024 ** 3;

/**
 * A member's storage and the quota in the page's language (Intl units), in binary units as the quota is
 * set: humanBytes below a gigabyte, gigabytes from there (1073741824 bytes is "1 GB").
 */
export function storageSize(bytes: number): string {
  if (bytes < GIGABYTE) return humanBytes(bytes);
  const format = new Intl.NumberFormat(documentLocale(), {
    style: "unit",
    unit: "gigabyte",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  });
  return format.format(bytes / GIGABYTE);
}
