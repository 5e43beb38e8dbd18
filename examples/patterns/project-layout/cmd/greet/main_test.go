package main

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "Hello, world!\n"},
		{[]string{"-name", "Gopher"}, "Hello, Gopher!\n"},
		{[]string{"-name=Ada"}, "Hello, Ada!\n"},
	} {
		var out strings.Builder
		if err := run(tc.args, &out, io.Discard); err != nil || out.String() != tc.want {
			t.Errorf("run(%q) printed %q, %v; want %q, nil", tc.args, out.String(), err, tc.want)
		}
	}
	if err := run([]string{"-name", ""}, io.Discard, io.Discard); err == nil || errors.Is(err, errUsage) {
		t.Errorf("run with an empty name = %v, want greeting's error", err)
	}
}

// Bad arguments print one message and the usage, once, and exit 2.
func TestRunBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-bogus"}, {"Gopher"}, {"-name", "Ada", "extra"}} {
		var errOut strings.Builder
		err := run(args, io.Discard, &errOut)
		if !errors.Is(err, errUsage) {
			t.Errorf("run(%q) = %v, want errUsage", args, err)
		}
		if n := strings.Count(errOut.String(), "Usage of greet"); n != 1 {
			t.Errorf("run(%q) printed the usage %d times:\n%s", args, n, errOut.String())
		}
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
