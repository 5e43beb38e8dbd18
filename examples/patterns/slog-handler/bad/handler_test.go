//go:build bad

package bad

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/slogtest"

	tracing "fieldguide.dev/examples/patterns/opentelemetry-tracing"
)

const traceID = "4bf92f3577b34da6a3ce929d0e0e4736"

// inRequest calls f with the context of a request that continues trace traceID.
func inRequest(t *testing.T, f func(ctx context.Context)) {
	t.Helper()
	h := tracing.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f(r.Context()) }))
	req := httptest.NewRequestWithContext(t.Context(), http.MethodGet, "/orders", nil)
	req.Header.Set("traceparent", "00-"+traceID+"-00f067aa0ba902b7-01")
	h.ServeHTTP(httptest.NewRecorder(), req)
}

// records decodes each JSON line in buf.
func records(t *testing.T, buf *bytes.Buffer) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range strings.Lines(buf.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		delete(m, "time")
		out = append(out, m)
	}
	return out
}

// region test
func TestTheTraceIDStaysAtTheTopLevelInsideAGroup(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil)))

	inRequest(t, func(ctx context.Context) {
		logger.WithGroup("req").With("path", "/orders").InfoContext(ctx, "done", "status", 200)
	})
	rec := records(t, &buf)[0]
	if rec["trace_id"] != traceID { // [!code highlight]
		req, _ := rec["req"].(map[string]any)
		t.Errorf("trace_id = %v at the top level, %v inside req; want %s at the top level", rec["trace_id"], req["trace_id"], traceID)
	}
	if req, _ := rec["req"].(map[string]any); req["path"] != "/orders" || req["status"] != 200.0 || len(req) != 2 {
		t.Errorf("req has %d keys; want path and status only", len(req))
	}
}

// endregion test

func TestAttrsAndGroupsKeepTheirPlaces(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil)))
	inRequest(t, func(ctx context.Context) {
		logger.With("a", 1).WithGroup("g").With("b", 2).WithGroup("h").InfoContext(ctx, "m", "c", 3)
	})
	rec := records(t, &buf)[0]
	want := map[string]any{"a": 1.0, "g": map[string]any{"b": 2.0, "h": map[string]any{"c": 3.0}}}
	for k, v := range want {
		if !reflect.DeepEqual(rec[k], v) {
			t.Errorf("%s = %v; want %v (record %v)", k, rec[k], v, rec)
		}
	}
	if _, ok := rec["span_id"].(string); !ok {
		t.Errorf("record %v has no span_id", rec)
	}
}

func TestWithoutASpanThereAreNoIDs(t *testing.T) {
	var buf bytes.Buffer
	slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil))).InfoContext(t.Context(), "startup")
	if rec := records(t, &buf)[0]; rec["trace_id"] != nil || rec["span_id"] != nil {
		t.Errorf("record %v has IDs without a span", rec)
	}
}

func TestAnEmptyGroupIsLeftOut(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil)))
	inRequest(t, func(ctx context.Context) { logger.WithGroup("g").InfoContext(ctx, "m") })
	if rec := records(t, &buf)[0]; rec["g"] != nil || rec["trace_id"] != traceID {
		t.Errorf("record %v; want no g and the trace_id", rec)
	}
}

func TestSiblingLoggersDoNotShareAttrs(t *testing.T) {
	var buf bytes.Buffer
	base := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil))).With("svc", "api")
	a, b := base.With("x", 1), base.With("y", 2)
	a.Info("a")
	b.Info("b")
	recs := records(t, &buf)
	if recs[0]["y"] != nil || recs[1]["x"] != nil || recs[0]["svc"] != "api" || recs[1]["svc"] != "api" {
		t.Errorf("records %v: siblings leaked into each other", recs)
	}
}

func TestLevelsAreDecidedByNext(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo})))
	logger.Debug("hidden")
	if buf.Len() != 0 {
		t.Errorf("a debug record was written at level Info: %s", buf.String())
	}
}

