import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "Taal",
} satisfies Translation<typeof en>;
