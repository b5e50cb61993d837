import { dayNumber } from "../reports/report-time";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ReportFeature } from "../reports/report";
import { KeptIds, readPosition, reportFromText } from "./report-from-text";
import type { FieldProblem } from "./validate-report-properties";
import type { ValidationIssue, ValidationOptions, ValidationResult } from "./validate-reports";
import { reportWarnings } from "./report-warnings";

/**
 * Reports from KML: each Placemark with a Point is a report. Parsed with
 * fast-xml-parser (pure JavaScript, no DOM: core runs in a worker and in
 * Node) after its validator has said the text is well-formed XML, keeping
 * document order (`preserveOrder`) so placemarks are numbered as they appear.
 * Entities: fast-xml-parser's own processing is off; only XML's five
 * built-in entities and character references are decoded here. An entity the
 * file declares is left as written (never expanded), and a file declaring an
 * external one is refused by the parser: nothing is ever fetched.
 */

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true, // <kml:Placemark> is a Placemark
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: "#cdata",
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const BUILT_IN: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const GEOMETRIES = new Set(["Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Model", "Track", "MultiTrack"]);
/** `2025-10-15`, alone or starting a KML dateTime (`2025-10-15T08:00:00Z`): the day as written. */
const WHEN_DAY = /^(\d{4}-\d{2}-\d{2})(?:T|$)/;

/** XML's built-in entities and character references decoded; any other `&name;` left as it is. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return BUILT_IN[named]!;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

function childrenOf(node: XmlNode | undefined): XmlNode[] {
  const value = node?.[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === "string" ? decodeEntities(value) : undefined;
}

function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** An element's text: its text decoded, its CDATA sections as they are. */
function textOf(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  let text = "";
  for (const c of childrenOf(node)) {
    const tag = tagOf(c);
    if (tag === "#text") text += decodeEntities(String(c[tag]));
    else if (tag === "#cdata") text += childrenOf(c).map((t) => String(t["#text"] ?? "")).join("");
  }
  return text;
}

/** Every Placemark in document order, in Documents and Folders at any depth. */
function placemarks(nodes: XmlNode[], found: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "Placemark") found.push(node);
    else if (!tag.startsWith("#")) placemarks(childrenOf(node), found);
  }
  return found;
}

/** `<ExtendedData>`'s `<Data name><value>` and `<SchemaData><SimpleData name>`, by lower-cased name; the first of a name wins. */
function extendedData(placemark: XmlNode): Map<string, string> {
  const data = new Map<string, string>();
  const put = (name: string | undefined, value: string | undefined) => {
    const key = name?.trim().toLowerCase();
    if (key && value !== undefined && !data.has(key)) data.set(key, value);
  };
  for (const node of childrenOf(child(placemark, "ExtendedData"))) {
    const tag = tagOf(node);
    if (tag === "Data") put(attribute(node, "name"), textOf(child(node, "value")) ?? "");
    if (tag === "SchemaData") for (const s of childrenOf(node)) if (tagOf(s) === "SimpleData") put(attribute(s, "name"), textOf(s));
  }
  return data;
}

/** The Placemark's position, or why it has none; every problem is on "geometry". */
function pointOf(placemark: XmlNode): { position: [number, number] | null; problems: FieldProblem[] } {
  const fail = (message: string) => ({ position: null, problems: [{ field: "geometry", message }] });
  let geometry = childrenOf(placemark).find((c) => GEOMETRIES.has(tagOf(c)));
  if (geometry === undefined) return fail("must be a Point: the placemark has none (no <Point> in it)");
  if (tagOf(geometry) === "MultiGeometry") {
    const parts = childrenOf(geometry).filter((c) => GEOMETRIES.has(tagOf(c)));
    if (parts.length === 1 && tagOf(parts[0]!) === "Point") geometry = parts[0]!;
    else return fail(`must be a Point, got a MultiGeometry of ${parts.map(tagOf).join(", ") || "nothing"}`);
  }
  if (tagOf(geometry) !== "Point") return fail(`must be a Point, got a ${tagOf(geometry)}`);
  const coordinates = (textOf(child(geometry, "coordinates")) ?? "").trim();
  const tuples = coordinates.split(/\s+/).filter((t) => t !== "");
  const parts = tuples[0]?.split(",") ?? [];
  if (tuples.length !== 1 || parts.length < 2 || parts.length > 3) {
    return fail(`<coordinates> of the Point must be "longitude,latitude" or "longitude,latitude,altitude", got ${JSON.stringify(coordinates.slice(0, 60))}`);
  }
  const read = readPosition(parts[1], parts[0]);
  return { position: read.position, problems: read.problems.map((p) => ({ field: "geometry", message: `its ${p.field} ${p.message}` })) };
}

