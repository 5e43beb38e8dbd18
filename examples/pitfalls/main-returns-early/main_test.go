package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestMain runs the test binary as the command itself when asked to, so a
// test can watch the process end the way the real one does.
func TestMain(m *testing.M) {
	if os.Getenv("CHECKSUM_AS_COMMAND") == "1" {
		main()
		os.Exit(0) // what the runtime does when main returns
	}
	os.Exit(m.Run())
}

// command runs checksum as its own process and returns what it printed and
// its exit status.
func command(t *testing.T, paths ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut strings.Builder
	cmd := exec.Command(os.Args[0], paths...)
	// A -race build waits 1s before it exits, which would hide an early exit.
	cmd.Env = append(os.Environ(), "CHECKSUM_AS_COMMAND=1", "GORACE=atexit_sleep_ms=0")
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
}

// files writes n files of different contents and returns their paths and the
// lines checksum should print for them.
func files(t *testing.T, n int) (paths []string, want string) {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		path := filepath.Join(dir, fmt.Sprint("file", i))
		data := bytes.Repeat([]byte{byte(i)}, 64<<10+i)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
		want += fmt.Sprintf("%x  %s\n", sha256.Sum256(data), path)
	}
	return paths, want
}

func TestChecksumPrintsEveryFile(t *testing.T) {
	paths, want := files(t, 8)
	stdout, stderr, status := command(t, paths...)
	if stdout != want || stderr != "" || status != 0 {
		t.Fatalf("checksum printed\n%s%s(status %d), want\n%s(status 0)", stdout, stderr, status, want)
	}
}

// Files that cannot be read do not stop the others, their errors come in
// argument order, and the process ends with status 1 only after printing the
// rest.
func TestChecksumReportsFailuresAfterTheOthers(t *testing.T) {
	paths, want := files(t, 3)
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first"), filepath.Join(dir, "second")
	stdout, stderr, status := command(t, paths[0], first, paths[1], second, paths[2])
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if stdout != want || status != 1 || len(lines) != 2 || !strings.Contains(lines[0], first) || !strings.Contains(lines[1], second) {
		t.Fatalf("checksum printed\n%s%s(status %d), want\n%san error about first, then second (status 1)", stdout, stderr, status, want)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// Output that cannot be written is an error too, not a silent status 0.
func TestRunReportsAFailedWrite(t *testing.T) {
	paths, _ := files(t, 2)
	var stderr strings.Builder
	if status := run(paths, failingWriter{}, &stderr); status != 1 || !strings.Contains(stderr.String(), "no space left") {
		t.Fatalf("run to a full disk = %d with %q, want 1 and the write error", status, stderr.String())
	}
}

// No more than maxOpen files are open at once, however many are named.
func TestRunOpensAtMostMaxOpenFiles(t *testing.T) {
	var mu sync.Mutex
	now, most := 0, 0
	restore := open
	t.Cleanup(func() { open = restore })
	open = func(name string) (io.ReadCloser, error) {
		mu.Lock()
		now++
		most = max(most, now)
		mu.Unlock()
		time.Sleep(time.Millisecond) // so that, without a limit, opens pile up
		closed := func() { mu.Lock(); now--; mu.Unlock() }
		f, err := os.Open(name)
		if err != nil {
			closed()
			return nil, err
		}
		return countedFile{f, closed}, nil
	}
	paths, want := files(t, 4*maxOpen)
	var stdout strings.Builder
	if status := run(paths, &stdout, io.Discard); status != 0 || stdout.String() != want {
		t.Fatalf("run = %d, printed\n%s\nwant 0 and\n%s", status, stdout.String(), want)
	}
	if most > maxOpen {
		t.Fatalf("%d files were open at once, want at most %d", most, maxOpen)
	}
}

type countedFile struct {
	*os.File
	closed func()
}

func (f countedFile) Close() error {
	f.closed()
	return f.File.Close()
}
