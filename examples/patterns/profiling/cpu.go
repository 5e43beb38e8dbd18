//go:build go1.1

package profiling

import (
	"os"
	"runtime/pprof"
)

// region cpu-file

// WithCPUProfile runs f while recording a CPU profile into path, for
// command-line programs and batch jobs that have no HTTP server.
func WithCPUProfile(path string, f func() error) (err error) {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}()
	if err := pprof.StartCPUProfile(out); err != nil {
		return err
	}
	defer pprof.StopCPUProfile() // [!code highlight]
	return f()
}

// endregion cpu-file
