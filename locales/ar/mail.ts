import type en from "../en/mail";
import type { Translation } from "../translation";

export default {} satisfies Translation<typeof en>;
