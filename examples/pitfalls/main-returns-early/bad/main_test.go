//go:build bad

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// region test

// TestMain runs the test binary as the command itself when asked to, so a
// test can watch the process end the way the real one does.
func TestMain(m *testing.M) {
	if os.Getenv("CHECKSUM_AS_COMMAND") == "1" {
		main()
		os.Exit(0) // what the runtime does when main returns
	}
	os.Exit(m.Run())
}

func TestChecksumPrintsEveryFile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 8 {
		path := filepath.Join(dir, fmt.Sprint("file", i))
		if err := os.WriteFile(path, bytes.Repeat([]byte("data"), 64<<10), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	cmd := exec.Command(os.Args[0], paths...) // [!code highlight]
	// A -race build waits 1s before it exits, which would hide the bug.
	cmd.Env = append(os.Environ(), "CHECKSUM_AS_COMMAND=1", "GORACE=atexit_sleep_ms=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), "\n"); n != len(paths) {
		t.Fatalf("checksum exited with status 0 before printing every sum")
	}
}

// endregion test
