package panicforerrors_test

import (
	"errors"
	"testing"

	panicforerrors "fieldguide.dev/examples/pitfalls/panic-for-errors"
)

// region test

// Bad input must come back as an error the caller can handle.
func TestParsePortRejectsBadInput(t *testing.T) {
	for _, in := range []string{"http", "0", "70000"} {
		if _, err := panicforerrors.ParsePort(in); !errors.Is(err, panicforerrors.ErrInvalidPort) {
			t.Errorf("ParsePort(%q) error = %v, want ErrInvalidPort", in, err)
		}
	}
}

// endregion test

func TestParsePortAccepts(t *testing.T) {
	if p, err := panicforerrors.ParsePort("443"); p != 443 || err != nil {
		t.Errorf("ParsePort(443) = %d, %v", p, err)
	}
	if panicforerrors.DefaultPort != 8080 {
		t.Errorf("DefaultPort = %d", panicforerrors.DefaultPort)
	}
}
