import type en from "../en/errors";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
