package memlimit_test

import (
	"log/slog"
	"os"

	memlimit "fieldguide.dev/examples/patterns/memory-limit-from-cgroup"
)

// region main

// ExampleApply is main's first step, before the work starts. It has no
// Output comment, so go test compiles it but does not run it.
func ExampleApply() {
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	set, err := memlimit.Apply(os.DirFS("/"), 0.9)
	if err != nil {
		logger.Warn("no memory limit from the cgroup", "err", err)
	}
	logger.Info("memory limit", "soft_limit_bytes", set, "GOMEMLIMIT", os.Getenv("GOMEMLIMIT"))
}

// endregion main
