//go:build go1.18

// Package linting shows two bugs the compiler accepts and the static
// analysers catch: a malformed struct tag (go vet's structtag) and an error
// overwritten before anyone checks it (staticcheck's SA4006).
package linting

import (
	"fmt"
	"os"
	"strings"
)

// region item

// Item is one line of a report, encoded as JSON.
type Item struct {
	Name  string `json:"name"`
	Count int    `json:"count"` // [!code highlight]
}

// endregion item

// region config

// Config reads the file at path as key=value lines.
func Config(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil { // [!code highlight]
		return nil, err
	}
	return parse(data)
}

// endregion config

// parse reads key=value lines, with optional spaces around key and value;
// blank lines are skipped.
func parse(data []byte) (map[string]string, error) {
	cfg := make(map[string]string)
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if key = strings.TrimSpace(key); !ok || key == "" {
			return nil, fmt.Errorf("parse %q: want key=value", line)
		}
		cfg[key] = strings.TrimSpace(value)
	}
	return cfg, nil
}
