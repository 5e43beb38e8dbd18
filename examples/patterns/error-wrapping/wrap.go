//go:build go1.20

// Package errorwrapping shows how to add context to an error without losing
// the original: fmt.Errorf with %w (Go 1.13), errors.Join and several %w
// verbs in one call (Go 1.20).
package errorwrapping

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// Config is the file LoadConfig reads.
type Config struct {
	Addr    string `json:"addr"`
	Workers int    `json:"workers"`
}

// region wrap

// LoadConfig reads and parses a JSON config file. Each failure says which
// step failed and wraps the cause with %w, so callers can still test it with
// errors.Is or errors.As. The os error already names the file, so the
// read step does not repeat the path.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err) // [!code highlight]
	}
	var cfg Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err) // [!code highlight]
	}
	return &cfg, nil
}

// endregion wrap

// The problems Validate reports.
var (
	ErrAddrEmpty = errors.New("addr is empty")
	ErrNoWorkers = errors.New("need at least 1 worker")
)

// region join

// Validate reports every problem with cfg at once. errors.Join (Go 1.20)
// combines the errors into one; errors.Is and errors.As look inside every
// one of them. It adds no context of its own: wrap first, then join.
func (c *Config) Validate() error {
	var errs []error
	if c.Addr == "" {
		errs = append(errs, ErrAddrEmpty)
	}
	if c.Workers <= 0 {
		errs = append(errs, fmt.Errorf("workers = %d: %w", c.Workers, ErrNoWorkers))
	}
	return errors.Join(errs...) // nil when errs is empty // [!code highlight]
}

// endregion join

// region multi

// ErrInvalidConfig classifies every config error for callers.
var ErrInvalidConfig = errors.New("invalid config")

// Check loads and validates the file. Since Go 1.20 one fmt.Errorf can wrap
// several errors: the result matches ErrInvalidConfig and the cause.
func Check(path string) (*Config, error) {
	cfg, err := LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("%w %s: %w", ErrInvalidConfig, path, err) // [!code highlight]
	}
	return cfg, nil
}

// endregion multi
