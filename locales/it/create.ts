import type en from "../en/create";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
