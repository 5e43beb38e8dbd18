package deferinloop_test

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	deferinloop "fieldguide.dev/examples/pitfalls/defer-in-loop"
)

// countingFS counts the files that are open at once.
type countingFS struct {
	fs.FS
	open, maxOpen int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil {
		return nil, err
	}
	c.open++
	c.maxOpen = max(c.maxOpen, c.open)
	return &countedFile{File: f, fsys: c}, nil
}

type countedFile struct {
	fs.File
	fsys   *countingFS
	closed bool
}

func (f *countedFile) Close() error {
	if !f.closed {
		f.closed = true
		f.fsys.open--
	}
	return f.File.Close()
}

// files makes n files of two lines each and returns their names.
func files(n int) (*countingFS, []string) {
	m := fstest.MapFS{}
	var names []string
	for i := range n {
		name := fmt.Sprintf("f%02d.txt", i)
		m[name] = &fstest.MapFile{Data: []byte("one\ntwo\n")}
		names = append(names, name)
	}
	return &countingFS{FS: m}, names
}

// region test-loop

func TestCountLinesKeepsOneFileOpen(t *testing.T) {
	fsys, names := files(50)
	total, err := deferinloop.CountLines(fsys, names)
	if err != nil || total != 100 {
		t.Fatalf("CountLines = %d, %v; want 100, nil", total, err)
	}
	if fsys.maxOpen != 1 {
		t.Errorf("%d files were open at once, want 1", fsys.maxOpen)
	}
}

// endregion test-loop

// region test-args

func TestRunReportsTheStepsError(t *testing.T) {
	var reported []error
	job := &deferinloop.Job{Name: "import", Report: func(_ string, err error) {
		reported = append(reported, err)
	}}
	errDiskFull := errors.New("disk full")
	if err := job.Run(func() error { return errDiskFull }); err != errDiskFull {
		t.Errorf("Run returned %v, want %v", err, errDiskFull)
	}
	if len(reported) != 1 || reported[0] != errDiskFull {
		t.Errorf("Run reported %v, want [%v]", reported, errDiskFull)
	}
}

// endregion test-args

func TestCountLinesClosesEveryFileOnError(t *testing.T) {
	fsys, names := files(5)
	names = slices.Insert(names, 3, "missing.txt")
	_, err := deferinloop.CountLines(fsys, names)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("CountLines error = %v, want one naming missing.txt", err)
	}
	if fsys.open != 0 {
		t.Errorf("%d files left open after the error", fsys.open)
	}
}

func TestCountLinesEdgeCases(t *testing.T) {
	fsys := &countingFS{FS: fstest.MapFS{
		"empty":          {Data: nil},
		"no-newline":     {Data: []byte("one\ntwo")},
		"blank-lines":    {Data: []byte("\n\n\n")},
		"one-long-line":  {Data: []byte(strings.Repeat("x", 100_000))},
		"long-then-more": {Data: []byte(strings.Repeat("x", 100_000) + "\nend\n")},
	}}
	for _, tc := range []struct {
		names []string
		want  int
	}{
		{nil, 0},
		{[]string{"empty"}, 0},
		{[]string{"no-newline"}, 2},
		{[]string{"blank-lines"}, 3},
		{[]string{"one-long-line"}, 1},
		{[]string{"long-then-more"}, 2},
		{[]string{"no-newline", "no-newline"}, 4},
	} {
		got, err := deferinloop.CountLines(fsys, tc.names)
		if err != nil || got != tc.want {
			t.Errorf("CountLines(%q) = %d, %v; want %d, nil", tc.names, got, err, tc.want)
		}
	}
	if fsys.open != 0 {
		t.Errorf("%d files left open", fsys.open)
	}
}

func TestRunReportsSuccessAndPanicOncePerRun(t *testing.T) {
	var reported []error
	job := &deferinloop.Job{Name: "import", Report: func(name string, err error) {
		if name != "import" {
			t.Errorf("reported for %q, want import", name)
		}
		reported = append(reported, err)
	}}
	if err := job.Run(func() error { return nil }); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Errorf("recovered %v, want the step's panic to go on", p)
			}
		}()
		job.Run(func() error { panic("boom") })
	}()
	want := []error{nil, deferinloop.ErrAborted}
	if len(reported) != len(want) || reported[0] != want[0] || reported[1] != want[1] {
		t.Errorf("Run reported %v, want %v", reported, want)
	}
}

// failingFile is a file whose every Read fails.
type failingFile struct{ fs.File }

var errIO = errors.New("input/output error")

func (failingFile) Read([]byte) (int, error) { return 0, errIO }

// failFS makes reads of one named file fail.
type failFS struct {
	*countingFS
	name string
}

func (f *failFS) Open(name string) (fs.File, error) {
	file, err := f.countingFS.Open(name)
	if err != nil || name != f.name {
		return file, err
	}
	return failingFile{file}, nil
}

func TestCountLinesClosesTheFileOnReadError(t *testing.T) {
	fsys, names := files(3)
	_, err := deferinloop.CountLines(&failFS{countingFS: fsys, name: names[1]}, names)
	if !errors.Is(err, errIO) || !strings.Contains(err.Error(), names[1]) {
		t.Errorf("CountLines error = %v, want %v naming %s", err, errIO, names[1])
	}
	if fsys.open != 0 {
		t.Errorf("%d files left open after a read error", fsys.open)
	}
}

func TestRunReportsGoexit(t *testing.T) {
	var reported []error
	job := &deferinloop.Job{Name: "import", Report: func(_ string, err error) {
		reported = append(reported, err)
	}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		job.Run(func() error { runtime.Goexit(); return nil })
	}()
	<-done
	if len(reported) != 1 || reported[0] != deferinloop.ErrAborted {
		t.Errorf("Run reported %v, want [%v]", reported, deferinloop.ErrAborted)
	}
}
