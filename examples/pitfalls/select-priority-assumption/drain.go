//go:build go1.1

// Package selectpriorityassumption does not rely on the order of select
// cases: when one outcome must win, it checks for it explicitly.
package selectpriorityassumption

// region drain

// Drain collects items until items is closed, and returns the producer's
// error if it sent one. The producer sends on errc (buffered) before it
// closes items, so once items is closed, any error is already in errc:
// check for it there, without blocking, instead of hoping select saw it.
func Drain(items <-chan string, errc <-chan error) ([]string, error) {
	var out []string
	for {
		select {
		case err := <-errc:
			return nil, err
		case it, ok := <-items:
			if !ok {
				select { // [!code highlight]
				case err := <-errc: // [!code highlight]
					return nil, err
				default:
					return out, nil
				}
			}
			out = append(out, it)
		}
	}
}

// endregion drain
