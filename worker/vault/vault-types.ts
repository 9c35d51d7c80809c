// What a SecretVault holds and what it answers.

import type { SecretStatus } from "../../protocol/enums";
import type { Kdf } from "../../protocol/envelope";
import type { AuditEventInput } from "../audit/commit-with-audit";

export interface VaultDeposit {
  id: string;
  name: string | null;
  ownerId: string | null;
  ciphertext: Uint8Array<ArrayBuffer>;
  verifier: string;
  /** PROTOCOL 2.1: SHA-256 of the key proof; null for a secret without a passphrase, or from an older client. */
  keyVerifier: string | null;
  kdf: Kdf | null;
  expiresAt: number;
  maxViews: number;
  requireLogin: boolean;
  /** With requireLogin: the one account (by email) that may open it. */
  onlyFor: string | null;
  /** The creator's address when they asked to be told of views ("notify me when viewed"). */
  notifyEmail: string | null;
  /** The deployment's origin, for links in notification mail. */
  origin: string;
  /** The creator's verified email, shown to the recipient at the peek; null unless they chose showSender. */
  sender: string | null;
  /** PROTOCOL 2.2: the sealed bytes of files to come, and the SHA-256 of the upload token; absent: text only. */
  files?: { bytes: number; uploadTokenHash: string } | null;
}

export interface VaultState extends Omit<VaultDeposit, "ciphertext" | "files"> {
  status: SecretStatus;
  views: number;
  viewedAt: number | null;
  endedAt: number | null;
  wrongProofs: number;
  /** Bumped on every change D1 must hear of; D1 is in step once `delivered` has caught up with it. */
  version: number;
}

/**
 * An audit event a vault records. `action` must be named: nothing defaults it. Which secret it is about
 * (id, name, owner) the outbox fills in from the vault's state.
 */
export type VaultEvent = Omit<AuditEventInput, "resourceType" | "resourceId" | "resourceName" | "ownerId">;

/** emailVerified: the account's owner proved the address; only then does it match `onlyFor`. */
export type Viewer = { id: string; email: string; emailVerified: boolean } | null;

/** "absent": nothing stored (never created, or deleted for good); the caller asks D1 why. */
export type Ended = { kind: "absent" } | { kind: "gone" } | { kind: "expired" };
/** Its files are still being uploaded: not shareable yet (PROTOCOL 2.2). */
export type Uploading = { kind: "uploading" };
export type PeekOutcome =
  | Ended
  | Uploading
  | {
      kind: "active";
      expiresAt: number;
      remainingViews: number;
      kdf: Kdf | null;
      requireLogin: boolean;
      sender: string | null;
      /** PROTOCOL 2.2: the sealed bytes of its files; null for text only. */
      fileBytes: number | null;
    };
/** A reveal's grant to download the files: a token good until `until`. */
export interface FilesGrant {
  token: string;
  chunks: number;
  bytes: number;
  until: number;
}
export type RevealOutcome =
  | Ended
  | Uploading
  | { kind: "revealed"; ciphertext: string; viewedAt: number; remainingViews: number; files: FilesGrant | null }
  | { kind: "login_required" }
  | { kind: "not_recipient" }
  | { kind: "email_unverified" }
  /** The key is wrong (or unproven): nothing is counted, whoever sent it. */
  | { kind: "invalid_link"; attemptsRemaining: number }
  /** The key is right (or cannot be told apart) and the passphrase wrong: one of the five is spent. */
  | { kind: "incorrect_passphrase"; attemptsRemaining: number };

/** What a reveal presents, hashed before the vault's transaction (hashing is async, the transaction is not). */
export interface PresentedProofs {
  proofHash: Uint8Array<ArrayBuffer>;
  keyProofHash: Uint8Array<ArrayBuffer> | null;
  /** Made before the transaction, granted by it if the secret has files; the vault keeps only the hash. */
  downloadToken: Uint8Array<ArrayBuffer>;
  downloadTokenHash: string;
}
export type BurnOutcome = Ended | { kind: "burned" };
