//go:build go1.12

// Package buildautomation shows the Go side of a build: a version string the
// release build stamps into the binary, and files that build constraints
// select per operating system.
package buildautomation

import "runtime/debug"

// region version

// version is empty unless the build sets it:
//
//	go build -ldflags "-X fieldguide.dev/examples/patterns/build-automation.version=v1.2.3"
var version string

// Version reports the version stamped in at link time, or else the main
// module's version recorded by the go command, or "(devel)".
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" { // [!code highlight]
		return bi.Main.Version
	}
	return "(devel)"
}

// endregion version
