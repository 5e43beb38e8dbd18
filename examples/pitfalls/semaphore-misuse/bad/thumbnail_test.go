//go:build bad

package bad

import (
	"context"
	"errors"
	"testing"
	"time"

	"golang.org/x/sync/semaphore"
)

func freshBudget(t *testing.T) {
	restore := memory
	memory = semaphore.NewWeighted(Budget)
	t.Cleanup(func() { memory = restore })
}

func deadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func budgetIsFree() bool {
	if !memory.TryAcquire(Budget) {
		return false
	}
	memory.Release(Budget)
	return true
}

// region test

func TestThumbnailOfACorruptImage(t *testing.T) {
	freshBudget(t)
	_, err := Thumbnail(deadline(t), []byte("not an image")) // [!code highlight]
	if !errors.Is(err, errCorrupt) {
		t.Fatalf("Thumbnail = %v, want errCorrupt", err)
	}
	if !budgetIsFree() {
		t.Fatal("after a failed decode, part of the budget is still held")
	}
}

// endregion test

// region bound

// A failed decode while other work holds the semaphore must not make room
// that is not there.
func TestAFailureDoesNotRaiseTheLimit(t *testing.T) {
	freshBudget(t)
	const held = 32 << 20 // other images being decoded
	if !memory.TryAcquire(held) {
		t.Fatal("the budget is not free")
	}
	Thumbnail(deadline(t), make([]byte, 1<<20)) // corrupt: needs 4 MiB // [!code highlight]
	if memory.TryAcquire(Budget - held + 1) {
		t.Fatal("after a failed decode, the semaphore admits more than its size")
	}
}

// endregion bound
