import type en from "../en/common";
import type { Translation } from "../translation";

export default {
  "common.language": "Idioma",
} satisfies Translation<typeof en>;
