// Package levels counts the records of a JSON-lines log by level, reading
// lines of any length up to a limit and reporting whatever stops the read.
package levels

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// maxLine bounds a line: with its line ending it must fit in this many bytes.
// A stack trace or a payload logged on one line can be far longer than
// bufio's default of 64 KiB.
const maxLine = 1 << 20

// region count

// Count returns how many records of each level the JSON-lines log r holds.
func Count(r io.Reader) (map[string]int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine) // [!code highlight]
	counts := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue // a blank line holds no record
		}
		var rec struct {
			Level string `json:"level"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			if rerr := sc.Err(); rerr != nil {
				return nil, fmt.Errorf("read log: %w", rerr) // the line was cut short by a failed read
			}
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		counts[rec.Level]++
	}
	if err := sc.Err(); err != nil { // [!code highlight]
		return nil, fmt.Errorf("read log: %w", err)
	}
	return counts, nil
}

// endregion count
