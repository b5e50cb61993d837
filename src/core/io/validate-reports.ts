import * as gjv from "geojson-validation";
import type { ReportFeature } from "../reports/report";
import { describeValue, validateReportProperties, type ValidationOptions } from "./validate-report-properties";
import { reportWarnings } from "./report-warnings";

export type { ValidationOptions } from "./validate-report-properties";

/** A problem found in input data, naming the feature (by position and id) and the field. */
export interface ValidationIssue {
  /** 1-based position of the feature (or row, or placemark: see `unit`) in the file; null for a problem with the whole file. */
  feature: number | null;
  /** What `feature` counts: a CSV's rows, a KML file's placemarks, or (when absent) a GeoJSON file's features. */
  unit?: "row" | "feature" | "placemark";
  /** The feature's `id` property when it has a usable one. */
  id: string | null;
  /** A warning names something doubtful in a report that is still kept; absent: the report (or file) could not be read. */
  severity?: "warning";
  /** The field at fault: a property name, "geometry", or "" for the whole feature or file. */
  field: string;
  message: string;
}

export interface ValidationResult {
  /** Every valid report, in input order, with defaults filled in. */
  reports: ReportFeature[];
  issues: ValidationIssue[];
}

const UNIT_NAMES = { row: "Row", feature: "Feature", placemark: "Placemark" } as const;

/** One line a person can read: `Feature 3 (id "c2"), field "killed": must be ...`, or `Row 3 ...` for a CSV's row. */
export function formatIssue(issue: ValidationIssue): string {
  const unit = UNIT_NAMES[issue.unit ?? "feature"];
  const where = issue.feature === null ? "File" : `${unit} ${issue.feature}${issue.id ? ` (id ${describeValue(issue.id)})` : ""}`;
  const field = issue.field ? `, field "${issue.field}"` : "";
  return `${where}${field}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`;
}

const GEOMETRY_TYPES = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first problem with a feature's type or geometry, naming its field ("type" or "geometry"); null when it is a Feature with a usable Point. */
function checkGeometry(feature: Record<string, unknown>): { field: string; message: string } | null {
  if (feature.type !== "Feature") return { field: "type", message: `must be "Feature", got ${describeValue(feature.type)}` };
  const geometry = feature.geometry;
  const coordinates = isRecord(geometry) ? geometry.coordinates : undefined;
  if (isRecord(geometry) && geometry.type === "Point" && Array.isArray(coordinates) && coordinates.some((c) => typeof c === "string")) {
    return { field: "geometry", message: `coordinates must be numbers, got text ${describeValue(coordinates)}` };
  }
  // Only a Point can be a report: any other geometry is refused before it is checked (a uMap polygon with no
  // ring, [[]], would make geojson-validation throw).
  if (geometry === undefined) return { field: "geometry", message: 'must be a Point: the feature has no "geometry"' };
  if (!isRecord(geometry) || geometry.type !== "Point") {
    return { field: "geometry", message: `must be a Point, got ${isRecord(geometry) ? describeValue(geometry.type) : describeValue(geometry)}` };
  }
  let structure: string[];
  try {
    structure = gjv.isFeature(feature, true).filter((m) => !/"properties"/.test(m));
  } catch {
    structure = [`is not a GeoJSON Point: ${describeValue(geometry)}`];
  }
  // geojson-validation prefixes a message with each level it went down ("at 0: at 0: "): the field says where.
  if (structure.length > 0) return { field: "geometry", message: structure.map((m) => m.replace(/^(at \d+: )+/, "")).join("; ") };
  // geojson-validation checks a bbox's length, not what is in it (geojsonhint's bbox-contains-string: [1, 2, 3, "4"]).
  for (const bbox of [feature.bbox, geometry.bbox]) {
    if (Array.isArray(bbox) && !bbox.every((x) => typeof x === "number" && Number.isFinite(x))) {
      return { field: "geometry", message: `bbox must be an array of numbers, got ${describeValue(bbox)}` };
    }
  }
  const [lon, lat] = geometry.coordinates as number[];
  if (lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
    // Metres of a projected system (Web Mercator) are the usual reason for numbers this large.
    const projected = lon !== undefined && lat !== undefined && Math.abs(lon) > 1000 && Math.abs(lat) > 1000;
    const hint = projected ? ": these look like metres of a projected system (Web Mercator, EPSG:3857?); save the file in WGS 84 longitude and latitude (EPSG:4326)" : "";
    return { field: "geometry", message: `coordinates must be [longitude, latitude] within ±180 and ±90, got ${describeValue(geometry.coordinates)}${hint}` };
  }
  return null;
}

