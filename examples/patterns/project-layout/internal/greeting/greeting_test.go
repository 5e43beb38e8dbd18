package greeting

import (
	"errors"
	"testing"
)

func TestFor(t *testing.T) {
	got, err := For("Gopher")
	if err != nil || got != "Hello, Gopher!" {
		t.Errorf(`For("Gopher") = %q, %v`, got, err)
	}
	if _, err := For(""); !errors.Is(err, ErrNoName) {
		t.Errorf(`For("") error = %v, want ErrNoName`, err)
	}
}