/** The file's placemarks, or the one reason none can be read (not XML, cut short, no placemark). */
function readPlacemarks(text: string): { ok: true; placemarks: XmlNode[] } | { ok: false; problem: string } {
  const xml = text.replace(/^\uFEFF/, "");
  if (xml.trim() === "") return { ok: false, problem: "is empty: it has no placemarks" };
  let root: XmlNode[];
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      const open = openAtEnd(xml);
      if (open.length > 0) {
        const names = open.map((t) => `<${t}>`);
        const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
        return { ok: false, problem: `is not well-formed XML: it ends after line ${xml.trimEnd().split("\n").length} with ${list} still open, so the file looks cut short; save or download it again` };
      }
      const { line, col, msg } = valid.err;
      return { ok: false, problem: `is not well-formed XML (line ${line}${col ? `, column ${col}` : ""}: ${msg})` };
    }
    root = parser.parse(xml) as XmlNode[];
  } catch (error) {
    return { ok: false, problem: `could not be read as KML (${error instanceof Error ? error.message : String(error)})` };
  }
  const found = placemarks(root);
  if (found.length === 0) {
    const top = root.map(tagOf).find((t) => !t.startsWith("#"));
    return { ok: false, problem: `has no <Placemark>, so there is no report in it${top ? ` (its root element is <${top}>)` : ""}` };
  }
  return { ok: true, placemarks: found };
}

/**
 * A KML file's placemarks as GeoJSON features, for the command line's
 * `distance` and `cluster`: the Point (null where the placemark has none
 * usable), and as properties its id, name, description, ExtendedData
 * (lower-cased names) and, where that gives no date, the date of its
 * `<TimeStamp>` or `<TimeSpan>`.
 */
export function kmlFeatures(text: string): { ok: true; features: Record<string, unknown>[] } | { ok: false; problem: string } {
  const read = readPlacemarks(text);
  if (!read.ok) return read;
  const features = read.placemarks.map((placemark) => {
    const properties: Record<string, string> = Object.create(null);
    const put = (name: string, value: string | undefined) => value !== undefined && (properties[name] = value);
    put("id", attribute(placemark, "id"));
    put("name", textOf(child(placemark, "name")));
    put("description", textOf(child(placemark, "description")));
    for (const [name, value] of extendedData(placemark)) put(name, value);
    // The date as the reports' reader takes it: ExtendedData first, else <TimeStamp> or <TimeSpan>.
    const time = kmlTime(placemark);
    if (time && !properties.event_date?.trim()) {
      put("event_date", time.date);
      put("time_precision", time.precision);
    }
    const { position } = pointOf(placemark);
    return { type: "Feature", geometry: position ? { type: "Point", coordinates: position } : null, properties: { ...properties } };
  });
  return { ok: true, features };
}

/**
 * A placemark's date and time precision from its `<TimeStamp><when>` (a day:
 * precision 1; a month, `2025-11`: its first day, precision 3) or its
 * `<TimeSpan>` (its first day; precision 1 for one day, 2 up to a week, 3
 * beyond). Undefined without either; text that is no date is handed on for
 * the rules to name.
 */
function kmlTime(placemark: XmlNode): { date: string; precision?: string } | undefined {
  const when = textOf(child(child(placemark, "TimeStamp"), "when"))?.trim();
  if (when !== undefined && when !== "") {
    const month = /^(\d{4}-\d{2})$/.exec(when);
    if (month) return { date: `${month[1]}-01`, precision: "3" };
    const day = WHEN_DAY.exec(when)?.[1];
    return day ? { date: day, precision: "1" } : { date: when };
  }
  const span = child(placemark, "TimeSpan");
  const begin = WHEN_DAY.exec(textOf(child(span, "begin"))?.trim() ?? "")?.[1];
  if (!begin) return undefined;
  const end = WHEN_DAY.exec(textOf(child(span, "end"))?.trim() ?? "")?.[1] ?? begin;
  const days = dayNumber(end) - dayNumber(begin);
  return { date: begin, precision: days <= 0 ? "1" : days <= 6 ? "2" : "3" };
}

