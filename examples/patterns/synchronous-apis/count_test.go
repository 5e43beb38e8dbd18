package synchronousapis_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	sa "fieldguide.dev/examples/patterns/synchronous-apis"
)

// region proof

// The synchronous function is tested without any synchronization: when it
// returns, its work is done and no goroutine is left behind.
func TestCountWords(t *testing.T) {
	leakcheck.Check(t)
	n, err := sa.CountWords(context.Background(), strings.NewReader("the quick  brown\nfox"))
	if n != 4 || err != nil {
		t.Errorf("CountWords = %d, %v; want 4, nil", n, err)
	}
}

// The caller's concurrent wrapper returns every count in order and waits
// for all its goroutines.
func TestCountAll(t *testing.T) {
	leakcheck.Check(t)
	got, err := sa.CountAll(context.Background(), []string{"a b", "", "c d e"})
	if want := []int{2, 0, 3}; !slices.Equal(got, want) || err != nil {
		t.Errorf("CountAll = %v, %v; want %v, nil", got, err, want)
	}
}

// endregion proof

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := sa.CountAll(ctx, []string{"a", "b"})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// cancelOnRead cancels its context on the first Read, then reads on.
type cancelOnRead struct {
	r      io.Reader
	cancel context.CancelFunc
}

func (c *cancelOnRead) Read(p []byte) (int, error) {
	c.cancel()
	return c.r.Read(p)
}

// Cancelled midway through 5000 words: CountWords stops early and says so.
func TestCountWordsCancelledMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	text := strings.Repeat("word ", 5000)
	n, err := sa.CountWords(ctx, &cancelOnRead{r: strings.NewReader(text), cancel: cancel})
	if !errors.Is(err, context.Canceled) || n >= 5000 {
		t.Errorf("CountWords = %d, %v; want fewer than 5000 and context.Canceled", n, err)
	}
}

// An error in one text does not hide the others' counts, and is returned.
func TestCountAllReportsEveryError(t *testing.T) {
	long := strings.Repeat("x", bufio.MaxScanTokenSize+1)
	got, err := sa.CountAll(t.Context(), []string{"a b", long})
	if !errors.Is(err, bufio.ErrTooLong) || got[0] != 2 {
		t.Errorf("CountAll = %v, %v; want 2 for the first text and bufio.ErrTooLong", got, err)
	}
}
