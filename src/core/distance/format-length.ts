/** The units a user can pick for lengths: kilometres or (international) miles. */
export type LengthUnit = "km" | "mi";

export const LENGTH_UNITS: readonly { id: LengthUnit; label: string }[] = [
  { id: "km", label: "kilometres" },
  { id: "mi", label: "miles" },
];

export const METRES_PER_MILE = 1609.344; // international mile
export const METRES_PER_FOOT = 0.3048; // international foot

/** Metres in the given unit's large measure (km or miles). */
export function metresTo(metres: number, unit: LengthUnit): number {
  return unit === "km" ? metres / 1000 : metres / METRES_PER_MILE;
}

/** 1234567.8 → "1,234,568": thousands separated the same way on every machine. */
function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 2 decimals below 10, 1 below 100, whole numbers above: about four significant figures at most. */
function scaled(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return grouped(value);
}

/**
 * A length for the measure tool in the chosen unit: "850 m", "3.47 km",
 * "1,234 km"; "920 ft", "2.16 mi", "767 mi". Short lengths fall back to metres
 * or feet, where a fraction of a kilometre or mile would read badly.
 */
export function formatLength(metres: number, unit: LengthUnit): string {
  if (!Number.isFinite(metres) || metres < 0) return "—";
  if (unit === "km") return metres < 1000 ? `${Math.round(metres)} m` : `${scaled(metres / 1000)} km`;
  const miles = metres / METRES_PER_MILE;
  return miles < 0.1 ? `${Math.round(metres / METRES_PER_FOOT)} ft` : `${scaled(miles)} mi`;
}
