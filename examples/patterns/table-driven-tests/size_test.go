//go:build go1.22

package tabledriventests_test

import (
	"errors"
	"testing"

	tdt "fieldguide.dev/examples/patterns/table-driven-tests"
)

// region table

func TestParseSize(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr error
	}{
		// happy path
		{name: "plain bytes", in: "512", want: 512},
		{name: "kilobytes", in: "10KB", want: 10 << 10},
		{name: "megabytes", in: "3MB", want: 3 << 20},
		// edge cases
		{name: "zero", in: "0", want: 0},
		{name: "B suffix", in: "1B", want: 1},
		{name: "surrounding spaces", in: " 2KB ", want: 2 << 10},
		// errors
		{name: "empty", in: "", wantErr: tdt.ErrEmpty},
		{name: "only a unit", in: "KB", wantErr: tdt.ErrSyntax},
		{name: "negative", in: "-1", wantErr: tdt.ErrSyntax},
		{name: "unknown unit", in: "5TB", wantErr: tdt.ErrSyntax},
		{name: "overflow", in: "9000000000GB", wantErr: tdt.ErrSyntax},
		{name: "largest GB", in: "8589934591GB", want: 8589934591 << 30},
		{name: "one past largest GB", in: "8589934592GB", wantErr: tdt.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tdt.ParseSize(tt.in) // [!code highlight]
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseSize(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseSize(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

// endregion table

// region helper

// checkSize is a helper: t.Helper makes a failure point at the caller's
// line, not at this function.
func checkSize(t *testing.T, in string, want int64) {
	t.Helper()
	got, err := tdt.ParseSize(in)
	if err != nil || got != want {
		t.Errorf("ParseSize(%q) = %d, %v; want %d, nil", in, got, err, want)
	}
}

func TestParseSizeUnits(t *testing.T) {
	checkSize(t, "1KB", 1024)
	checkSize(t, "1GB", 1<<30)
}

// endregion helper
