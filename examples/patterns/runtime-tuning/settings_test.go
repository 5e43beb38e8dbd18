package runtimetuning_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"runtime"
	"runtime/debug"
	"testing"

	runtimetuning "fieldguide.dev/examples/patterns/runtime-tuning"
)

func logged(t *testing.T) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	runtimetuning.LogRuntime(slog.New(slog.NewJSONHandler(&buf, nil)))
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// LogRuntime reports the live values and changes nothing.
func TestLogRuntime(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	m := logged(t)
	if got := int(m["gomaxprocs"].(float64)); got != runtime.GOMAXPROCS(0) {
		t.Errorf("gomaxprocs = %d, want %d", got, runtime.GOMAXPROCS(0))
	}
	if m["memory_limit_bytes"] != "none" && before == 1<<63-1 {
		t.Errorf("memory_limit_bytes = %v with no limit set", m["memory_limit_bytes"])
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("memory limit changed from %d to %d", before, after)
	}
}

// A limit set through the environment (GOMEMLIMIT) or in code shows up.
func TestLogRuntimeMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(512 << 20)
	defer debug.SetMemoryLimit(old)
	if got := logged(t)["memory_limit_bytes"]; got != "536870912" {
		t.Errorf("memory_limit_bytes = %v, want 536870912", got)
	}
}

// A GC percentage set in code shows up: the GOGC variable, read once at
// startup, would not say so (a test that set GOGC with t.Setenv passed
// only because LogRuntime read the variable, not the runtime).
func TestLogRuntimeReadsGCPercentInEffect(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	if got := logged(t)["gogc"]; got != "50" {
		t.Errorf("gogc = %v, want 50 after SetGCPercent(50)", got)
	}
}
