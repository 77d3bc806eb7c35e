/**
 * The runnable examples: one or more per package, each a short story in examples/src/<name>.ts
 * that uses @dpm through its published entry points only. `pnpm example <package>` runs the first
 * example of that package; `pnpm example <name>` runs one by name.
 */
export const EXAMPLES = [
  { name: "boutique", package: "core", story: "Clothing boutique: a driver model of next quarter's online sales, scenarios, 100,000 vectorized draws" },
  { name: "coffeeShop", package: "kpi", story: "Coffee shop: daily sales by product, weekly KPIs, the 8–9 am wait tracked against a target, NPS" },
  { name: "subscriptionBox", package: "kpi", story: "Subscription box: churn, CLTV, CAC, cohort retention, churn alerts and a retention offer's NPV" },
  { name: "forecastSales", package: "forecast", story: "Seasonal retailer: auto ETS with intervals, sample paths, a backtest, batch forecasts on workers" },
  { name: "segmentCustomers", package: "segment", story: "A shop's customers: RFM segments, k-means, BG/NBD + Gamma-Gamma CLV" },
  { name: "productLaunch", package: "montecarlo", story: "New product launch: profit distribution, P(loss), VaR/CVaR, tornado, pricing scenarios" },
  { name: "bakeryCompetitor", package: "agents", story: "Bakery vs a new competitor: brand switching on a small-world network, 20 seeded runs" },
  { name: "boutiqueFreeShipping", package: "impact", story: "Boutique: an A/B test of free shipping over €50 — sample size, weekly peeks with an O'Brien–Fleming design, the readout and whether it pays" },
  { name: "causal", package: "impact", story: "Bakery chain: café corners in 3 of 12 branches — DiD, event study and synthetic control say what they did to sales" },
  { name: "marketing", package: "impact", story: "Boutique: which of Instagram, Google Ads, e-mail and flyers pays, next quarter's budget split, and whether a 4 % price rise holds up" },
  { name: "coffeeShopPeak", package: "operations", story: "Coffee shop: tomorrow's 6 am–noon customers forecast by hour, baristas for 90 % served in 3 min, a simulated check, milk orders" },
] as const;

export const PACKAGES = ["core", "kpi", "forecast", "segment", "montecarlo", "agents", "impact", "operations"] as const;

/** The example `pnpm example <arg>` runs: by example name or by package name; undefined if neither. */
export function findExample(arg: string): (typeof EXAMPLES)[number] | undefined {
  return EXAMPLES.find((e) => e.name === arg) ?? EXAMPLES.find((e) => e.package === arg.replace(/^@dpm\//, ""));
}
