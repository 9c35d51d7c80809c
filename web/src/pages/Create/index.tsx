// Opened from the One-Time Secrets page in a dialog; the list shows the new secret as soon as it exists.
import { useState } from "preact/hooks";
import type { Secret } from "../../../../protocol/api";
import { Dialog } from "../../components/Dialog";
import { useClipboard } from "../../lib/use-clipboard";
import { CreatedLink } from "./CreatedLink";
import { type Created, CreateSecretForm } from "./CreateSecretForm";
import { useLinkMail } from "./use-link-mail";
import "./style.css";

interface CreateSecretDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: Secret) => void;
}

export function CreateSecretDialog({ open, onClose, onCreated }: CreateSecretDialogProps) {
  const [created, setCreated] = useState<Created | null>(null);
  const clipboard = useClipboard();
  const linkMail = useLinkMail();

  async function showCreated(next: Created) {
    setCreated(next);
    onCreated(next.secret);
    linkMail.send(next);
    await clipboard.copy(next.link);
  }

  function startOver() {
    setCreated(null);
    clipboard.reset();
    linkMail.reset();
  }

  function close() {
    startOver();
    onClose();
  }

  return (
    <Dialog open={open} title={created ? "Your link is ready" : "Create a secret"} onClose={close}>
      {created ? (
        <CreatedLink
          {...created}
          copyState={clipboard.state}
          justCopied={clipboard.justCopied}
          mail={linkMail.mail}
          onCopy={clipboard.copy}
          onSendAgain={() => linkMail.send(created)}
          onCreateAnother={startOver}
          onDone={close}
        />
      ) : (
        <CreateSecretForm onCreated={showCreated} />
      )}
    </Dialog>
  );
}
