/**
 * @dpm/operations — how many people and how much stock: queueing formulas and staffing
 * (Erlang B/C/A, M/M/c/K, M/G/1, Little's law), discrete-event simulation of services, and
 * inventory policies from demand distributions or forecast sample paths.
 *
 * @packageDocumentation
 */

export { erlangB } from "./queues/erlangB.js";
export type { ErlangBOptions } from "./queues/erlangB.js";
export { erlangC } from "./queues/erlangC.js";
export type { ErlangCOptions, QueueMetrics } from "./queues/erlangC.js";
export { erlangA } from "./queues/erlangA.js";
export type { ErlangAMetrics, ErlangAOptions } from "./queues/erlangA.js";
export { mmck } from "./queues/mmck.js";
export type { MmckMetrics, MmckOptions } from "./queues/mmck.js";
export { mg1 } from "./queues/mg1.js";
export type { Mg1Metrics, Mg1Options } from "./queues/mg1.js";
export { littlesLaw } from "./queues/littlesLaw.js";
export type { LittlesLawValues } from "./queues/littlesLaw.js";
export { requiredServers, staffing } from "./queues/staffing.js";
export type { StaffingOptions, StaffingPlan } from "./queues/staffing.js";

export { simulateQueue } from "./simulation/simulateQueue.js";
export type {
  Estimate,
  IntervalReport,
  QueueModel,
  QueueSimulation,
  SimulateQueueOptions,
  StationReport,
  StationSpec,
} from "./simulation/simulateQueue.js";
export type { Duration } from "./simulation/samplers.js";

export { eoq } from "./inventory/eoq.js";
export type { EoqOptions, EoqResult, PriceBreak } from "./inventory/eoq.js";
export { reorderPoint } from "./inventory/reorderPoint.js";
export type { DemandDistribution, ReorderPointOptions, ReorderPointResult } from "./inventory/reorderPoint.js";
export { newsvendor } from "./inventory/newsvendor.js";
export type { NewsvendorDemand, NewsvendorOptions, NewsvendorResult } from "./inventory/newsvendor.js";
export { simulateInventory } from "./inventory/simulateInventory.js";
export type { InventoryPolicy, InventorySimulation, PathEstimate, SimulateInventoryOptions } from "./inventory/simulateInventory.js";
export { allocateService } from "./inventory/allocateService.js";
export type { AllocateServiceOptions, AllocateServiceResult, StockAllocation, StockItem } from "./inventory/allocateService.js";

export { queueNode } from "./bridge/queueNode.js";
export type { QueueNodeOptions, QueueNodeOutput } from "./bridge/queueNode.js";
export { lostSalesNode } from "./bridge/lostSalesNode.js";
export type { LostSalesNodeOptions } from "./bridge/lostSalesNode.js";
