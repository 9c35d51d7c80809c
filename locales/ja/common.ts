import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "言語",
} satisfies Translation<typeof en>;
