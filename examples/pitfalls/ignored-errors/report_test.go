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

// recordingFile keeps what was written and counts Close calls.
type recordingFile struct {
	strings.Builder
	closed int
}

func (f *recordingFile) Close() error { f.closed++; return nil }

// The lines must really arrive: a WriteReport that skipped or ignored the
// Flush would leave them in the buffer and still report success.
func TestWriteReportWritesAndCloses(t *testing.T) {
	f := &recordingFile{}
	if err := ignorederrors.WriteReport(f, []string{"a", "b"}); err != nil {
		t.Fatal(err)
	}
	if f.String() != "a\nb\n" || f.closed != 1 {
		t.Errorf("wrote %q and closed %d times, want \"a\\nb\\n\" and once", f.String(), f.closed)
	}
}

// brokenFile fails every write, as a full disk does, and then its Close.
type brokenFile struct{ closed int }

var errNoSpace = errors.New("no space left on device")

func (*brokenFile) Write([]byte) (int, error) { return 0, errNoSpace }
func (f *brokenFile) Close() error            { f.closed++; return errDiskFull }

// Both the write error and the Close error reach the caller, and the file
// is still closed once.
func TestWriteReportReportsWriteError(t *testing.T) {
	f := &brokenFile{}
	err := ignorederrors.WriteReport(f, []string{"a"})
	if !errors.Is(err, errNoSpace) || !errors.Is(err, errDiskFull) || f.closed != 1 {
		t.Errorf("WriteReport = %v, closed %d times; want both errors and one Close", err, f.closed)
	}
}
