import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "اللغة",
} satisfies Translation<typeof en>;
