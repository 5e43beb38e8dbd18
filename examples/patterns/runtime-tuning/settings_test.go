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
	t.Setenv("GOGC", "200")
	m := logged(t)
	if m["memory_limit_bytes"] != "536870912" || m["gogc"] != "200" {
		t.Errorf("logged %v, %v; want 536870912, 200", m["memory_limit_bytes"], m["gogc"])
	}
}
