import type en from "../en/settings";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
