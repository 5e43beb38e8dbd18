package rangeoverunclosedchannel_test

import (
	"testing"

	rangeoverunclosedchannel "fieldguide.dev/examples/pitfalls/range-over-unclosed-channel"
)

// region sum-test

// Run with go test -timeout=0: with no test timer pending, the runtime can
// see that every goroutine is blocked and stops the program.
func TestSumOfSquares(t *testing.T) {
	if got := rangeoverunclosedchannel.Sum(rangeoverunclosedchannel.Squares(10)); got != 385 {
		t.Errorf("got %d, want 385", got)
	}
}

// endregion sum-test
