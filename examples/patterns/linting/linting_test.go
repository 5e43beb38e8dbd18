package linting

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestItemJSON(t *testing.T) {
	b, err := json.Marshal(Item{Name: "disks", Count: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"name":"disks","count":2}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
}

func TestConfig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.conf")
	if _, err := Config(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Config on a missing file: error = %v, want fs.ErrNotExist", err)
	}
	if err := os.WriteFile(path, []byte("port=8080\n\nmode = dev\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Config(path)
	if err != nil || cfg["port"] != "8080" || cfg["mode"] != "dev" || len(cfg) != 2 {
		t.Errorf("Config = %v, %v", cfg, err)
	}
}

func TestParseRejectsLinesWithoutKey(t *testing.T) {
	for _, data := range []string{"port 8080\n", "port=8080\nmode\n", "=dev\n"} {
		if cfg, err := parse([]byte(data)); err == nil {
			t.Errorf("parse(%q) = %v, nil; want an error", data, cfg)
		}
	}
}
