package r2_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"fieldguide.dev/examples/rubric/r2"
)

func ExampleRecv() {
	ch := make(chan int) // nobody sends
	_, err := r2.Recv(context.Background(), ch, 10*time.Millisecond)
	fmt.Println(err)
	// Output: r2: receive timed out
}

func ExampleTryRecv() {
	ch := make(chan int, 1)
	fmt.Println(r2.TryRecv(ch))
	ch <- 7
	fmt.Println(r2.TryRecv(ch))
	// Output:
	// 0 false
	// 7 true
}

func TestRecv(t *testing.T) {
	errShutdown := errors.New("shutting down")
	cancelled, cancel := context.WithCancelCause(t.Context())
	cancel(errShutdown)

	ready := make(chan int, 1)
	ready <- 42
	closed := make(chan int)
	close(closed)

	tests := []struct {
		name    string
		ctx     context.Context
		ch      <-chan int
		timeout time.Duration
		want    int
		wantErr error
	}{
		{"value ready", t.Context(), ready, time.Minute, 42, nil},
		{"closed", t.Context(), closed, time.Minute, 0, r2.ErrClosed},
		{"timeout", t.Context(), make(chan int), 5 * time.Millisecond, 0, r2.ErrTimeout},
		{"cancelled", cancelled, make(chan int), time.Minute, 0, errShutdown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r2.Recv(tt.ctx, tt.ch, tt.timeout)
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("Recv = (%d, %v), want (%d, %v)", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestTryRecvClosed(t *testing.T) {
	ch := make(chan int)
	close(ch)
	if v, ok := r2.TryRecv(ch); ok {
		t.Errorf("TryRecv on a closed channel = (%d, true), want (0, false)", v)
	}
}
