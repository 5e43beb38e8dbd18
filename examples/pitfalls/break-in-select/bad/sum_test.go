//go:build bad

package bad_test

import (
	"testing"
	"time"

	"fieldguide.dev/examples/pitfalls/break-in-select/bad"
)

// region test

func TestSumReturnsWhenDone(t *testing.T) {
	values := make(chan int)
	done := make(chan struct{})
	result := make(chan int, 1)
	go func() { result <- bad.Sum(values, done) }()
	values <- 2
	values <- 3
	close(done)
	select {
	case got := <-result:
		if got != 5 {
			t.Errorf("Sum = %d, want 5", got)
		}
	case <-time.After(time.Second): // [!code highlight]
		t.Fatal("Sum did not return within 1s of done being closed")
	}
}

// endregion test
