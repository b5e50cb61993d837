import { useMemo, useState } from "react";
import { useMapHandle } from "../state/use-app-state";
import type { LengthUnit } from "../core/distance/format-length";
import { measurePath, type MeasuredPath } from "../core/distance/measure-path";
import type { BorderSpot } from "../map/measure-layer";

/** What MapView passes down to the map (the tool's settings), and the events it sends back up. */
export interface MapMeasureProps {
  measuring: boolean;
  unit: LengthUnit;
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
  const map = useMapHandle();

  return useMemo(
    () => ({
      panel: {
        measuring,
        unit,
        path,
        spot,
        onMeasuring: setMeasuring,
        onUnit: setUnit,
        // Commands, not state: the map does them now.
        onClear: () => map.run((m) => m.clearMeasure()),
        onBorderFromCentre: () => map.run((m) => m.distanceToBorderFromCentre()),
      },
      map: { measuring, unit, onPath: setPath, onSpot: setSpot, onMeasuringChange: setMeasuring },
    }),
    [map, measuring, unit, path, spot],
  );
}
