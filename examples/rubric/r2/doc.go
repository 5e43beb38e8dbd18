// Package r2 holds the code for the review rubric's Phase 2, concurrency:
// R2.1 goroutine lifecycles, R2.2 channels and select, and R2.4 thread-safe
// state. R2.3's patterns live in patterns/worker-pool and
// patterns/fan-out-fan-in.
package r2
