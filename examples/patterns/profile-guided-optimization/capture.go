//go:build go1.7

// Package profileguidedoptimization captures the CPU profile that a PGO
// build reads as default.pgo.
package profileguidedoptimization

import (
	"context"
	"io"
	"runtime/pprof"
	"time"
)

// region capture

// CaptureCPU writes a CPU profile of the whole running process, covering
// d (or until ctx is done), to w. Saved from a production instance under
// real load, it is the input for a PGO build.
func CaptureCPU(ctx context.Context, w io.Writer, d time.Duration) error {
	if err := pprof.StartCPUProfile(w); err != nil {
		return err // another profile is already running
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
	pprof.StopCPUProfile() // flushes the profile to w // [!code highlight]
	return ctx.Err()
}

// endregion capture
