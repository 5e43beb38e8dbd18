//go:build go1.7

package synchronousapis

import (
	"bufio"
	"context"
	"io"
)

// region sync

// CountWords returns the number of words in r. It is synchronous: it does
// its work on the caller's goroutine and returns the result, starting no
// goroutine that could outlive it. It stops early when ctx is cancelled,
// checking between words (every 1024): a Read that blocks, on a network
// connection say, is not interrupted. A word longer than
// bufio.MaxScanTokenSize (64 KiB) ends the count with bufio.ErrTooLong.
func CountWords(ctx context.Context, r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		if n%1024 == 0 { // check now and then, not on every word
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
		n++
	}
	return n, sc.Err()
}

// endregion sync
