package ignorederrors_test

import (
	"errors"
	"strings"
	"testing"

	ignorederrors "fieldguide.dev/examples/pitfalls/ignored-errors"
)

// region test

// failingFile accepts writes but fails on Close, as a file on a full disk
// or a network file system can.
type failingFile struct{ strings.Builder }

var errDiskFull = errors.New("disk full")

func (*failingFile) Close() error { return errDiskFull }

// The caller must learn that the report was not saved.
func TestWriteReportReportsCloseError(t *testing.T) {
	err := ignorederrors.WriteReport(&failingFile{}, []string{"a", "b"})
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("WriteReport = %v, want the Close error", err)
	}
}

// endregion test
