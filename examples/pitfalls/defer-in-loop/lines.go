// Package deferinloop closes each file before opening the next, and reports
// a job's outcome from a deferred closure that reads the final error.
package deferinloop

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// region loop

// CountLines returns the number of lines in the named files together.
// Each file is closed before the next is opened.
func CountLines(fsys fs.FS, names []string) (int, error) {
	total := 0
	for _, name := range names {
		n, err := countFile(fsys, name) // [!code highlight]
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// countFile is a function of its own so that its defer runs when one file
// is done, not when the whole loop is.
func countFile(fsys fs.FS, name string) (int, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close() // [!code highlight]
	n, err := countLines(f)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return n, nil
}

// endregion loop

// countLines counts newlines, plus a last line that has none.
func countLines(r io.Reader) (int, error) {
	buf := make([]byte, 32*1024)
	lines, last := 0, byte('\n')
	for {
		n, err := r.Read(buf)
		if n > 0 {
			lines += bytes.Count(buf[:n], []byte{'\n'})
			last = buf[n-1]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
	}
	if last != '\n' {
		lines++
	}
	return lines, nil
}

// ErrAborted is reported for a step that neither returned nor finished:
// it panicked or called runtime.Goexit.
var ErrAborted = errors.New("step did not return")

// Job runs steps and reports the outcome of each.
type Job struct {
	Name   string
	Report func(name string, err error) // must not be nil
}

// region args

// Run runs step and reports its outcome once it has finished, whether it
// returned an error, returned nil or panicked.
func (j *Job) Run(step func() error) (err error) {
	normalReturn := false
	defer func() { // [!code highlight]
		if !normalReturn {
			j.Report(j.Name, ErrAborted)
			return
		}
		j.Report(j.Name, err) // [!code highlight]
	}()
	err = step()
	normalReturn = true
	return err
}

// endregion args
