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
	if _, err := stc.Recv(t.Context(), silent, 5*time.Millisecond); !errors.Is(err, stc.ErrTimeout) {
		t.Errorf("timeout: got %v, want ErrTimeout", err)
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

// An ended context, or a timeout of 0, wins over a value already waiting in
// the channel every time, not at select's random choice.
func TestRecvEndedContextWinsOverReadyValue(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	ready := make(chan int, 1)
	for range 200 {
		ready <- 7
		if _, err := stc.Recv(ctx, ready, time.Hour); !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled with a value ready: got %v, want context.Canceled", err)
		}
		if _, err := stc.Recv(t.Context(), ready, 0); !errors.Is(err, stc.ErrTimeout) {
			t.Fatalf("timeout 0 with a value ready: got %v, want ErrTimeout", err)
		}
		<-ready
	}
}

// The caller's own deadline is not Recv's timeout: the error tells them apart.
func TestRecvTellsCallerDeadlineFromTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Millisecond)
	defer cancel()
	_, err := stc.Recv(ctx, make(chan int), time.Hour)
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, stc.ErrTimeout) {
		t.Errorf("caller's deadline: got %v, want context.DeadlineExceeded and not ErrTimeout", err)
	}
}

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

// The consumer stops reading while OrDone holds a value for it: the
// cancel must still end OrDone's goroutine, blocked on its send.
func TestOrDoneStopsWhenConsumerStops(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	in := make(chan int)
	_ = stc.OrDone(ctx, in) // nobody reads the output
	in <- 1                 // OrDone now holds 1, blocked sending it on
	cancel()
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
