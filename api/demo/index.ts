/** The demo data: five municipalities with teams, provisions, a price list and 15 months of cases. */
export { seedDemoData } from "./demo";
