//go:build bad && go1.24

// Package bad shows the mistake: the wrapper adds the IDs to the record and
// lets next apply WithGroup, so inside a group the IDs land in the group.
package bad

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

	tracing "fieldguide.dev/examples/patterns/opentelemetry-tracing"
)

// region handler

// TraceHandler adds the trace and span IDs of the context's span to every
// record and passes it to next.
type TraceHandler struct{ next slog.Handler }

// NewTraceHandler returns a TraceHandler that writes to next.
func NewTraceHandler(next slog.Handler) *TraceHandler { return &TraceHandler{next: next} }

func (h *TraceHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *TraceHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &TraceHandler{h.next.WithAttrs(attrs)}
}

func (h *TraceHandler) WithGroup(name string) slog.Handler {
	return &TraceHandler{h.next.WithGroup(name)} // [!code highlight]
}

func (h *TraceHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc, ok := tracing.FromContext(ctx); ok {
		r = r.Clone()
		r.AddAttrs( // [!code highlight]
			slog.String("trace_id", hex.EncodeToString(sc.TraceID[:])),
			slog.String("span_id", hex.EncodeToString(sc.SpanID[:])),
		)
	}
	return h.next.Handle(ctx, r)
}

// endregion handler

// region redact

// secretWords mark an attribute, or a group, whose values never reach the
// output. Names are compared without case, "-" or "_", and by substring, so
// "X-Api-Key" and "access_token" match; so does "tokens_used", which is the
// price of erring on the side of hiding.
var secretWords = []string{"password", "passwd", "token", "secret", "authorization", "cookie", "apikey"}

var dropSeparators = strings.NewReplacer("-", "", "_", "")

func isSecret(name string) bool {
	name = dropSeparators.Replace(strings.ToLower(name))
	return slices.ContainsFunc(secretWords, func(w string) bool { return strings.Contains(name, w) })
}

// Redact is a slog.HandlerOptions.ReplaceAttr function that replaces the
// value of an attribute whose name, or the name of a group it is in, looks
// like a secret. It cannot see inside a value logged with slog.Any, such as
// a struct, a map or an http.Header: log the fields you need instead.
func Redact(groups []string, a slog.Attr) slog.Attr {
	if isSecret(a.Key) || slices.ContainsFunc(groups, isSecret) { // [!code highlight]
		return slog.String(a.Key, "[REDACTED]")
	}
	return a
}

// Secret is a string that prints as [REDACTED]: in slog under any name, in
// fmt with any verb, and in JSON and other text encodings.
type Secret string

func (Secret) LogValue() slog.Value         { return slog.StringValue("[REDACTED]") }
func (Secret) Format(f fmt.State, _ rune)   { io.WriteString(f, "[REDACTED]") }
func (Secret) MarshalText() ([]byte, error) { return []byte("[REDACTED]"), nil }

// endregion redact

// region logger

// NewLogger returns a logger that writes JSON lines to w, with the trace
// IDs added and secrets redacted.
func NewLogger(w io.Writer, level slog.Leveler) *slog.Logger {
	h := slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level, ReplaceAttr: Redact})
	return slog.New(NewTraceHandler(h))
}

// endregion logger
