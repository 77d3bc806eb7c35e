// Benchmarks for @dpm/kpi land with its first capability.
console.log(JSON.stringify({ package: "@dpm/kpi", benchmarks: 0 }));