func TestSecretsAreRedactedAnywhere(t *testing.T) {
	var buf bytes.Buffer
	logger := NewLogger(&buf, slog.LevelInfo)
	inRequest(t, func(ctx context.Context) {
		logger.WithGroup("req").InfoContext(ctx, "login",
			"user", "ada", "password", "hunter2",
			slog.Group("headers", "Authorization", "Bearer abc123"),
			"note", Secret("s3cr3t"))
	})
	out := buf.String()
	for _, secret := range []string{"hunter2", "abc123", "s3cr3t"} {
		if strings.Contains(out, secret) {
			t.Errorf("%q is in the log: %s", secret, out)
		}
	}
	if n := strings.Count(out, "[REDACTED]"); n != 3 || !strings.Contains(out, `"user":"ada"`) || !strings.Contains(out, `"trace_id":"`+traceID) {
		t.Errorf("log %s: want 3 redactions, the user kept and the trace_id", out)
	}
}

func TestConcurrentRequestsShareOneLogger(t *testing.T) {
	var mu sync.Mutex
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(p)
	}), nil))).WithGroup("req")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { inRequest(t, func(ctx context.Context) { logger.InfoContext(ctx, "m", "i", i) }) })
	}
	wg.Wait()
	for _, rec := range records(t, &buf) {
		if rec["trace_id"] != traceID {
			t.Errorf("record %v without the trace_id", rec)
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func TestSiblingsBranchingDeepDoNotShareAttrs(t *testing.T) {
	var buf bytes.Buffer
	base := slog.New(NewTraceHandler(slog.NewJSONHandler(&buf, nil))).With("a", 1).WithGroup("g").With("b", 2)
	x, y := base.With("x", 1), base.With("y", 2)
	gx, gy := base.WithGroup("x"), base.WithGroup("y")
	x.Info("x")
	y.Info("y")
	gx.Info("gx", "v", 1)
	gy.Info("gy", "v", 2)
	recs := records(t, &buf)
	g := func(i int) map[string]any { m, _ := recs[i]["g"].(map[string]any); return m }
	if g(0)["y"] != nil || g(1)["x"] != nil || g(2)["y"] != nil || g(3)["x"] != nil {
		t.Errorf("records %v: siblings leaked into each other", recs)
	}
}

func TestConcurrentLoggersWithAttrs(t *testing.T) {
	var mu sync.Mutex
	var buf bytes.Buffer
	logger := slog.New(NewTraceHandler(slog.NewJSONHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(p)
	}), nil))).With("a", 1, "b", 2, "c", 3).WithGroup("req")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { logger.With("i", i).Info("m", "j", i) })
	}
	wg.Wait()
	if n := len(records(t, &buf)); n != 8 {
		t.Errorf("%d records; want 8", n)
	}
}

func TestTheHandlerContract(t *testing.T) {
	var buf bytes.Buffer
	err := slogtest.TestHandler(NewTraceHandler(slog.NewJSONHandler(&buf, nil)), func() []map[string]any {
		var out []map[string]any
		for line := range strings.Lines(buf.String()) {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("not JSON: %q", line)
			}
			out = append(out, m)
		}
		return out
	})
	if err != nil {
		t.Error(err)
	}
}

func TestSecretsInGroupsAndValues(t *testing.T) {
	var buf bytes.Buffer
	type login struct {
		User  string
		Token Secret
	}
	logger := NewLogger(&buf, slog.LevelInfo)
	logger.Info("m",
		slog.Group("password", "old", "pw-old", "new", "pw-new"),
		"access_token", "tok-1", "X-Api-Key", "key-1",
		"login", login{"ada", "tok-2"},
		"err", fmt.Errorf("bad token %v", Secret("tok-3")))
	logger.WithGroup("token").Info("m", "value", "tok-4")
	out := buf.String()
	for _, secret := range []string{"pw-old", "pw-new", "tok-1", "key-1", "tok-2", "tok-3", "tok-4"} {
		if strings.Contains(out, secret) {
			t.Errorf("%q is in the log: %s", secret, out)
		}
	}
	if !strings.Contains(out, `"User":"ada"`) {
		t.Errorf("log %s: the user is gone too", out)
	}
}
