package sentinelerrors_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
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

func TestFoundAndInvalid(t *testing.T) {
	s := sentinelerrors.NewStore()
	if err := s.Put(sentinelerrors.User{}); !errors.Is(err, sentinelerrors.ErrInvalidInput) {
		t.Errorf("Put(empty) = %v, want ErrInvalidInput", err)
	}
	if err := s.Put(sentinelerrors.User{ID: "1", Name: "Ada"}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /users/{id}", sentinelerrors.UserHandler(s))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/users/1", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "Ada" {
		t.Errorf("got %d %q", rec.Code, rec.Body.String())
	}
}
