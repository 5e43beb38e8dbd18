// Package mutateaftersend hands each batch it sends to the receiver for good.
package mutateaftersend

import (
	"bufio"
	"context"
	"fmt"
	"io"
)

// maxPrealloc caps the room reserved for a batch: a huge size must not
// reserve memory for lines that may never come.
const maxPrealloc = 1024

// region send-batches

// SendBatches sends the lines of r on out in batches of up to size lines,
// then closes out. It closes out on every return. Each batch belongs to the
// receiver once sent: the sender never touches it again.
// It returns an error if size < 1, if reading r fails (full batches read
// before the failure have been sent; the partial batch is dropped), or if
// ctx is done while it waits to send. Cancelling ctx does not interrupt a
// Read that blocks. The receiver must read out until it is closed or cancel ctx.
func SendBatches(ctx context.Context, r io.Reader, size int, out chan<- []string) error {
	defer close(out)
	if size < 1 {
		return fmt.Errorf("batch size %d, want 1 or more", size)
	}
	sc := bufio.NewScanner(r)
	batch := make([]string, 0, min(size, maxPrealloc))
	for sc.Scan() {
		batch = append(batch, sc.Text())
		if len(batch) < size {
			continue
		}
		select {
		case out <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
		batch = make([]string, 0, min(size, maxPrealloc)) // [!code highlight]
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(batch) > 0 {
		select {
		case out <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// endregion send-batches
