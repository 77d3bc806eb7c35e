// Benchmarks for @dpm/segment land with its first capability.
console.log(JSON.stringify({ package: "@dpm/segment", benchmarks: 0 }));
