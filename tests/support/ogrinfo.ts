import { spawnSync } from "node:child_process";

/** Options that make GDAL's CSV driver place each row at its `longitude` and `latitude` columns, as QGIS's import does. */
export const CSV_POINT_OPTIONS = ["-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude"];

/**
 * What GDAL's `ogrinfo` reads of a file: its layer's feature count, geometry
 * type, field names and every point. Throws with GDAL's own message when it
 * cannot read the file, and says how to install it when it is not there.
 */
export function ogrinfo(file: string, options: string[] = []): { count: number; geometry: string; fields: string[]; points: [number, number][] } {
  const run = spawnSync("ogrinfo", ["-ro", "-al", ...options, file], { encoding: "utf8" });
  if (run.error) throw new Error(`ogrinfo could not run (${run.error.message}): install GDAL (Debian: apt-get install -y gdal-bin)`);
  if (run.status !== 0 || /^(ERROR|FAILURE)/m.test(run.stderr)) throw new Error(`ogrinfo could not read ${file}: ${run.stderr.trim()}`);
  const out = run.stdout;
  const count = Number(/^Feature Count: (\d+)$/m.exec(out)?.[1] ?? Number.NaN);
  const geometry = /^Geometry: (.+)$/m.exec(out)?.[1] ?? "";
  // The layer's fields: "name: Type (width.precision)" lines between the extent and the first feature.
  const header = out.split(/^OGRFeature/m)[0] ?? "";
  const fields = [...header.matchAll(/^([^\s:][^:\n]*): (?:String|Integer|Integer64|Real|Date|DateTime|Time|StringList|IntegerList|RealList)\b/gm)].map((m) => m[1]!);
  const points = [...out.matchAll(/^\s+POINT \(([-\d.e]+) ([-\d.e]+)\)$/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  return { count, geometry, fields, points };
}
