package greeting

import (
	"errors"
	"testing"
)

func TestFor(t *testing.T) {
	for name, want := range map[string]string{"Gopher": "Hello, Gopher!", "Ada": "Hello, Ada!"} {
		if got, err := For(name); err != nil || got != want {
			t.Errorf("For(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := For(""); !errors.Is(err, ErrNoName) {
		t.Errorf(`For("") error = %v, want ErrNoName`, err)
	}
}
