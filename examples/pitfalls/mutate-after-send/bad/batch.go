//go:build bad

// Package bad reuses a slice after sending it on a channel.
package bad

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
// then closes out.
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
		batch = batch[:0] // [!code highlight]
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
