package nakedreturns_test

import (
	"errors"
	"testing"

	nakedreturns "fieldguide.dev/examples/pitfalls/naked-returns"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"512": 512, "4K": 4096, "2M": 2 << 20} {
		if got, err := nakedreturns.ParseSize(in); got != want || err != nil {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := nakedreturns.ParseSize("-1K"); !errors.Is(err, nakedreturns.ErrNegative) {
		t.Errorf("ParseSize(-1K) error = %v, want ErrNegative", err)
	}
	if n, err := nakedreturns.ParseSize("x"); n != 0 || err == nil {
		t.Errorf("ParseSize(x) = %d, %v", n, err)
	}
}
