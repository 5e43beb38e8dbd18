//go:build bad

// Package bad changes a value through a value receiver.
package bad

// region record

// Stats counts requests and failures.
type Stats struct {
	Requests int
	Failures int
}

// Record counts one request, and a failure if err is not nil.
//
// BUG: a value receiver is a copy of the caller's Stats. The increments
// change the copy, which is dropped when Record returns.
func (s Stats) Record(err error) { // [!code highlight]
	s.Requests++ // [!code highlight]
	if err != nil {
		s.Failures++ // [!code highlight]
	}
}

// endregion record
