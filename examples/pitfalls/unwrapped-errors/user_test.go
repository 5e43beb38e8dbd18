package unwrappederrors_test

import (
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
