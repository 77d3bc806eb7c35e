// Benchmarks for @dpm/agents land with its first capability.
console.log(JSON.stringify({ package: "@dpm/agents", benchmarks: 0 }));
