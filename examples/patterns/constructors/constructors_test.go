package constructors_test

import (
	"fmt"
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
		{3, 0, false},
	} {
		_, err := constructors.NewRetryPolicy(tt.attempts, tt.base)
		if (err == nil) != tt.ok {
			t.Errorf("NewRetryPolicy(%d, %v) error = %v, want ok = %v", tt.attempts, tt.base, err, tt.ok)
		}
	}
}

// endregion proof

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
