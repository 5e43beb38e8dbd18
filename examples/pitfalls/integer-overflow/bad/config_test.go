//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/integer-overflow/bad"
)

// region test-port

func TestParsePortRejectsNumbersOutOfRange(t *testing.T) {
	for _, s := range []string{"70000", "-1", "65536"} {
		if port, err := bad.ParsePort(s); err == nil { // [!code highlight]
			t.Errorf("ParsePort(%q) = %d, nil; want an error", s, port)
		}
	}
}

// endregion test-port

// region test-timeout

func TestTimeoutRejectsWhatADurationCannotHold(t *testing.T) {
	// Ten billion seconds is about 317 years.
	const tenBillion = 10_000_000_000
	if d, err := bad.Timeout(tenBillion); err == nil { // [!code highlight]
		t.Errorf("Timeout(%d) = %v, nil; want an error", int64(tenBillion), d)
	}
}

// endregion test-timeout
