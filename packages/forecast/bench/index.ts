// Benchmarks for @dpm/forecast land with its first capability.
console.log(JSON.stringify({ package: "@dpm/forecast", benchmarks: 0 }));
