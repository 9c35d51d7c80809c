import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "Język",
} satisfies Translation<typeof en>;
