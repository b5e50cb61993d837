import type { ReactNode } from "react";
import * as Tabs from "@radix-ui/react-tabs";

/** The app's jobs, one tab each. */
export type TabId = "explore" | "measure" | "share" | "data";

export const TABS: readonly { id: TabId; label: string; what: string }[] = [
  { id: "explore", label: "Explore", what: "search, layers, filters and the list of reports" },
  { id: "measure", label: "Measure", what: "distance to the border, bands, the chart along it and the measure tool" },
  { id: "share", label: "Share", what: "the link, a picture and downloads" },
  { id: "data", label: "Data", what: "open a file of reports, and the files kept in this browser" },
];

interface Props {
  tab: TabId;
  onTab: (tab: TabId) => void;
  /** On a phone the tabs are a bar at the foot of the screen and their panels a sheet over the map: open or not. */
  open: boolean;
  onOpen: (open: boolean) => void;
  panels: Record<TabId, ReactNode>;
}

/**
 * The sidebar: a tab for each job (Radix's tabs: arrow keys move between
 * them, each panel is labelled by its tab). Every panel stays mounted, so
 * a half-typed field or a measure path survives a change of tab.
 */
export function SidebarTabs({ tab, onTab, open, onOpen, panels }: Props) {
  return (
    <Tabs.Root className="tabs" value={tab} onValueChange={(v) => onTab(v as TabId)} activationMode="manual">
      <Tabs.List className="tabs__list" aria-label="What to do">
        {TABS.map(({ id, label, what }) => (
          // On a phone a tab also opens the sheet (choosing the tab already shown does not change the value).
          <Tabs.Trigger key={id} value={id} className="tabs__tab" title={`${label}: ${what}`} onClick={() => onOpen(true)}>
            {label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <button type="button" className="tabs__close" onClick={() => onOpen(false)} hidden={!open}>
        Close the panel and show the map
      </button>
      {TABS.map(({ id }) => (
        <Tabs.Content key={id} value={id} forceMount className="tabs__panel">
          {panels[id]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
