package signup

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// limit is the body size the handler promises to accept: 64 KiB.
const limit = 64 << 10

type memStore struct {
	mu      sync.Mutex
	signups []Signup
	err     error
}

func (m *memStore) Add(s Signup) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.err != nil {
		return m.err
	}
	m.signups = append(m.signups, s)
	return nil
}

func (m *memStore) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.signups)
}

var discard = slog.New(slog.DiscardHandler)

func post(t *testing.T, store Store, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	Handler(store, discard).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/signups", body))
	return rec
}

// withName returns a signup body whose name pads it to exactly size bytes.
func withName(t *testing.T, size int) string {
	t.Helper()
	const head, tail = `{"email":"ada@example.com","name":"`, `"}`
	n := size - len(head) - len(tail)
	if n < 0 {
		t.Fatalf("size %d is too small for a signup", size)
	}
	return head + strings.Repeat("x", n) + tail
}

func TestSignupIsStored(t *testing.T) {
	store := &memStore{}
	rec := post(t, store, strings.NewReader(`{"email":"ada@example.com","name":"Ada"}`))
	if rec.Code != http.StatusCreated {
		t.Fatalf("status %d (%q), want 201", rec.Code, rec.Body)
	}
	if got := store.signups; len(got) != 1 || got[0] != (Signup{Email: "ada@example.com", Name: "Ada"}) {
		t.Fatalf("stored %+v", got)
	}
}

// region test
func TestBodyOverTheLimitIsRefusedWith413(t *testing.T) {
	for _, size := range []int{limit + 1, 2 * limit} {
		store := &memStore{}
		rec := post(t, store, strings.NewReader(withName(t, size)))
		if rec.Code != http.StatusRequestEntityTooLarge { // [!code highlight]
			t.Errorf("%d bytes: status %d, want 413", size, rec.Code)
		}
		if n := store.count(); n != 0 {
			t.Errorf("%d bytes: %d signups stored from a refused body", size, n)
		}
	}
}

// endregion test

func TestBodyOfExactlyTheLimitIsAccepted(t *testing.T) {
	rec := post(t, &memStore{}, strings.NewReader(withName(t, limit)))
	if rec.Code != http.StatusCreated {
		t.Fatalf("status %d (%q), want 201", rec.Code, rec.Body)
	}
}

func TestChunkedBodyOverTheLimitIsRefusedWith413(t *testing.T) {
	// A reader httptest cannot measure: the request has no Content-Length,
	// as when a client sends the body chunked.
	body := io.MultiReader(strings.NewReader(withName(t, limit+1)))
	req := httptest.NewRequest(http.MethodPost, "/signups", body)
	if req.ContentLength != -1 {
		t.Fatalf("ContentLength %d, want -1 (unknown)", req.ContentLength)
	}
	rec := httptest.NewRecorder()
	Handler(&memStore{}, discard).ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
}

func TestWhiteSpaceAfterTheValueCountsTowardsTheLimit(t *testing.T) {
	body := `{"email":"ada@example.com"}` + strings.Repeat(" ", limit)
	rec := post(t, &memStore{}, strings.NewReader(body))
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
}

func TestOnlyWhiteSpaceMayFollowTheValue(t *testing.T) {
	const value = `{"email":"ada@example.com"}`
	for _, tc := range []struct {
		after string
		want  int
	}{
		{"", http.StatusCreated},
		{"\n", http.StatusCreated},
		{" \t\r\n ", http.StatusCreated},
		{`{"email":"eve@example.com"}`, http.StatusBadRequest},
		{"1", http.StatusBadRequest},
		{"x", http.StatusBadRequest},
		{"}", http.StatusBadRequest},
		{"]", http.StatusBadRequest},
		{",", http.StatusBadRequest},
	} {
		store := &memStore{}
		rec := post(t, store, strings.NewReader(value+tc.after))
		if rec.Code != tc.want {
			t.Errorf("value followed by %q: status %d (%q), want %d", tc.after, rec.Code, rec.Body, tc.want)
		}
		if tc.want != http.StatusCreated && store.count() != 0 {
			t.Errorf("value followed by %q: stored although refused", tc.after)
		}
	}
}

func TestMoreWouldMissAStrayClosingBracket(t *testing.T) {
	// Why decodeJSON calls Token: More reports false for "}" and "]".
	for _, after := range []string{"}", "]"} {
		dec := json.NewDecoder(strings.NewReader(`{"email":"ada@example.com"}` + after))
		var s Signup
		if err := dec.Decode(&s); err != nil {
			t.Fatal(err)
		}
		if dec.More() {
			t.Errorf("More() = true with %q left; Token is no longer needed", after)
		}
		if rec := post(t, &memStore{}, strings.NewReader(`{"email":"ada@example.com"}`+after)); rec.Code != http.StatusBadRequest {
			t.Errorf("value followed by %q: status %d, want 400", after, rec.Code)
		}
	}
}

