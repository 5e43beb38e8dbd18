package profileguidedoptimization_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	pgo "fieldguide.dev/examples/patterns/profile-guided-optimization"
)

// The profile is a gzip-compressed protobuf, the format go build -pgo
// reads.
func TestCaptureCPUWritesProfile(t *testing.T) {
	var buf bytes.Buffer
	if err := pgo.CaptureCPU(t.Context(), &buf, 30*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if b := buf.Bytes(); len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("not a gzip-compressed profile: % x", b[:min(len(b), 8)])
	}
}

// Cancelling the context ends the capture early and still writes a profile.
func TestCaptureCPUStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var buf bytes.Buffer
	if err := pgo.CaptureCPU(ctx, &buf, time.Hour); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if buf.Len() == 0 {
		t.Error("no profile written")
	}
}
