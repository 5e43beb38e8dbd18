package structuredlogging_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

// Three ways to log the same record, for allocs/op with -benchmem:
// alternating key-value arguments, typed attributes, and LogAttrs.
func BenchmarkLogCall(b *testing.B) {
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	ctx := context.Background()
	b.Run("key-value", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.InfoContext(ctx, "signup", "user_id", "u42", "plan", "pro")
		}
	})
	b.Run("typed attributes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.InfoContext(ctx, "signup", slog.String("user_id", "u42"), slog.String("plan", "pro"))
		}
	})
	b.Run("LogAttrs", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.LogAttrs(ctx, slog.LevelInfo, "signup", slog.String("user_id", "u42"), slog.String("plan", "pro"))
		}
	})
}
