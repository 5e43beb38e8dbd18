//go:build go1.20

// Package ignorederrors shows every error of a write checked, including the
// one from Close, which is where buffered or remote writes often report
// that the data never arrived.
package ignorederrors

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// region report

// WriteReport writes lines to w and closes it. Every write error is
// returned, and the deferred Close error is joined to the result (Go 1.20):
// for a file or connection written to, a failed Close can mean lost data.
func WriteReport(w io.WriteCloser, lines []string) (err error) {
	defer func() {
		err = errors.Join(err, w.Close()) // [!code highlight]
	}()
	bw := bufio.NewWriter(w)
	for _, line := range lines {
		if _, err := bw.WriteString(line + "\n"); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	if err := bw.Flush(); err != nil { // [!code highlight]
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// endregion report
