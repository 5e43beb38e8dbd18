//go:build go1.1

package nilchannel

// region merge

// Merge sends every value from a and b on the returned channel, and closes
// it once both are closed. When one input is closed, its variable is set to
// nil: a receive from a nil channel never proceeds, so select stops
// choosing that case, instead of spinning on the closed channel.
func Merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil // [!code highlight]
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil // [!code highlight]
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

// endregion merge
