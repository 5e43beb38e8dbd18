package sloghandler

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

// The figures on the page: five With attributes, a group and two record
// attributes, written by the JSON handler alone and through TraceHandler.
func benchmark(b *testing.B, h slog.Handler) {
	logger := slog.New(h).With("svc", "api", "region", "eu", "version", "v1.4.2", "pod", "api-7", "zone", "b").WithGroup("req")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		logger.InfoContext(ctx, "done", "status", 200, "path", "/orders")
	}
}

func BenchmarkJSONHandler(b *testing.B) { benchmark(b, slog.NewJSONHandler(io.Discard, nil)) }

func BenchmarkTraceHandler(b *testing.B) {
	benchmark(b, NewTraceHandler(slog.NewJSONHandler(io.Discard, nil)))
}

func BenchmarkTraceHandlerWithRedact(b *testing.B) {
	benchmark(b, NewTraceHandler(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{ReplaceAttr: Redact})))
}