/**
 * Validates a GeoJSON FeatureCollection of reports: structure with
 * `geojson-validation`, properties with the project's own rules. Every valid
 * feature is kept; every invalid one yields issues naming it and the field.
 * `today` (`YYYY-MM-DD`, UTC) is the caller's: a report dated later is refused.
 *
 * @example
 * const { reports, issues } = validateReports(JSON.parse(text), { today: "2026-12-05" });
 * issues.map(formatIssue); // ['Feature 2 (id "x"), field "event_date": must be ...']
 */
export function validateReports(input: unknown, options: ValidationOptions): ValidationResult {
  const reports: ReportFeature[] = [];
  const issues: ValidationIssue[] = [];
  // A single Feature is read as a collection of one; a bare geometry has no properties to make a report of.
  if (isRecord(input) && input.type === "Feature") {
    const one = validateReports({ type: "FeatureCollection", features: [input] }, options);
    return { reports: one.reports, issues: [{ feature: null, id: null, field: "", message: "is a single GeoJSON Feature, not a FeatureCollection: read as a collection of one", severity: "warning" }, ...one.issues] };
  }
  if (isRecord(input) && GEOMETRY_TYPES.includes(String(input.type))) {
    issues.push({ feature: null, id: null, field: "", message: `is a bare GeoJSON ${String(input.type)}, with no properties: a report needs its date, type, place and source, so wrap it in a Feature that has them` });
    return { reports, issues };
  }
  if (isRecord(input) && input.type === "FeatureCollection" && !Array.isArray(input.features)) {
    const got = input.features === undefined ? "it has none" : `got ${describeValue(input.features)}`;
    issues.push({ feature: null, id: null, field: "features", message: `must be the collection's array of features (an empty collection has "features": []); ${got}` });
    return { reports, issues };
  }
  if (!isRecord(input) || input.type !== "FeatureCollection") {
    const got = isRecord(input) ? (input.type === undefined ? "an object with no \"type\"" : `"type" ${describeValue(input.type)}${input.type === "Topology" ? " (TopoJSON: convert it to GeoJSON first)" : ""}`) : describeValue(input);
    issues.push({ feature: null, id: null, field: "", message: `must be a GeoJSON FeatureCollection with a "features" array, got ${got}` });
    return { reports, issues };
  }
  const seen = new Map<string, number>();
  (input.features as unknown[]).forEach((raw: unknown, index: number) => {
    const position = index + 1;
    if (!isRecord(raw)) {
      issues.push({ feature: position, id: null, field: "", message: `must be a GeoJSON Feature object, got ${describeValue(raw)}` });
      return;
    }
    const props = isRecord(raw.properties) ? raw.properties : {};
    const rawId = props.id;
    const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null;
    const problems: { field: string; message: string; severity?: "warning" }[] = [];

    const geometryProblem = checkGeometry(raw);
    if (geometryProblem) problems.push(geometryProblem);
    if (!isRecord(raw.properties)) {
      problems.push({ field: "properties", message: `must be an object, got ${describeValue(raw.properties)}` });
    } else {
      const checked = validateReportProperties(props, options);
      if (!checked.ok) problems.push(...checked.problems);
      else if (seen.has(checked.value.id)) {
        problems.push({ field: "id", message: `repeats the id of feature ${seen.get(checked.value.id)}, ${describeValue(checked.value.id)}` });
      } else if (!geometryProblem) {
        seen.set(checked.value.id, position);
        const [lon, lat] = (raw.geometry as { coordinates: number[] }).coordinates as [number, number];
        reports.push({ type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties: checked.value });
        problems.push(...reportWarnings(reports[reports.length - 1]!, "geometry"));
      }
    }
    for (const p of problems) issues.push({ feature: position, id, ...p });
  });
  return { reports, issues };
}

/** Parses the text of a GeoJSON file of reports; a syntax error is one file-level issue, never an exception. */
export function parseReports(text: string, options: ValidationOptions): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { reports: [], issues: [{ feature: null, id: null, field: "", message: `is not valid JSON (${reason})` }] };
  }
  return validateReports(json, options);
}
