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

// The edges of the range, and input Atoi would take but a port should not
// have to: every rejection returns 0 with ErrInvalidPort.
func TestParsePortBoundaries(t *testing.T) {
	for _, in := range []string{"1", "65535"} {
		if _, err := panicforerrors.ParsePort(in); err != nil {
			t.Errorf("ParsePort(%q) = %v, want a port", in, err)
		}
	}
	for _, in := range []string{"0", "65536", "-1", "", " 80"} {
		if n, err := panicforerrors.ParsePort(in); n != 0 || !errors.Is(err, panicforerrors.ErrInvalidPort) {
			t.Errorf("ParsePort(%q) = %d, %v; want 0 and ErrInvalidPort", in, n, err)
		}
	}
}

// MustParsePort panics on what ParsePort rejects, with the same error.
func TestMustParsePortPanics(t *testing.T) {
	defer func() {
		err, _ := recover().(error)
		if !errors.Is(err, panicforerrors.ErrInvalidPort) {
			t.Errorf("recovered %v, want ErrInvalidPort", err)
		}
	}()
	panicforerrors.MustParsePort("http")
}
