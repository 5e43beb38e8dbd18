package main

import (
	"io"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"-name", "Gopher"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "Hello, Gopher!\n"; got != want {
		t.Errorf("run printed %q, want %q", got, want)
	}
	if err := run([]string{"-name", ""}, &out, io.Discard); err == nil {
		t.Error("run accepted an empty name")
	}
	if err := run([]string{"-bogus"}, &out, io.Discard); err == nil {
		t.Error("run accepted an unknown flag")
	}
}

// -h prints the usage, naming the flags, and is not an error: the process
// exits 0, as flag's own handling in main would.
func TestRunHelp(t *testing.T) {
	var out, errOut strings.Builder
	if err := run([]string{"-h"}, &out, &errOut); err != nil {
		t.Errorf("run -h = %v, want nil", err)
	}
	if !strings.Contains(errOut.String(), "-name") {
		t.Errorf("usage %q does not name -name", errOut.String())
	}
}
