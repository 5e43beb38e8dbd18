//go:build bad

// Package linting holds the Bad versions. Both compile, and go test runs
// neither check: structtag is not among the vet checks go test runs, and
// SA4006 belongs to staticcheck.
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
	Count int    `json: "count"` // [!code highlight]
}

// endregion item

// region config

// Config reads the file at path as key=value lines.
func Config(path string) (map[string]string, error) {
	data, err := os.ReadFile(path) // [!code highlight]
	cfg, err := parse(data)
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// endregion config

// parse reads key=value lines; blank lines are skipped.
func parse(data []byte) (map[string]string, error) {
	cfg := make(map[string]string)
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("parse %q: missing =", line)
		}
		cfg[key] = value
	}
	return cfg, nil
}
