//go:build bad

// Package bad breaks out of a select where it meant to leave the loop.
package bad

// region sum

// Sum adds the values it receives until done is closed.
//
// BUG: break ends the select statement, not the for loop around it. After
// done is closed, the loop goes round again, the closed done is ready at
// once, and Sum spins forever at full CPU instead of returning.
func Sum(values <-chan int, done <-chan struct{}) (sum int) {
	for {
		select {
		case v := <-values:
			sum += v
		case <-done:
			break // [!code highlight]
		}
	}
}

// endregion sum
