package unwrappederrors_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	unwrappederrors "fieldguide.dev/examples/pitfalls/unwrapped-errors"
)

// region test

// The error must name the user and still match fs.ErrNotExist, and a
// decoding error must say which user's file is broken.
func TestLoadUserErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := unwrappederrors.LoadUser(dir, 42)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is(err, fs.ErrNotExist) = false: the cause was lost")
	}

	if err := os.WriteFile(filepath.Join(dir, "7.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = unwrappederrors.LoadUser(dir, 7)
	if err == nil || !strings.Contains(err.Error(), "user 7") {
		t.Errorf("error %q does not say which user", err)
	}
}

// endregion test

// Each step's error keeps its cause (errors.Is, errors.As) and its prefix,
// and a good file loads: the test above would pass a %v at the decode step,
// or a bare return at the read step.
func TestLoadUserWrapsEveryStep(t *testing.T) {
	dir := t.TempDir()
	_, err := unwrappederrors.LoadUser(dir, 42)
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "load user 42: ") {
		t.Errorf("read step: %v; want fs.ErrNotExist under \"load user 42: \"", err)
	}

	if err := os.WriteFile(filepath.Join(dir, "7.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = unwrappederrors.LoadUser(dir, 7)
	var syntaxErr *json.SyntaxError
	if !errors.As(err, &syntaxErr) || !strings.HasPrefix(err.Error(), "load user 7: decode: ") {
		t.Errorf("decode step: %v; want a *json.SyntaxError under \"load user 7: decode: \"", err)
	}

	if err := os.WriteFile(filepath.Join(dir, "1.json"), []byte(`{"id":1,"name":"Ada"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if u, err := unwrappederrors.LoadUser(dir, 1); err != nil || *u != (unwrappederrors.User{ID: 1, Name: "Ada"}) {
		t.Errorf("LoadUser(1) = %+v, %v; want Ada", u, err)
	}
}
