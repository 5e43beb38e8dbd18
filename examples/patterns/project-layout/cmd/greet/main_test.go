package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"-name", "Gopher"}, &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "Hello, Gopher!\n"; got != want {
		t.Errorf("run printed %q, want %q", got, want)
	}
	if err := run([]string{"-name", ""}, &out); err == nil {
		t.Error("run accepted an empty name")
	}
	if err := run([]string{"-bogus"}, &out); err == nil {
		t.Error("run accepted an unknown flag")
	}
}
