//go:build bad

// Package bad ignores the errors of a write.
package bad

import (
	"bufio"
	"io"
)

// region report

// WriteReport writes lines to w and closes it.
//
// BUG: the WriteString, Flush and Close errors are all dropped, so a report
// that never reached the disk is reported as written.
func WriteReport(w io.WriteCloser, lines []string) error {
	defer w.Close() // [!code highlight]
	bw := bufio.NewWriter(w)
	for _, line := range lines {
		bw.WriteString(line + "\n")
	}
	bw.Flush() // [!code highlight]
	return nil
}

// endregion report
