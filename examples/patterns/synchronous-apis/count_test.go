package synchronousapis_test

import (
	"context"
	"errors"
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
