/** A file of reports kept in the browser (IndexedDB), without its text: what the panel lists. */
export interface StoredSummary {
  key: string;
  name: string;
  /** Its size in bytes (UTF-16 code units of the text, close to its bytes for most files). */
  size: number;
  /** How many valid reports it gave when it was opened. */
  reports: number;
  savedAt: string;
}

/** A kept file with its text. */
export interface StoredImport extends StoredSummary {
  text: string;
}

const DB = "border-incident-map";
/** One record a file without its text (listing the files reads no text), and the texts by the same key. */
const FILES = "files";
const TEXTS = "texts";
/** Version 1 kept one file under "latest" in this store; version 2 moves it. */
const OLD_STORE = "imports";
/** Which kept file the page shows after a reload (none: the seed data). */
const SHOWN_KEY = "border-incident-map:shown";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 2);
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
      if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS);
      if (event.oldVersion === 1 && db.objectStoreNames.contains(OLD_STORE)) {
        // The one file version 1 kept becomes the first of the list, and stays the one shown.
        const tx = request.transaction!;
        const get = tx.objectStore(OLD_STORE).get("latest");
        get.onsuccess = () => {
          const old = get.result as { name?: unknown; text?: unknown; savedAt?: unknown } | undefined;
          if (old && typeof old.name === "string" && typeof old.text === "string" && typeof old.savedAt === "string") {
            const key = `${old.savedAt} ${old.name}`;
            tx.objectStore(FILES).put({ key, name: old.name, size: old.text.length, reports: 0, savedAt: old.savedAt } satisfies StoredSummary, key);
            tx.objectStore(TEXTS).put(old.text, key);
            localStorage.setItem(SHOWN_KEY, key);
          }
          db.deleteObjectStore(OLD_STORE);
        };
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  });
}

/** Runs requests in one transaction over both stores; resolves with the last request's result once the transaction has committed. */
async function run<T>(mode: IDBTransactionMode, work: (files: IDBObjectStore, texts: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction([FILES, TEXTS], mode);
      const request = work(tx.objectStore(FILES), tx.objectStore(TEXTS));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB request failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB request was aborted (storage full?)"));
    });
  } finally {
    db.close();
  }
}

/**
 * Keeps a file of reports in the browser, so that it is there after a reload
 * or a crashed tab, and makes it the one shown then. Every file opened is
 * kept until deleted; the seed data is never stored or overwritten. Resolves
 * to its key, or null where the browser keeps nothing (private windows,
 * storage refused or full).
 */
export async function storeImport(name: string, text: string, reports: number): Promise<string | null> {
  const savedAt = new Date().toISOString();
  const key = `${savedAt} ${name}`;
  try {
    await run("readwrite", (files, texts) => {
      files.put({ key, name, size: text.length, reports, savedAt } satisfies StoredSummary, key);
      return texts.put(text, key);
    });
    setShownImport(key);
    return key;
  } catch {
    return null;
  }
}

/** Every kept file, newest first (no texts read). */
export async function listStoredImports(): Promise<StoredSummary[]> {
  try {
    const all = (await run("readonly", (files) => files.getAll())) as StoredSummary[];
    return all.filter((s) => typeof s?.key === "string" && typeof s.name === "string").sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}

/** A kept file with its text, or null. */
export async function readStoredImport(key: string): Promise<StoredImport | null> {
  try {
    const [summary, text] = await Promise.all([run("readonly", (files) => files.get(key)), run("readonly", (_, texts) => texts.get(key))]);
    return summary && typeof text === "string" ? { ...(summary as StoredSummary), text } : null;
  } catch {
    return null;
  }
}

/** Forgets a kept file (and, if it was the one shown after a reload, the seed data is shown then). */
export async function deleteStoredImport(key: string): Promise<void> {
  if (shownImport() === key) setShownImport(null);
  try {
    await run("readwrite", (files, texts) => {
      files.delete(key);
      return texts.delete(key);
    });
  } catch {
    // Nothing was kept.
  }
}

/** The kept file the page shows after a reload; null: the seed data. */
export function shownImport(): string | null {
  try {
    return localStorage.getItem(SHOWN_KEY);
  } catch {
    return null;
  }
}

export function setShownImport(key: string | null): void {
  try {
    if (key === null) localStorage.removeItem(SHOWN_KEY);
    else localStorage.setItem(SHOWN_KEY, key);
  } catch {
    // No storage: the seed data after a reload.
  }
}
