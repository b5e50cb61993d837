import { useCallback, useEffect, useRef, useState } from "react";
import { SEED_REPORTS_URL } from "../data/geodata-urls";
import { importInWorker, type ImportResult } from "../data/import-client";
import { loadReportsFromUrl, loadSyntheticReports, type Dataset } from "../data/load-reports";
import { deleteStoredImport, listStoredImports, readStoredImport, setShownImport, shownImport, storeImport, type StoredSummary } from "../data/stored-import";
import { saveBlob } from "./save-file";
import { useAppState, usePage } from "../state/use-app-state";

const SEED_NAME = "the seed data (October–December 2025)";

export interface DataPanelProps {
  dataset: Dataset | null;
  /** A file being read: its name and the share read so far. */
  reading: { name: string; fraction: number } | null;
  /** The last file opened that gave no report: what was wrong with it (the reports shown stay as they were). */
  rejected: { name: string; issues: Dataset["issues"] } | null;
  /** The files kept in this browser, newest first, and the one shown (null: none of them). */
  stored: StoredSummary[];
  shownKey: string | null;
  onFile: (file: File) => void;
  onSeed: () => void;
  onOpenStored: (key: string, applyView?: boolean) => void;
  onDownloadStored: (key: string) => void;
  onDeleteStored: (key: string) => void;
}

/**
 * Which reports the page shows and where they came from: the seed data, a
 * synthetic set (?synthetic=N), a file opened (read in a worker, kept in the
 * browser) or one kept earlier. After a reload, the kept file last shown
 * comes back, else the seed data. The reports go into the store; a snapshot
 * file's view is opened as its link would be.
 */
export function useDatasets(): DataPanelProps {
  const { store, address } = usePage();
  const dataset = useAppState((s) => s.dataset);
  const setDataset = useCallback((d: Dataset) => store.setDataset(d), [store]);
  const [reading, setReading] = useState<{ name: string; fraction: number } | null>(null);
  const [rejected, setRejected] = useState<DataPanelProps["rejected"]>(null);
  const [stored, setStored] = useState<StoredSummary[]>([]);
  const [shownKey, setShownKey] = useState<string | null>(null);
  const cancel = useRef<(() => void) | null>(null);

  const refreshStored = useCallback(() => void listStoredImports().then(setStored), []);

  /** Reads a file or kept text in the worker; the latest read wins. A snapshot file's view is applied when it is opened (`applyView`), not when it comes back after a reload (the address has the view then). */
  const read = useCallback((request: { name: string; file: File } | { name: string; text: string }, shownName: string, applyView = false): Promise<ImportResult | null> => {
    cancel.current?.();
    setReading({ name: request.name, fraction: 0 });
    const job = importInWorker(request, (fraction) => setReading({ name: request.name, fraction }));
    cancel.current = job.cancel;
    return job.done.then(
      (result) => {
        setReading(null);
        // A file that gives nothing leaves the reports shown as they were, and says why.
        if ("file" in request && result.reports.length === 0) {
          setRejected({ name: request.name, issues: result.issues });
          return result;
        }
        setRejected(null);
        setDataset({ name: result.datasetName ? `${result.datasetName}, from the snapshot file ${shownName}` : shownName, reports: result.reports, issues: result.issues, view: result.view });
        if (applyView && result.view !== undefined) address.openLink(result.view);
        return result;
      },
      (error: unknown) => {
        if (error instanceof Error && error.message === "cancelled") return null;
        setReading(null);
        setRejected({ name: shownName, issues: [{ feature: null, id: null, field: "", message: `could not be read (${error instanceof Error ? error.message : String(error)})` }] });
        return null;
      },
    );
  }, [setDataset, address]);

  const onSeed = useCallback(() => {
    cancel.current?.();
    setShownImport(null);
    setShownKey(null);
    void loadReportsFromUrl(SEED_REPORTS_URL, SEED_NAME).then(setDataset);
  }, [setDataset]);

  const onOpenStored = useCallback(
    (key: string, applyView = true) => {
      void readStoredImport(key).then((found) => {
        if (!found) return refreshStored();
        setShownImport(key);
        setShownKey(key);
        void read({ name: found.name, text: found.text }, `${found.name}, kept in this browser since ${found.savedAt.slice(0, 16).replace("T", " ")} UTC`, applyView);
      });
    },
    [read, refreshStored],
  );

  useEffect(() => {
    refreshStored();
    // ?synthetic=N[&seed=S]: N generated reports for scale tests, labelled as such, instead of the seed data.
    const query = new URLSearchParams(window.location.search);
    const synthetic = Number(query.get("synthetic"));
    if (Number.isInteger(synthetic) && synthetic > 0) {
      void loadSyntheticReports(Math.min(synthetic, 1_000_000), Number(query.get("seed") ?? 1) || 1).then(setDataset);
      return;
    }
    const key = shownImport();
    if (key) onOpenStored(key, false);
    else onSeed();
  }, [refreshStored, onOpenStored, onSeed, setDataset]);

  const onFile = useCallback(
    (file: File) => {
      void read({ name: file.name, file }, file.name, true).then(async (result) => {
        // Kept only when something in it could be read; the seed data is never stored or overwritten.
        if (!result || result.reports.length === 0) return;
        const key = await storeImport(file.name, result.text, result.reports.length);
        setShownKey(key);
        refreshStored();
      });
    },
    [read, refreshStored],
  );

  const onDownloadStored = useCallback((key: string) => {
    void readStoredImport(key).then((found) => found && saveBlob(new Blob([found.text], { type: "application/octet-stream" }), found.name));
  }, []);

  const onDeleteStored = useCallback(
    (key: string) => {
      void deleteStoredImport(key).then(() => {
        setShownKey((k) => (k === key ? null : k));
        refreshStored();
      });
    },
    [refreshStored],
  );

  return { dataset, reading, rejected, stored, shownKey, onFile, onSeed, onOpenStored, onDownloadStored, onDeleteStored };
}
