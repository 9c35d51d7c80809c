import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "Langue",
} satisfies Translation<typeof en>;
