// Response shapes of PROTOCOL section 3.
import type { Kdf } from "./envelope";
import type { SecretStatus } from "./schemas";

export interface User {
  id: string;
  email: string;
  role: "admin" | "member";
}

export interface Secret {
  id: string;
  name: string | null;
  status: SecretStatus;
  url: string;
  createdAt: string;
  expiresAt: string;
  maxViews: number;
  views: number;
  viewedAt: string | null;
  passphrase: boolean;
  requireLogin: boolean;
  recipientEmail: string | null;
  notifyOnView: boolean;
}

export interface SecretPeek {
  id: string;
  status: "active";
  expiresAt: string;
  remainingViews: number;
  passphrase: boolean;
  kdf?: Kdf;
  requireLogin: boolean;
}

export interface RevealResult {
  ciphertext: string;
  viewedAt: string;
  remainingViews: number;
}

export interface ApiErrorBody {
  error: { code: string; message: string; attemptsRemaining?: number };
}

export const MESSAGES = {
  notFound: "Secret not found or has already been viewed",
  expired: "This secret has expired",
  incorrectPassphrase: "Incorrect passphrase",
  invalidLink: "This link is incomplete",
} as const;
