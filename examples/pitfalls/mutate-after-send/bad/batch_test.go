//go:build bad

package bad

import (
	"slices"
	"strings"
	"testing"
)

// region test

func TestEveryBatchKeepsItsLines(t *testing.T) {
	out := make(chan []string)
	go SendBatches(t.Context(), strings.NewReader("a\nb\nc\nd\ne\n"), 2, out) // [!code highlight]
	var got [][]string
	for batch := range out {
		got = append(got, batch) // the receiver keeps each batch it is given
	}
	want := [][]string{{"a", "b"}, {"c", "d"}, {"e"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("batches = %q, want %q", got, want)
	}
}

// endregion test
