/**
 * What each casualty number on the map counts, in words: one owner for the
 * legend, the view panel and the picture's legend, so that they never say
 * different things of one number.
 */

/** How a report's dot is sized. */
export const REPORT_SIZE_WORDS = "Size: killed + injured, all victim groups, the highest figure the source gives";

/** What a cluster bubble's numbers are. */
export const CLUSTER_WORDS =
  "A cluster: how many accounts it holds, and at least how many were killed: each event's lowest figure (victim groups added, " +
  "claims about the other side's forces left out), added over its events, so that an incident told by four sources counts once";

/** What an event's circles are. */
export const EVENT_WORDS =
  "An event: the filled circle is the fewest killed its sources allow (each victim group's lowest figure, added; " +
  "claims about the other side's forces left out), the ring the most";

/** When an event is marked as disagreeing. */
export const DISAGREE_WORDS = "two sources give different figures for the same group of the same side (civilians against civilians, never against a claim)";

/** The picture's legend, where room is short. */
export const SNAPSHOT_WORDS = {
  reportSize: "Size: killed and injured, all groups; ×N: reports at one place",
  cluster: "Cluster: accounts, and N+ killed: each event's lowest figure, added",
  event: "Event: filled, the fewest killed (groups added); ring, the most",
  disagree: "Event whose sources give different figures for one group",
} as const;