/** The elements still open where XML text ends (outermost first): a file cut short leaves some. Comments, CDATA and declarations are skipped. */
function openAtEnd(xml: string): string[] {
  // A hand scanner, linear in the file: each "<" is looked at once, and each construct's end is found with one
  // indexOf from where it starts (a pattern with lazy repeats would scan to the end of the file from every "<").
  const stack: string[] = [];
  let at = xml.indexOf("<");
  while (at >= 0) {
    const skip = (end: string) => {
      const found = xml.indexOf(end, at);
      return found < 0 ? xml.length : found + end.length;
    };
    let next: number;
    if (xml.startsWith("<!--", at)) next = skip("-->");
    else if (xml.startsWith("<![CDATA[", at)) next = skip("]]>");
    else if (xml[at + 1] === "?" || xml[at + 1] === "!") next = skip(">");
    else {
      const name = /^<(\/?)([A-Za-z_][\w:.-]*)/.exec(xml.slice(at, at + 256));
      const close = xml.indexOf(">", at);
      const nextOpen = xml.indexOf("<", at + 1);
      // A tag is whole when its ">" comes before the next "<".
      const whole = close >= 0 && (nextOpen < 0 || close < nextOpen);
      if (name && whole) {
        const [, closing, tag] = name;
        if (closing) {
          const open = stack.lastIndexOf(tag!);
          if (open >= 0) stack.length = open;
        } else if (xml[close - 1] !== "/") stack.push(tag!);
      }
      next = whole ? close + 1 : at + 1;
    }
    at = xml.indexOf("<", next);
  }
  return stack;
}

function fileIssue(message: string): ValidationResult {
  return { reports: [], issues: [{ feature: null, unit: "placemark", id: null, field: "", message }] };
}

/**
 * Reads the text of a KML file of reports. A Placemark's report properties
 * come from its `<ExtendedData>` (`<Data name="killed"><value>3</value>` or
 * `<SchemaData><SimpleData name="killed">`), named as the GeoJSON
 * properties are, and are read as a CSV's cells are (`report-from-text.ts`);
 * where they give none, `<name>` is the location, `<description>` the notes,
 * `<TimeStamp><when>` or `<TimeSpan>` the date and its precision (`kmlTime`),
 * and the Placemark's `id` attribute its id.
 * Each is checked by `validateReportProperties` (a date after `today`,
 * `YYYY-MM-DD` UTC, is refused). A placemark whose geometry
 * is not a Point (a LineString, a Polygon, none) is a problem on "geometry".
 * Placemarks are numbered 1, 2, ... in document order; text that is not
 * XML, or has no Placemark, is one issue for the whole file. Nothing throws.
 *
 * @example
 * const { reports, issues } = parseKml(text, { today: "2026-12-05" });
 * issues.map(formatIssue); // ['Placemark 2 (id "p2"), field "geometry": must be a Point, got a LineString']
 */
export function parseKml(text: string, { today }: ValidationOptions): ValidationResult {
  const read = readPlacemarks(text);
  if (!read.ok) return fileIssue(read.problem);
  const found = read.placemarks;
  const reports: ReportFeature[] = [];
  const issues: ValidationIssue[] = [];
  const kept = new KeptIds("placemark");
  found.forEach((placemark, index) => {
    const number = index + 1;
    const data = extendedData(placemark);
    const blank = (v: string | undefined) => v === undefined || v.trim() === "";
    const fallback: Record<string, () => string | undefined> = {
      id: () => attribute(placemark, "id"),
      location: () => textOf(child(placemark, "name")),
      notes: () => textOf(child(placemark, "description")),
      event_date: () => kmlTime(placemark)?.date,
      time_precision: () => kmlTime(placemark)?.precision,
    };
    const get = (name: string) => {
      const value = data.get(name);
      return (blank(value) ? fallback[name]?.() : undefined) ?? value;
    };
    const id = get("id")?.trim() || null;
    const { report, problems } = reportFromText(get, pointOf(placemark), { missingUrlNote: null, fatalitiesAsKilled: false, today });
    const repeat = report ? kept.repeat(report.properties.id, number) : null;
    if (repeat) problems.push(repeat);
    else if (report) reports.push(report);
    for (const p of problems) issues.push({ feature: number, unit: "placemark", id, ...p });
    if (report && !repeat) for (const w of reportWarnings(report, "geometry")) issues.push({ feature: number, unit: "placemark", id, ...w });
  });
  return { reports, issues };
}
