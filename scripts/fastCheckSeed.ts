// vitest setup: property tests draw from a fixed seed, so a CI run is reproducible and cannot fail
// by luck. Explore new cases locally with FC_SEED=random (or any number) and keep what you find.
import fc from "fast-check";

const configured = process.env.FC_SEED;
if (configured !== "random") fc.configureGlobal({ seed: configured === undefined ? 20_261_123 : Number(configured) });
