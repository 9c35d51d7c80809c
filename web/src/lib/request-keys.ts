// This browser's private keys of secret requests (PROTOCOL 9): IndexedDB holds each as a non-extractable
// CryptoKey, so the page can use it to open responses but no script can read it out.
import { importRequestPrivateKey } from "../../../protocol/request-crypto";

const DATABASE = "oncelink-request-keys";
const STORE = "keys";

interface StoredKey {
  privateKey: CryptoKey;
  publicKey: string;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Imports `d` (from the key pair just made, or an inbox link) as a non-extractable key and keeps it here. */
export async function keepRequestKey(requestId: string, privateKey: string, publicKey: string): Promise<void> {
  const key = await importRequestPrivateKey(privateKey, publicKey);
  await inStore("readwrite", (store) => store.put({ privateKey: key, publicKey } satisfies StoredKey, requestId));
}

export async function requestKeyOf(requestId: string): Promise<StoredKey | undefined> {
  return inStore("readonly", (store) => store.get(requestId) as IDBRequest<StoredKey | undefined>);
}

/** The ids of every request whose key this browser holds. */
export async function requestIdsWithKeys(): Promise<Set<string>> {
  const keys = await inStore("readonly", (store) => store.getAllKeys());
  return new Set(keys.map(String));
}
