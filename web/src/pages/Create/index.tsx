// Opened from the One-Time Secrets page in a dialog; the list shows the new secret as soon as it exists.
import { useState } from "preact/hooks";
import type { Secret, SecretGroup } from "../../../../protocol/api";
import { Dialog } from "../../components/Dialog";
import { t } from "../../lib/i18n";
import { useClipboard } from "../../lib/use-clipboard";
import { CreatedGroupLinks } from "./CreatedGroupLinks";
import { CreatedLink } from "./CreatedLink";
import { type Created, type CreatedGroup, CreateSecretForm } from "./CreateSecretForm";
import { useGroupMail } from "./use-group-mail";
import { useLinkMail } from "./use-link-mail";
import "./style.css";

interface CreateSecretDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: Secret) => void;
  onGroupCreated: (group: SecretGroup) => void;
}

export function CreateSecretDialog({ open, onClose, onCreated, onGroupCreated }: CreateSecretDialogProps) {
  const [created, setCreated] = useState<Created | null>(null);
  const [createdGroup, setCreatedGroup] = useState<CreatedGroup | null>(null);
  const clipboard = useClipboard();
  const linkMail = useLinkMail();
  const groupMail = useGroupMail();

  async function showCreated(next: Created) {
    setCreated(next);
    onCreated(next.secret);
    linkMail.send(next);
    await clipboard.copy(next.link);
  }

  function showCreatedGroup(next: CreatedGroup) {
    setCreatedGroup(next);
    onGroupCreated(next.group);
    groupMail.send(next);
  }

  function startOver() {
    setCreated(null);
    setCreatedGroup(null);
    clipboard.reset();
    linkMail.reset();
    groupMail.reset();
  }

  function close() {
    startOver();
    onClose();
  }

  const title = t(created ? "create.title.ready" : createdGroup ? "create.title.readyGroup" : "create.title");
  return (
    <Dialog open={open} title={title} onClose={close}>
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
      ) : createdGroup ? (
        <CreatedGroupLinks
          {...createdGroup}
          mails={groupMail.mails}
          onSendUnsent={() => groupMail.send(createdGroup, true)}
          onCreateAnother={startOver}
          onDone={close}
        />
      ) : (
        <CreateSecretForm onCreated={showCreated} onGroupCreated={showCreatedGroup} />
      )}
    </Dialog>
  );
}
