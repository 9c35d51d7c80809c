import type { ApiToken } from "../../../../protocol/api";
import { formatLocalTime } from "../../lib/local-time";

export function TokenList({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  if (tokens.length === 0)
    return (
      <p class="lead token-empty">No tokens yet. Create one above to use Oncelink from a script or the command line.</p>
    );
  return (
    <ul class="token-list">
      {tokens.map((token) => (
        <li key={token.id} class="token-row">
          <div>
            <p class="token-name" id={`token-${token.id}`}>
              {token.name}
            </p>
            <p class="hint">
              Created {formatLocalTime(token.createdAt)} · Last used{" "}
              {token.lastUsedAt ? formatLocalTime(token.lastUsedAt) : "Never"}
            </p>
          </div>
          <button
            type="button"
            class="button-danger-outline"
            aria-describedby={`token-${token.id}`}
            onClick={() => onRevoke(token)}
          >
            Revoke
          </button>
        </li>
      ))}
    </ul>
  );
}
