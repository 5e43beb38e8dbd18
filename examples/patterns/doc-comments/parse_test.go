package doccomments_test

import (
	"errors"
	"testing"

	doccomments "fieldguide.dev/examples/patterns/doc-comments"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]doccomments.Celsius{"21.5C": 21.5, "212F": 100, "-273.15C": -273.15, "-459.67F": -273.15} {
		if got, err := doccomments.Parse(in); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v, nil", in, got, err, want)
		}
	}
	for _, in := range []string{"", "C", "hot", "21.5", "21.5K", "NaNC", "InfF", "-InfC", "-274C", "-500F"} {
		if got, err := doccomments.Parse(in); !errors.Is(err, doccomments.ErrSyntax) {
			t.Errorf("Parse(%q) = %v, %v; want an error wrapping ErrSyntax", in, got, err)
		}
	}
}
