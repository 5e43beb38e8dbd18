//go:build bad

// Package bad assumes select checks its cases in the order they are
// written.
package bad

// region drain

// Drain collects items until items is closed, and returns the producer's
// error if it sent one. The producer sends on errc (buffered) before it
// closes items.
//
// BUG: when both cases are ready, select picks one at random; it does not
// try them top to bottom. After a failure, errc holds the error and items
// is closed, so half the time Drain takes the closed items case and
// returns nil: the error is lost.
func Drain(items <-chan string, errc <-chan error) ([]string, error) {
	var out []string
	for {
		select {
		case err := <-errc:
			return nil, err
		case it, ok := <-items:
			if !ok {
				return out, nil // the error may be waiting in errc // [!code highlight]
			}
			out = append(out, it)
		}
	}
}

// endregion drain
