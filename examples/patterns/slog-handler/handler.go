//go:build go1.24

// Package sloghandler is a log/slog handler that puts the request's trace
// and span IDs on every record, at the top level even inside groups, and a
// ReplaceAttr function that keeps secrets out of the output.
package sloghandler

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
// record and passes it to next. It applies WithGroup and WithAttrs itself,
// so the IDs stay at the top level where log tools look for them.
type TraceHandler struct {
	next slog.Handler
	goas []groupOrAttrs // WithGroup and WithAttrs calls, in order
}

type groupOrAttrs struct {
	group string      // a group opened by WithGroup, or
	attrs []slog.Attr // attributes added by WithAttrs
}

// NewTraceHandler returns a TraceHandler that writes to next.
func NewTraceHandler(next slog.Handler) *TraceHandler { return &TraceHandler{next: next} }

func (h *TraceHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *TraceHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	attrs = slices.Clone(attrs)
	for i := range attrs {
		attrs[i].Value = attrs[i].Value.Resolve() // once, as the built-in handlers do
	}
	return &TraceHandler{h.next, append(slices.Clip(h.goas), groupOrAttrs{attrs: attrs})}
}

func (h *TraceHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &TraceHandler{h.next, append(slices.Clip(h.goas), groupOrAttrs{group: name})}
}

func (h *TraceHandler) Handle(ctx context.Context, r slog.Record) error {
	// Nest the record's attributes in the groups, innermost first.
	var nested []slog.Attr
	r.Attrs(func(a slog.Attr) bool { nested = append(nested, a); return true })
	for _, g := range slices.Backward(h.goas) {
		if g.group != "" {
			nested = []slog.Attr{{Key: g.group, Value: slog.GroupValue(nested...)}}
		} else {
			nested = append(slices.Clip(g.attrs), nested...)
		}
	}
	out := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	if sc, ok := tracing.FromContext(ctx); ok {
		out.AddAttrs( // [!code highlight]
			slog.String("trace_id", hex.EncodeToString(sc.TraceID[:])),
			slog.String("span_id", hex.EncodeToString(sc.SpanID[:])),
		)
	}
	out.AddAttrs(nested...)
	return h.next.Handle(ctx, out)
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
