//go:build go1.1

// Package timeafterleak waits with one reusable timer, which is freed on
// every Go release, instead of a new time.After per loop iteration.
package timeafterleak

import "time"

// region consume

// Consume counts the values received from ch until ch is closed, or until
// no value has arrived for idle. One timer serves the whole loop: it is
// stopped and re-armed after each value, and stopped for good on return.
func Consume(ch <-chan int, idle time.Duration) (n int) {
	timer := time.NewTimer(idle) // [!code highlight]
	defer timer.Stop()           // [!code highlight]
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return n
			}
			n++
			if !timer.Stop() { // before Go 1.23, drain a tick that fired meanwhile
				select {
				case <-timer.C:
				default:
				}
			}
			timer.Reset(idle)
		case <-timer.C:
			return n
		}
	}
}

// endregion consume
