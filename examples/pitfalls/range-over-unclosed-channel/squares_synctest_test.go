package rangeoverunclosedchannel_test

import (
	"testing"
	"testing/synctest"

	rangeoverunclosedchannel "fieldguide.dev/examples/pitfalls/range-over-unclosed-channel"
)

// region synctest

// In a synctest bubble (Go 1.25), synctest.Test panics as soon as every
// goroutine in the bubble is blocked, test timer or not: no -timeout=0
// needed, and nothing else in the test binary can hide the hang.
func TestSumInABubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := rangeoverunclosedchannel.Sum(rangeoverunclosedchannel.Squares(10)); got != 385 {
			t.Errorf("got %d, want 385", got)
		}
	})
}

// endregion synctest
