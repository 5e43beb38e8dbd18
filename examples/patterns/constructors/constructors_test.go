package constructors_test

import (
	"fmt"
	"math"
	"net/http"
	"testing"
	"time"

	"fieldguide.dev/examples/patterns/constructors"
)

// region proof

// A server from NewServer is ready to use: registering a route does not
// panic on a nil map, and the route is found again.
func TestNewServerIsReady(t *testing.T) {
	s := constructors.NewServer(":8080")
	s.Handle("/health", func(http.ResponseWriter, *http.Request) {})
	if s.Handler("/health") == nil {
		t.Fatal("route /health not registered")
	}
}

// NewRetryPolicy rejects what would make a broken policy.
func TestNewRetryPolicyValidates(t *testing.T) {
	for _, tt := range []struct {
		attempts int
		base     time.Duration
		ok       bool
	}{
		{3, time.Second, true},
		{0, time.Second, false},
		{-1, time.Second, false},
		{3, 0, false},
		{3, -time.Second, false},
		{3, constructors.MaxDelay + 1, false},
	} {
		_, err := constructors.NewRetryPolicy(tt.attempts, tt.base)
		if (err == nil) != tt.ok {
			t.Errorf("NewRetryPolicy(%d, %v) error = %v, want ok = %v", tt.attempts, tt.base, err, tt.ok)
		}
	}
}

// endregion proof

// Delay never panics, never goes negative or above MaxDelay, and never
// shrinks as n grows, for any n, even with many attempts.
func TestDelayStaysInRange(t *testing.T) {
	p, err := constructors.NewRetryPolicy(70, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	prev := time.Duration(0)
	for _, n := range []int{math.MinInt, -1, 0, 1, 2, 10, 40, 64, 70, 71, math.MaxInt} {
		d := p.Delay(n)
		if d <= 0 || d > constructors.MaxDelay || d < prev {
			t.Errorf("Delay(%d) = %v, want in (0, MaxDelay] and no less than %v", n, d, prev)
		}
		prev = d
	}
	if d := p.Delay(70); d != constructors.MaxDelay {
		t.Errorf("Delay(70) = %v, want MaxDelay", d)
	}
	var zero constructors.RetryPolicy
	if zero.Attempts() != 0 || zero.Delay(1) != 0 {
		t.Errorf("zero policy: Attempts %d, Delay(1) %v; want 0 and 0", zero.Attempts(), zero.Delay(1))
	}
}

// region example-new-retry-policy

func ExampleNewRetryPolicy() {
	p, err := constructors.NewRetryPolicy(3, 100*time.Millisecond)
	if err != nil {
		fmt.Println(err)
		return
	}
	for n := 1; n <= p.Attempts(); n++ {
		fmt.Println(p.Delay(n))
	}
	_, err = constructors.NewRetryPolicy(0, time.Second)
	fmt.Println(err)
	// Output:
	// 100ms
	// 200ms
	// 400ms
	// retry policy: attempts = 0, need at least 1
}

// endregion example-new-retry-policy
