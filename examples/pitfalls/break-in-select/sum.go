// Package breakinselect leaves a for loop from inside a select with a
// labeled break.
package breakinselect

// region sum

// Sum adds the values it receives until done is closed or values is closed,
// and returns the total so far. Values still buffered in values when done
// closes are not read, and when both are ready select picks either, so a
// value may still be added after done is closed. Senders should select on
// done too, or they block once Sum has returned.
func Sum(values <-chan int, done <-chan struct{}) (sum int) {
loop: // [!code highlight]
	for {
		select {
		case v, ok := <-values:
			if !ok {
				break loop // a closed channel would yield zeros forever
			}
			sum += v
		case <-done:
			break loop // [!code highlight]
		}
	}
	return sum
}

// endregion sum
