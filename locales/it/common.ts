import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "Lingua",
} satisfies Translation<typeof en>;
