import type { Transaction } from "../src/index.ts";

export declare const CUSTOMERS: number;
export declare const PER_CUSTOMER: number;
export declare const MONTHS: number;
export declare function makeTransactions(): Transaction[];
