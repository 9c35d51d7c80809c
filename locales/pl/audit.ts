import type en from "../en/audit";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
