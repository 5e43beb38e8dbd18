package buildautomation

import (
	"runtime"
	"testing"
)

func TestVersion(t *testing.T) {
	if got := Version(); got == "" {
		t.Error("Version() is empty without a stamped version")
	}
	old := version
	t.Cleanup(func() { version = old })
	version = "v1.2.3" // what -ldflags "-X …version=v1.2.3" sets
	if got := Version(); got != "v1.2.3" {
		t.Errorf("Version() = %q, want the stamped v1.2.3", got)
	}
}

func TestShell(t *testing.T) {
	want := "/bin/sh"
	if runtime.GOOS == "windows" {
		want = "cmd.exe"
	}
	if Shell != want {
		t.Errorf("Shell = %q on %s, want %q", Shell, runtime.GOOS, want)
	}
}
