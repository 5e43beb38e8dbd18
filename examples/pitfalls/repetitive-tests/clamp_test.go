//go:build go1.22

package repetitivetests_test

import (
	"testing"

	rt "fieldguide.dev/examples/pitfalls/repetitive-tests"
)

// region good

func TestClamp(t *testing.T) {
	tests := []struct {
		name      string
		v, lo, hi int
		want      int
	}{
		{"inside", 5, 0, 10, 5},
		{"below", -3, 0, 10, 0},
		{"above", 42, 0, 10, 10},
		{"at lower bound", 0, 0, 10, 0},   // edge cases cost a line each
		{"at upper bound", 10, 0, 10, 10}, // [!code highlight]
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rt.Clamp(tt.v, tt.lo, tt.hi); got != tt.want {
				t.Errorf("Clamp(%d, %d, %d) = %d, want %d", tt.v, tt.lo, tt.hi, got, tt.want)
			}
		})
	}
}

// endregion good
