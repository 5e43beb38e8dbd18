// Package r3 holds the code for the review rubric's Phase 3, testing and
// quality: R3.1 table-driven tests, R3.2 benchmarks, R3.3 the race detector
// and R3.4 tests with interfaces and fakes.
package r3
