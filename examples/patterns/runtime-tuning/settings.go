//go:build go1.21

// Package runtimetuning reports the runtime settings that decide how a Go
// program uses CPUs and memory.
package runtimetuning

import (
	"log/slog"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
)

// region log

// LogRuntime logs the settings the process actually runs with, once at
// startup, so a dashboard or an incident review can see them.
func LogRuntime(logger *slog.Logger) {
	limit := debug.SetMemoryLimit(-1) // a negative value reads without changing // [!code highlight]
	memLimit := "none"
	if limit != math.MaxInt64 {
		memLimit = strconv.FormatInt(limit, 10)
	}
	logger.Info("runtime settings",
		slog.Int("gomaxprocs", runtime.GOMAXPROCS(0)), // 0 reads without changing
		slog.Int("num_cpu", runtime.NumCPU()),
		slog.String("gogc", envOr("GOGC", "100")),
		slog.String("memory_limit_bytes", memLimit),
		slog.String("go_version", runtime.Version()),
	)
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

// endregion log
