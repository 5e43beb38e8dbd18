// Package r4 holds the code for the review rubric's Phase 4, production
// readiness: R4.1 profiling (a private pprof listener), R4.2 allocations
// (pre-allocation and sync.Pool, with benchmarks). R4.3's and R4.4's code
// lives in patterns/graceful-shutdown, patterns/health-checks,
// patterns/structured-logging and patterns/configuration.
package r4
