//go:build bad

// Package bad shows the mistake: the scanner stops at the first line longer
// than 64 KiB, and nothing checks why it stopped.
package bad

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// region count

// Count returns how many records of each level the JSON-lines log r holds.
func Count(r io.Reader) (map[string]int, error) {
	sc := bufio.NewScanner(r)
	counts := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue // a blank line holds no record
		}
		var rec struct {
			Level string `json:"level"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		counts[rec.Level]++
	}
	return counts, nil // [!code highlight]
}

// endregion count
