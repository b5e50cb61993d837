import { useCallback, useEffect, useState } from "react";
import type { TabId } from "./SidebarTabs";

/** Whether the page opened at a phone's width (the legend starts folded there). */
export const PHONE_WIDTH = "(max-width: 700px)";

/**
 * The sidebar's tab and, on a phone, whether its sheet is open. A file with
 * problems (`problems` set: opened here or dropped on the map) shows the
 * Data tab, where they are listed.
 */
export function useSidebar(problems: unknown) {
  const [tab, setTab] = useState<TabId>("explore");
  const [open, setOpen] = useState(false);
  const [phone] = useState(() => window.matchMedia(PHONE_WIDTH).matches);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    if (problems) setTab("data");
  }, [problems]);
  return { tab, setTab, open, setOpen, close, phone };
}
