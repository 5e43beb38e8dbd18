// Package r1 holds the code for the review rubric's Phase 1, idiomatic Go:
// R1.2 error handling and R1.3 composition. R1.1's and R1.4's code lives in
// patterns/small-interfaces, patterns/constructors,
// patterns/functional-options and patterns/useful-zero-value.
package r1
