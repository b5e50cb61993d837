export { seededRandom } from "../../src/core/reports/seeded-random";
