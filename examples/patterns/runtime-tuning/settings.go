//go:build go1.21

// Package runtimetuning reports the runtime settings that decide how a Go
// program uses CPUs and memory.
package runtimetuning

import (
	"log/slog"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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
		slog.String("gogc", gogc()),
		slog.String("memory_limit_bytes", memLimit),
		slog.String("go_version", runtime.Version()),
	)
}

// gogc reads the GC percentage in effect, set by GOGC or by
// debug.SetGCPercent, from runtime/metrics (Go 1.21); the GOGC variable
// alone would miss a change made in code.
func gogc() string {
	sample := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return "unknown"
	}
	v := int64(sample[0].Value.Uint64())
	if v < 0 {
		return "off"
	}
	return strconv.FormatInt(v, 10)
}

// endregion log
