// Benchmarks for @dpm/montecarlo land with its first capability.
console.log(JSON.stringify({ package: "@dpm/montecarlo", benchmarks: 0 }));
