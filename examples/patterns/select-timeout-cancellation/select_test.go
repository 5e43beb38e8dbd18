package selecttimeoutcancellation_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	stc "fieldguide.dev/examples/patterns/select-timeout-cancellation"
)

// region recv-test

func TestRecv(t *testing.T) {
	ready := make(chan int, 1)
	ready <- 7
	if v, err := stc.Recv(t.Context(), ready, time.Second); v != 7 || err != nil {
		t.Errorf("ready value: got (%d, %v), want (7, nil)", v, err)
	}

	silent := make(chan int) // nobody ever sends
	if _, err := stc.Recv(t.Context(), silent, 5*time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("timeout: got %v, want context.DeadlineExceeded", err)
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := stc.Recv(ctx, silent, time.Hour); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}

	closed := make(chan int)
	close(closed)
	if _, err := stc.Recv(t.Context(), closed, time.Hour); !errors.Is(err, stc.ErrClosed) {
		t.Errorf("closed: got %v, want ErrClosed", err)
	}
}

// endregion recv-test

func TestOrDoneStopsOnCancel(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	in := make(chan int) // never closed
	out := stc.OrDone(ctx, in)
	go func() { in <- 1 }()
	if v := <-out; v != 1 {
		t.Errorf("got %d, want 1", v)
	}
	cancel()
	for range out { // must end although in is never closed
	}
}

func TestTrySend(t *testing.T) {
	ch := make(chan int, 1)
	if !stc.TrySend(ch, 1) {
		t.Error("send to an empty buffer failed")
	}
	if stc.TrySend(ch, 2) {
		t.Error("send to a full buffer reported success")
	}
}
