//go:build bad

// Package bad defers in a loop and passes a deferred call an error that is
// evaluated too early.
package bad

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
)

// region loop

// CountLines returns the number of lines in the named files together.
//
// BUG: a deferred call runs when the function returns, not at the end of
// the loop body, so every file stays open until the last one is counted.
func CountLines(fsys fs.FS, names []string) (int, error) {
	total := 0
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return 0, err
		}
		defer f.Close() // [!code highlight]
		n, err := countLines(f)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		total += n
	}
	return total, nil
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

// Job runs steps and reports the outcome of each.
type Job struct {
	Name   string
	Report func(name string, err error) // must not be nil
}

// region args

// Run runs step and reports its outcome once it has finished.
//
// BUG: the arguments of a deferred call are evaluated when the defer
// statement runs. err is nil then, so every step is reported as a success.
func (j *Job) Run(step func() error) (err error) {
	defer j.Report(j.Name, err) // [!code highlight]
	return step()
}

// endregion args