func TestBadBodiesAreRefusedWith400(t *testing.T) {
	for _, body := range []string{
		"",
		"   ",
		"null",
		"{}",
		`{"email":`,
		`{"email":"ada@example.com","admin":true}`,
		`{"email":42}`,
		`["ada@example.com"]`,
	} {
		store := &memStore{}
		rec := post(t, store, strings.NewReader(body))
		if rec.Code != http.StatusBadRequest {
			t.Errorf("body %q: status %d (%q), want 400", body, rec.Code, rec.Body)
		}
		if store.count() != 0 {
			t.Errorf("body %q: stored although refused", body)
		}
	}
}

// unreadable is a body that must not be read.
type unreadable struct{ t *testing.T }

func (u unreadable) Read([]byte) (int, error) {
	u.t.Error("the body was read")
	return 0, io.EOF
}

func TestDeclaredLengthOverTheLimitIsRefusedUnread(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/signups", unreadable{t})
	req.ContentLength = 10 << 30
	rec := httptest.NewRecorder()
	Handler(&memStore{}, discard).ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
}

// counting counts the bytes read from it, from any goroutine.
type counting struct {
	r io.Reader
	n atomic.Int64
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func TestClientExpectingContinueNeverSendsABodyOverTheLimit(t *testing.T) {
	srv := httptest.NewServer(Handler(&memStore{}, discard))
	defer srv.Close()
	body := &counting{r: strings.NewReader(withName(t, 2*limit))}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL, body)
	if err != nil {
		t.Fatal(err)
	}
	req.ContentLength = 2 * limit
	req.Header.Set("Expect", "100-continue")
	client := &http.Client{Transport: &http.Transport{ExpectContinueTimeout: 10 * time.Second}}
	defer client.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", resp.StatusCode)
	}
	if n := body.n.Load(); n != 0 {
		t.Errorf("the client sent %d bytes of the body", n)
	}
}

// failing is a body whose read fails after its first bytes, as when a
// client stalls past the server's ReadTimeout.
type failing struct{ sent bool }

func (f *failing) Read(p []byte) (int, error) {
	if !f.sent {
		f.sent = true
		return copy(p, `{"email":"ada@`), nil
	}
	return 0, errors.New("read tcp 10.0.0.7:8080->10.0.0.9:51234: i/o timeout")
}

func TestErrorDetailsGoToTheLogNotToTheClient(t *testing.T) {
	for _, tc := range []struct {
		name     string
		body     io.Reader
		internal string
	}{
		{"a failed read", &failing{}, "10.0.0.7"},
		{"a wrong type", strings.NewReader(`{"email":42}`), "Signup"},
	} {
		var log bytes.Buffer
		rec := httptest.NewRecorder()
		Handler(&memStore{}, slog.New(slog.NewTextHandler(&log, nil))).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/signups", tc.body))
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", tc.name, rec.Code)
		}
		if strings.Contains(rec.Body.String(), tc.internal) {
			t.Errorf("%s: the client got %q", tc.name, rec.Body)
		}
		if !strings.Contains(log.String(), tc.internal) {
			t.Errorf("%s: the log has no %q: %s", tc.name, tc.internal, log.String())
		}
	}
}

func TestStoreFailureIsA500WithNothingInternal(t *testing.T) {
	rec := post(t, &memStore{err: errors.New("db: connection refused")}, strings.NewReader(`{"email":"ada@example.com"}`))
	if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "db:") {
		t.Fatalf("status %d, body %q", rec.Code, rec.Body)
	}
}

func TestConcurrentSignupsAreAllStored(t *testing.T) {
	store := &memStore{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			rec := post(t, store, strings.NewReader(`{"email":"ada@example.com"}`))
			if rec.Code != http.StatusCreated {
				t.Errorf("status %d", rec.Code)
			}
		})
	}
	wg.Wait()
	if n := store.count(); n != 8 {
		t.Fatalf("%d signups stored, want 8", n)
	}
}

func TestAHugeBodyIsNotReadIntoMemory(t *testing.T) {
	const size = 32 << 20
	// Sent without a Content-Length, so the handler has to read to find out.
	body := io.MultiReader(strings.NewReader(withName(t, size)))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	rec := post(t, &memStore{}, body)
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("a %d MiB body: status %d, %d KiB allocated", size>>20, rec.Code, allocated>>10)
	if allocated > 1<<20 {
		t.Fatalf("%d KiB allocated for one request, want at most 1024 KiB", allocated>>10)
	}
}
