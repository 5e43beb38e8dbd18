// Package shadowederr declares each error once and returns as soon as it
// is set, so no error can be left in a variable nobody reads.
package shadowederr

import (
	"encoding/json"
	"fmt"
	"os"
)

// Config is a service's settings.
type Config struct {
	Addr    string `json:"addr"`
	Workers int    `json:"workers"`
}

// Defaults are the settings used when no file is given.
func Defaults() Config { return Config{Addr: ":8080", Workers: 4} }

// region load

// Load reads the settings in the JSON file at path over the defaults, or
// returns the defaults when path is empty. On an error it returns the zero
// Config, so a caller cannot carry on with half-read settings.
func Load(path string) (Config, error) {
	cfg := Defaults()
	if path == "" {
		return cfg, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("load config: %w", err)
	}
	if err := json.Unmarshal(data, &cfg); err != nil { // [!code highlight]
		return Config{}, fmt.Errorf("load config %s: %w", path, err) // [!code highlight]
	}
	return cfg, nil
}

// endregion load
