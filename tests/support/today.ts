/**
 * The day the unit tests read reports on. The core reads no clock (its
 * readers take `today`), so a test says what day it is: this one is later
 * than every real date in the seed data and the fixtures, and earlier than
 * the corpus's dates in 2095, so the expectations hold whenever they run.
 */
export const TODAY = "2026-12-05";
