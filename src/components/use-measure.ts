import { useCallback, useMemo, useState } from "react";
import type { LengthUnit } from "../core/format-length";
import { measurePath, type MeasuredPath } from "../core/measure-path";
import type { BorderSpot } from "../map/measure-layer";

/** Something the panel asks the map to do once; `seq` makes each request new. */
export interface MeasureCommand {
  type: "clear" | "border-from-centre";
  seq: number;
}

/** What MapView passes down to the map, and the events it sends back up. */
export interface MapMeasureProps {
  measuring: boolean;
  unit: LengthUnit;
  command: MeasureCommand | null;
  onPath: (path: MeasuredPath) => void;
  onSpot: (spot: BorderSpot | null) => void;
  onMeasuringChange: (on: boolean) => void;
}

export interface MeasurePanelProps {
  measuring: boolean;
  unit: LengthUnit;
  path: MeasuredPath;
  spot: BorderSpot | null;
  onMeasuring: (on: boolean) => void;
  onUnit: (unit: LengthUnit) => void;
  onClear: () => void;
  onBorderFromCentre: () => void;
}

/** The measure tool's state in the app: the panel and the map share it, and neither holds the other. */
export function useMeasure(): { panel: MeasurePanelProps; map: MapMeasureProps } {
  const [measuring, setMeasuring] = useState(false);
  const [unit, setUnit] = useState<LengthUnit>("km");
  const [path, setPath] = useState<MeasuredPath>(() => measurePath([]));
  const [spot, setSpot] = useState<BorderSpot | null>(null);
  const [command, setCommand] = useState<MeasureCommand | null>(null);
  const ask = useCallback((type: MeasureCommand["type"]) => setCommand((c) => ({ type, seq: (c?.seq ?? 0) + 1 })), []);

  return useMemo(
    () => ({
      panel: {
        measuring,
        unit,
        path,
        spot,
        onMeasuring: setMeasuring,
        onUnit: setUnit,
        onClear: () => ask("clear"),
        onBorderFromCentre: () => ask("border-from-centre"),
      },
      map: { measuring, unit, command, onPath: setPath, onSpot: setSpot, onMeasuringChange: setMeasuring },
    }),
    [measuring, unit, path, spot, command, ask],
  );
}
