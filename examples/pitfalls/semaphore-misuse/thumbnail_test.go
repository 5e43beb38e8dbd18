package thumbnail

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"golang.org/x/sync/semaphore"
)

// These tests replace the package's semaphore and decoder, so none of them
// may call t.Parallel.

// freshBudget gives the test a semaphore of its own, with nothing held.
func freshBudget(t *testing.T) {
	restore := memory
	memory = semaphore.NewWeighted(Budget)
	t.Cleanup(func() { memory = restore })
}

// deadline is a context that ends the test's wait long before go test's
// own timeout, so a test of a broken Thumbnail fails instead of hanging.
func deadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// budgetIsFree reports whether the whole budget can be taken now, and gives
// it back.
func budgetIsFree() bool {
	if !memory.TryAcquire(Budget) {
		return false
	}
	memory.Release(Budget)
	return true
}

func image(size int) []byte {
	return append([]byte("IMG"), bytes.Repeat([]byte{1}, size-3)...)
}

func TestThumbnailOfACorruptImage(t *testing.T) {
	freshBudget(t)
	_, err := Thumbnail(deadline(t), []byte("not an image"))
	if !errors.Is(err, errCorrupt) {
		t.Fatalf("Thumbnail = %v, want errCorrupt", err)
	}
	if !budgetIsFree() {
		t.Fatal("after a failed decode, part of the budget is still held")
	}
}

// A failed decode while other work holds the semaphore must not make room
// that is not there.
func TestAFailureDoesNotRaiseTheLimit(t *testing.T) {
	freshBudget(t)
	const held = 32 << 20 // other images being decoded
	if !memory.TryAcquire(held) {
		t.Fatal("the budget is not free")
	}
	Thumbnail(deadline(t), make([]byte, 1<<20)) // corrupt: needs 4 MiB
	if memory.TryAcquire(Budget - held + 1) {
		t.Fatal("after a failed decode, the semaphore admits more than its size")
	}
}

func TestThumbnailsOfEverySize(t *testing.T) {
	freshBudget(t)
	for _, size := range []int{3, 64, Budget / 4} { // Budget/4 bytes need the whole budget
		thumb, err := Thumbnail(deadline(t), image(size))
		if err != nil || len(thumb) != size/4 {
			t.Errorf("Thumbnail of %d bytes = %d bytes, %v; want %d bytes", size, len(thumb), err, size/4)
		}
		if !budgetIsFree() {
			t.Fatalf("after a thumbnail of %d bytes, part of the budget is still held", size)
		}
	}
	for _, img := range [][]byte{nil, {}} {
		if _, err := Thumbnail(deadline(t), img); !errors.Is(err, errCorrupt) {
			t.Errorf("Thumbnail(%#v) = %v, want errCorrupt", img, err)
		}
	}
}

// An image too large for the whole budget fails at once, instead of waiting
// for a Release that can never make room.
func TestAnImageLargerThanTheBudget(t *testing.T) {
	freshBudget(t)
	huge := make([]byte, Budget/4+1)
	if _, err := Thumbnail(deadline(t), huge); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Thumbnail of %d bytes = %v, want ErrTooLarge", len(huge), err)
	}
}

// Concurrent thumbnails never hold more than the budget, even when some of
// them fail. Each image needs 40% of the budget, so at most two fit.
func TestConcurrentThumbnailsStayWithinTheBudget(t *testing.T) {
	freshBudget(t)
	var mu sync.Mutex
	held, most := 0, 0
	restore := decode
	t.Cleanup(func() { decode = restore })
	decode = func(img []byte) ([]byte, error) {
		mu.Lock()
		held++
		most = max(most, held)
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		held--
		mu.Unlock()
		return restore(img)
	}
	size := Budget * 4 / 10 / 4 // 40% of the budget once decoded
	ctx := deadline(t)
	errs := make([]error, 12)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() {
			img := image(size)
			if i%3 == 0 {
				img = make([]byte, size) // corrupt
			}
			_, errs[i] = Thumbnail(ctx, img)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if want := error(nil); i%3 == 0 {
			if !errors.Is(err, errCorrupt) {
				t.Errorf("corrupt image %d: %v, want errCorrupt", i, err)
			}
		} else if err != want {
			t.Errorf("image %d: %v, want nil", i, err)
		}
	}
	if most > 2 {
		t.Fatalf("%d images were decoded at once, want at most 2", most)
	}
	if !budgetIsFree() {
		t.Fatal("after the thumbnails, part of the budget is still held")
	}
}

// A caller whose context has ended, or ends while it waits for room, gets the
// context's error and holds nothing; so does a decode that panics.
func TestCancelledWaitsAndPanicsHoldNothing(t *testing.T) {
	freshBudget(t)
	ended, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Thumbnail(ended, image(64)); !errors.Is(err, context.Canceled) || !budgetIsFree() {
		t.Errorf("Thumbnail with an ended context = %v, want Canceled and nothing held", err)
	}
	synctest.Test(t, func(t *testing.T) {
		if !memory.TryAcquire(Budget) { // another image holds everything
			t.Fatal("the budget is not free")
		}
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		if _, err := Thumbnail(ctx, image(64)); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Thumbnail while the budget is full = %v, want DeadlineExceeded after 1s", err)
		}
		memory.Release(Budget)
	})
	restore := decode
	t.Cleanup(func() { decode = restore })
	decode = func([]byte) ([]byte, error) { panic("decoder bug") }
	func() {
		defer func() { _ = recover() }()
		Thumbnail(deadline(t), image(64))
	}()
	if !budgetIsFree() {
		t.Fatal("after a panicking decode, part of the budget is still held")
	}
}
