package httphandlers_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	hh "fieldguide.dev/examples/patterns/http-handlers"
)

// fakeUsers knows one user and fails for the ID "boom". Like a real
// store, it wraps ErrNotFound with context.
type fakeUsers struct{}

func (fakeUsers) GetUser(_ context.Context, id string) (hh.User, error) {
	switch id {
	case "42":
		return hh.User{ID: "42", Name: "Ada"}, nil
	case "boom":
		return hh.User{}, errors.New("connection refused")
	}
	return hh.User{}, fmt.Errorf("db lookup %s: %w", id, hh.ErrNotFound)
}

// region proof

func TestUserRoutes(t *testing.T) {
	var logs bytes.Buffer
	mux := http.NewServeMux()
	hh.NewUserHandler(fakeUsers{}, slog.New(slog.NewTextHandler(&logs, nil))).Register(mux)

	tests := []struct {
		method, path string
		status       int
		body         string
	}{
		{"GET", "/users/42", http.StatusOK, `{"id":"42","name":"Ada"}`},
		{"GET", "/users/7", http.StatusNotFound, "user not found\n"},
		{"GET", "/users/boom", http.StatusInternalServerError, "internal error\n"},
		{"DELETE", "/users/42", http.StatusMethodNotAllowed, "Method Not Allowed\n"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			body, _ := io.ReadAll(rec.Body)
			if rec.Code != tt.status || string(body) != tt.body {
				t.Errorf("got %d %q, want %d %q", rec.Code, body, tt.status, tt.body)
			}
		})
	}
	if !strings.Contains(logs.String(), "connection refused") {
		t.Errorf("the 500's cause was not logged: %q", logs.String())
	}
}

// endregion proof

// The Content-Type that reached the wire: rec.Result() shows the header as
// sent, while rec.Header() would also show one set after WriteHeader.
func TestUserRoutesSendTheirContentType(t *testing.T) {
	mux := http.NewServeMux()
	hh.NewUserHandler(fakeUsers{}, slog.New(slog.DiscardHandler)).Register(mux)
	for path, want := range map[string]string{
		"/users/42": "application/json",
		"/users/7":  "text/plain; charset=utf-8",
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if got := rec.Result().Header.Get("Content-Type"); got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", path, got, want)
		}
	}
}

type ctxKey struct{}

// ctxUsers fails unless it gets the request's own context.
type ctxUsers struct{}

func (ctxUsers) GetUser(ctx context.Context, id string) (hh.User, error) {
	if ctx.Value(ctxKey{}) != "req" {
		return hh.User{}, errors.New("not the request's context")
	}
	return hh.User{ID: id}, nil
}

func TestUserHandlerPassesTheRequestContext(t *testing.T) {
	mux := http.NewServeMux()
	hh.NewUserHandler(ctxUsers{}, slog.New(slog.DiscardHandler)).Register(mux)
	req := httptest.NewRequest("GET", "/users/1", nil)
	req = req.WithContext(context.WithValue(req.Context(), ctxKey{}, "req"))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("status %d: the service did not get the request's context", rec.Code)
	}
}
