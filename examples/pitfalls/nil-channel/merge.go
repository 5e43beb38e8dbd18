//go:build go1.1

package nilchannel

// region merge

// Merge sends every value from a and b on the returned channel, and closes
// it once both are closed. When one input is closed, its variable is set to
// nil: a receive from a nil channel never proceeds, so select stops
// choosing that case, instead of spinning on the closed channel. It takes
// no context, to keep the nil-channel idiom in view: the caller must read
// the output until it closes, or Merge's goroutine blocks on its send for
// good (see the fan-out-fan-in pattern for a version that watches ctx).
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
