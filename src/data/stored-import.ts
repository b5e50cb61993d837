/** The last file of reports the user opened, as kept in the browser (IndexedDB): its name, text and when it was kept. */
export interface StoredImport {
  name: string;
  text: string;
  savedAt: string;
}

const DB = "border-incident-map";
const STORE = "imports";
const KEY = "latest";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
    });
  } finally {
    db.close();
  }
}

/**
 * Keeps a file of reports in the browser, so that it is there after a reload
 * or a crashed tab. One file is kept (the last opened); the seed data is
 * never stored or overwritten. Resolves false where the browser keeps nothing
 * (private windows, storage refused).
 */
export async function storeImport(name: string, text: string): Promise<boolean> {
  try {
    await run("readwrite", (s) => s.put({ name, text, savedAt: new Date().toISOString() } satisfies StoredImport, KEY));
    return true;
  } catch {
    return false;
  }
}

/** The file kept in the browser, or null. */
export async function readStoredImport(): Promise<StoredImport | null> {
  try {
    const found = (await run("readonly", (s) => s.get(KEY))) as StoredImport | undefined;
    return found && typeof found.name === "string" && typeof found.text === "string" ? found : null;
  } catch {
    return null;
  }
}

/** Forgets the file kept in the browser. */
export async function deleteStoredImport(): Promise<void> {
  try {
    await run("readwrite", (s) => s.delete(KEY));
  } catch {
    // Nothing was kept.
  }
}
