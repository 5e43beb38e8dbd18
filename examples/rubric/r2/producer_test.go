package r2_test

import (
	"context"
	"fmt"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/rubric/r2"
)

func ExampleCount() {
	for v := range r2.Count(context.Background(), 3) {
		fmt.Println(v)
	}
	// Output:
	// 0
	// 1
	// 2
}

func ExampleSum() {
	fmt.Println(r2.Sum(r2.Count(context.Background(), 10)))
	// Output: 45
}

func TestCountClosesWhenDone(t *testing.T) {
	leakcheck.Check(t)

	ch := r2.Count(t.Context(), 2)
	<-ch
	<-ch
	if v, ok := <-ch; ok {
		t.Errorf("got %d after the last value, want a closed channel", v)
	}
}

func TestCountClosesOnCancel(t *testing.T) {
	leakcheck.Check(t) // the producer goroutine must exit

	ctx, cancel := context.WithCancel(t.Context())
	ch := r2.Count(ctx, 1_000_000)
	<-ch
	<-ch
	cancel()
	for range ch { // ends only if Count closes ch
	}
}
