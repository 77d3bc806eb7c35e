/**
 * Agent-based simulation of customers and competitors: a small, fast engine (typed
 * struct-of-arrays agent state, random-activation and simultaneous schedulers, a clock on core's
 * period axis, data collection into core time series), interaction structures (random mixing,
 * complete, Erdős–Rényi, Watts–Strogatz, Barabási–Albert), seeded sweeps with summary bands, and
 * built-in business models: Bass word-of-mouth adoption, brand switching with logit choice and a
 * competitor entering mid-run, and a customer lifecycle with churn hazard.
 *
 * Worker-thread sweeps live in the Node-only entry `@dpm/agents/node`.
 *
 * @packageDocumentation
 */

export { createPopulation } from "./engine/Population.js";
export type { AgentView, ColumnArray, ColumnType, Columns, Population, Schema } from "./engine/Population.js";
export { createClock } from "./engine/Clock.js";
export type { Clock } from "./engine/Clock.js";
export { randomOrder } from "./engine/randomOrder.js";
export { createDataCollector } from "./engine/DataCollector.js";
export type { DataCollector } from "./engine/DataCollector.js";
export { simulateAgents, simulate } from "./engine/simulateAgents.js";
export type { AgentModel, AgentSimulationResult, Scheduler, SimulateAgentsOptions, SimulateOptions, SimulationResult, StepContext } from "./engine/simulateAgents.js";

export type { Interaction, Network, RandomMixing } from "./networks/Network.js";
export { randomMixing } from "./networks/randomMixing.js";
export { completeGraph } from "./networks/completeGraph.js";
export { erdosRenyi } from "./networks/erdosRenyi.js";
export type { ErdosRenyiOptions } from "./networks/erdosRenyi.js";
export { wattsStrogatz } from "./networks/wattsStrogatz.js";
export type { WattsStrogatzOptions } from "./networks/wattsStrogatz.js";
export { barabasiAlbert } from "./networks/barabasiAlbert.js";
export type { BarabasiAlbertOptions } from "./networks/barabasiAlbert.js";
export { degreeStats } from "./networks/degreeStats.js";
export type { DegreeStats } from "./networks/degreeStats.js";

export { bassCurve, bassDiscrete, bassPeak } from "./models/bassCurve.js";
export { bassAdoption } from "./models/bassAdoption.js";
export type { BassOptions, BassResult } from "./models/bassAdoption.js";
export { logitShares } from "./models/logitShares.js";
export { brandSwitching } from "./models/brandSwitching.js";
export type { Brand, BrandSwitchingOptions, BrandSwitchingResult, ChoiceWeights } from "./models/brandSwitching.js";
export { customerLifecycle } from "./models/customerLifecycle.js";
export type { CustomerLifecycleOptions, CustomerLifecycleResult, PriceChange } from "./models/customerLifecycle.js";

export { parameterGrid } from "./runs/parameterGrid.js";
export { sweep } from "./runs/sweep.js";
export type { SweepOptions, SweepResult, SweepRun, TidyRow } from "./runs/sweep.js";
export { summaryBands } from "./runs/summaryBands.js";
export type { SummaryBand, SummaryBandsOptions } from "./runs/summaryBands.js";
export { MAX_AGENTS, MAX_AGENT_STEPS, MAX_LINKS, MAX_RUNS, MAX_STEPS } from "./engine/validate.js";
