package integeroverflow_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	integeroverflow "fieldguide.dev/examples/pitfalls/integer-overflow"
)

// region test-port

func TestParsePortRejectsNumbersOutOfRange(t *testing.T) {
	for _, s := range []string{"70000", "-1", "65536"} {
		if port, err := integeroverflow.ParsePort(s); err == nil {
			t.Errorf("ParsePort(%q) = %d, nil; want an error", s, port)
		}
	}
}

// endregion test-port

// region test-timeout

func TestTimeoutRejectsWhatADurationCannotHold(t *testing.T) {
	// Ten billion seconds is about 317 years.
	const tenBillion = 10_000_000_000
	if d, err := integeroverflow.Timeout(tenBillion); err == nil {
		t.Errorf("Timeout(%d) = %v, nil; want an error", int64(tenBillion), d)
	}
}

// endregion test-timeout

func TestParsePortAcceptsEveryValidPort(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint16
	}{{"1", 1}, {"80", 80}, {"0443", 443}, {"65535", 65535}} {
		if got, err := integeroverflow.ParsePort(tc.in); err != nil || got != tc.want {
			t.Errorf("ParsePort(%q) = %d, %v; want %d, nil", tc.in, got, err, tc.want)
		}
	}
}

func TestParsePortRejectsWhatIsNotAPort(t *testing.T) {
	for _, s := range []string{"", "0", "+80", " 80", "80 ", "8080\n", "8o", "0x50", "8_0", "1e3", "99999999999999999999"} {
		port, err := integeroverflow.ParsePort(s)
		if err == nil || !strings.Contains(err.Error(), "port ") {
			t.Errorf("ParsePort(%q) = %d, %v; want an error naming the port", s, port, err)
		}
	}
}

func TestParsePortReportsErrRange(t *testing.T) {
	for _, s := range []string{"65536", "70000", "99999999999999999999"} {
		if _, err := integeroverflow.ParsePort(s); !errors.Is(err, strconv.ErrRange) {
			t.Errorf("ParsePort(%q) error = %v; want one wrapping strconv.ErrRange", s, err)
		}
	}
}

func TestTimeoutAtTheEdges(t *testing.T) {
	const maxSeconds = 9_223_372_036 // math.MaxInt64 nanoseconds, in whole seconds
	for _, tc := range []struct {
		seconds int64
		want    time.Duration
		ok      bool
	}{
		{0, 0, true},
		{30, 30 * time.Second, true},
		{maxSeconds, maxSeconds * time.Second, true},
		{maxSeconds + 1, 0, false},
		{-1, 0, false},
		{math.MinInt64, 0, false},
	} {
		got, err := integeroverflow.Timeout(tc.seconds)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Timeout(%d) = %v, %v; want %v, ok %v", tc.seconds, got, err, tc.want, tc.ok)
		}
	}
}
