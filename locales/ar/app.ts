// What the app (web/src, not the recipient page) loads in this language: its areas in one catalog.

import audit from "./audit";
import common from "./common";
import create from "./create";
import integrations from "./integrations";
import secrets from "./secrets";
import settings from "./settings";

export default { ...common, ...create, ...secrets, ...audit, ...settings, ...integrations };
