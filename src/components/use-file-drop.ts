import { useCallback, useState, type DragEvent } from "react";

/** Files dropped anywhere on the page open as reports; `dragging` is true while a file is over it (to show where it goes). */
export function useFileDrop(onFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes("Files");
  const onDragOver = useCallback((e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  }, []);
  const onDragLeave = useCallback((e: DragEvent) => {
    // Leaving the page, not moving between its parts.
    if (e.relatedTarget === null) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) onFile(file);
    },
    [onFile],
  );
  return { dragging, dropProps: { onDragOver, onDragLeave, onDrop } };
}
