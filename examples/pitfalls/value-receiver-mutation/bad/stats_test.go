//go:build bad

package bad_test

import (
	"errors"
	"testing"

	"fieldguide.dev/examples/pitfalls/value-receiver-mutation/bad"
)

// region test

func TestRecordCounts(t *testing.T) {
	var s bad.Stats
	s.Record(nil) // [!code highlight]
	s.Record(errors.New("timeout"))
	if s.Requests != 2 || s.Failures != 1 {
		t.Errorf("after two calls Stats = %+v, want 2 requests and 1 failure", s)
	}
}

// endregion test
