//go:build bad

package bad_test

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"

	"fieldguide.dev/examples/pitfalls/defer-in-loop/bad"
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
	total, err := bad.CountLines(fsys, names) // [!code highlight]
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
	job := &bad.Job{Name: "import", Report: func(_ string, err error) {
		reported = append(reported, err)
	}}
	errDiskFull := errors.New("disk full")
	if err := job.Run(func() error { return errDiskFull }); err != errDiskFull { // [!code highlight]
		t.Errorf("Run returned %v, want %v", err, errDiskFull)
	}
	if len(reported) != 1 || reported[0] != errDiskFull {
		t.Errorf("Run reported %v, want [%v]", reported, errDiskFull)
	}
}

// endregion test-args
