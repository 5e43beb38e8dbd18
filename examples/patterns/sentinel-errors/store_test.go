package sentinelerrors_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	sentinelerrors "fieldguide.dev/examples/patterns/sentinel-errors"
)

// region proof

// The sentinel survives wrapping: errors.Is matches it, and the handler
// turns it into a 404 rather than a 500.
func TestNotFound(t *testing.T) {
	s := sentinelerrors.NewStore()
	_, err := s.Get("42")
	if !errors.Is(err, sentinelerrors.ErrNotFound) {
		t.Fatalf("errors.Is(%v, ErrNotFound) = false", err)
	}
	if got, want := err.Error(), `get user "42": not found`; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}

	mux := http.NewServeMux()
	mux.Handle("GET /users/{id}", sentinelerrors.UserHandler(s))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/users/42", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("status = %d, want 404", rec.Code)
	}
}

// endregion proof

// getUser serves path through UserHandler, routed as in production.
func getUser(s *sentinelerrors.Store, path string) *httptest.ResponseRecorder {
	mux := http.NewServeMux()
	mux.Handle("GET /users/{id}", sentinelerrors.UserHandler(s))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec
}

func TestFoundAndInvalid(t *testing.T) {
	s := sentinelerrors.NewStore()
	if err := s.Put(sentinelerrors.User{}); !errors.Is(err, sentinelerrors.ErrInvalidInput) {
		t.Errorf("Put(empty) = %v, want ErrInvalidInput", err)
	}
	if err := s.Put(sentinelerrors.User{ID: "1", Name: "Ada"}); err != nil {
		t.Fatal(err)
	}
	rec := getUser(s, "/users/1")
	if rec.Code != http.StatusOK || rec.Body.String() != "Ada" {
		t.Errorf("got %d %q", rec.Code, rec.Body.String())
	}
}

// A name is data, not markup: the handler must not let net/http sniff
// "<script>" into text/html.
func TestUserHandlerServesPlainText(t *testing.T) {
	s := sentinelerrors.NewStore()
	if err := s.Put(sentinelerrors.User{ID: "1", Name: "<script>alert(1)</script>"}); err != nil {
		t.Fatal(err)
	}
	rec := getUser(s, "/users/1")
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type = %q, want text/plain", ct)
	}
}

// Put and Get from many goroutines at once, under -race.
func TestStoreConcurrent(t *testing.T) {
	s := sentinelerrors.NewStore()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			id := strconv.Itoa(i)
			if err := s.Put(sentinelerrors.User{ID: id, Name: "n" + id}); err != nil {
				t.Error(err)
			}
			if u, err := s.Get(id); err != nil || u.Name != "n"+id {
				t.Errorf("Get(%s) = %v, %v", id, u, err)
			}
		})
	}
	wg.Wait()
}
