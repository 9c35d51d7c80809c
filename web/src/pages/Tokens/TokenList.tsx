import type { ApiToken } from "../../../../protocol/api";
import { t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";

export function TokenList({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  if (tokens.length === 0) return <p class="lead token-empty">{t("integrations.tokens.empty")}</p>;
  return (
    <ul class="token-list">
      {tokens.map((token) => (
        <li key={token.id} class="token-row">
          <div>
            <p class="token-name" id={`token-${token.id}`}>
              {token.name}
            </p>
            <p class="hint">
              {t("integrations.tokens.used", {
                created: formatLocalTime(token.createdAt),
                lastUsed: token.lastUsedAt ? formatLocalTime(token.lastUsedAt) : t("integrations.tokens.neverUsed"),
              })}
            </p>
          </div>
          <button
            type="button"
            class="button-danger-outline"
            aria-describedby={`token-${token.id}`}
            onClick={() => onRevoke(token)}
          >
            {t("integrations.tokens.revoke")}
          </button>
        </li>
      ))}
    </ul>
  );
}
