import type en from "../en/recipient";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
