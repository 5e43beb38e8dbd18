//go:build go1.24

package opentelemetrytracing_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	tracing "fieldguide.dev/examples/patterns/opentelemetry-tracing"
)

// region two-services

// A request enters service A, which calls service B: both see the same
// trace ID, and each has its own span.
func TestTraceCrossesServices(t *testing.T) {
	var seenByB tracing.SpanContext
	b := httptest.NewServer(tracing.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seenByB, _ = tracing.FromContext(r.Context())
	})))
	defer b.Close()

	var seenByA tracing.SpanContext
	a := tracing.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seenByA, _ = tracing.FromContext(r.Context())
		req, _ := http.NewRequestWithContext(r.Context(), "GET", b.URL, nil)
		tracing.Inject(r.Context(), req)
		resp, err := b.Client().Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		resp.Body.Close()
	}))
	a.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))

	if seenByA.TraceID != seenByB.TraceID || seenByA.TraceID == [16]byte{} {
		t.Errorf("trace IDs differ: A %x, B %x", seenByA.TraceID, seenByB.TraceID)
	}
	if seenByA.SpanID == seenByB.SpanID {
		t.Errorf("A and B share span ID %x; each hop needs its own", seenByA.SpanID)
	}
	if seenByB.Parent != seenByA.SpanID || seenByA.Parent != [8]byte{} {
		t.Errorf("parents: A %x, B %x; want none for A and A's span %x for B", seenByA.Parent, seenByB.Parent, seenByA.SpanID)
	}
}

// endregion two-services

func TestParse(t *testing.T) {
	for _, h := range []string{
		"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
		"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", // the caller chose not to sample
	} {
		sc, ok := tracing.Parse(h)
		if !ok || sc.Sampled != strings.HasSuffix(h, "1") || sc.String() != h {
			t.Errorf("Parse(%q) = %+v, %v; round trip %q", h, sc, ok, sc.String())
		}
	}
	// A later version is read for the fields version 00 defines.
	if sc, ok := tracing.Parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"); !ok || !sc.Sampled {
		t.Errorf("Parse of a version 01 header = %+v, %v; want its trace continued", sc, ok)
	}
	for _, bad := range []string{
		"",
		"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
		"00-00000000000000000000000000000000-00f067aa0ba902b7-01", // zero trace ID
		"00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // zero span ID
		"00-zzf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
		"00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",   // upper case
		"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",   // version ff
		"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x", // 00 has nothing after the flags
		"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",
	} {
		if _, ok := tracing.Parse(bad); ok {
			t.Errorf("Parse(%q) accepted an invalid header", bad)
		}
	}
}
