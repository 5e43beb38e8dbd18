//go:build bad

// Package bad reads a service's JSON configuration.
package bad

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Config is the service's configuration.
type Config struct {
	Addr    string `json:"addr"`
	Workers int    `json:"workers"`
}

// region parse

// Parse decodes the configuration in data, read from the file name. A
// syntax error is reported at its line and column, a value of the wrong type
// at its line.
func Parse(name string, data []byte) (Config, error) {
	var c Config
	err := json.Unmarshal(data, &c)
	var syntaxErr json.SyntaxError
	if errors.As(err, &syntaxErr) { // [!code highlight]
		line, col := position(data, syntaxErr.Offset)
		return Config{}, fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		line, _ := position(data, typeErr.Offset) // Offset is just after the value
		return Config{}, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

// endregion parse

// position returns the line and column, counted from 1, of the last byte
// read before a *json.SyntaxError: Offset counts the bytes read, the bad one
// included. An input cut short is reported at its last byte, an empty one at
// 1:1. The column counts bytes, not characters, as go/token does.
func position(data []byte, offset int64) (line, col int) {
	before := data[:min(max(offset-1, 0), int64(len(data)))]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + len(before) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, col
}
