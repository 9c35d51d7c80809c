import type en from "../en/secrets";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
