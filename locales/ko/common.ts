import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "언어",
} satisfies Translation<typeof en>;
