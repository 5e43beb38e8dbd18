//go:build go1.1

// Package selectpriorityassumption does not rely on the order of select
// cases: when one outcome must win, it checks for it explicitly.
package selectpriorityassumption

// region drain

// Drain collects items until items is closed, and returns the producer's
// error if it sent one. The producer sends at most one value on errc
// (buffered) before it closes items, so once items is closed, any error is
// already in errc: check for it there, without blocking, instead of hoping
// select saw it. A nil error, or errc closed, means no failure: Drain then
// stops watching errc and keeps collecting.
func Drain(items <-chan string, errc <-chan error) ([]string, error) {
	var out []string
	for {
		select {
		case err, ok := <-errc:
			if ok && err != nil {
				return nil, err
			}
			errc = nil // a nil channel is never ready: stop watching it
		case it, ok := <-items:
			if !ok {
				select { // [!code highlight]
				case err := <-errc: // [!code highlight]
					if err != nil {
						return nil, err
					}
				default:
				}
				return out, nil
			}
			out = append(out, it)
		}
	}
}

// endregion drain
