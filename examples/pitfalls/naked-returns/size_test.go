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

// region errors-zero-test

// On every error, the size must be 0: a caller that logs the error and
// goes on must not get a negative or wrapped-around number with it.
func TestParseSizeErrorsReturnZero(t *testing.T) {
	for _, in := range []string{"-1K", "x", "99999999999999999999", "8796093022208M"} {
		if n, err := nakedreturns.ParseSize(in); n != 0 || err == nil {
			t.Errorf("ParseSize(%q) = %d, %v; want 0 and an error", in, n, err)
		}
	}
}

// endregion errors-zero-test
