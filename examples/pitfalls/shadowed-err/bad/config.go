//go:build bad

// Package bad loses an error to a variable declared again with :=.
package bad

import (
	"encoding/json"
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
// returns the defaults when path is empty.
//
// BUG: inside the if block, := declares a new err that hides the result
// parameter. The error from json.Unmarshal goes to the inner err and is lost
// when the block ends: Load returns nil for a malformed file.
func Load(path string) (cfg Config, err error) {
	cfg = Defaults()
	if path != "" {
		data, err := os.ReadFile(path) // [!code highlight]
		if err != nil {
			return cfg, err
		}
		err = json.Unmarshal(data, &cfg) // [!code highlight]
	}
	return cfg, err
}

// endregion load
