package httphandlers_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	hh "fieldguide.dev/examples/patterns/http-handlers"
)

// fakeUsers knows one user and fails for the ID "boom".
type fakeUsers struct{}

func (fakeUsers) GetUser(_ context.Context, id string) (hh.User, error) {
	switch id {
	case "42":
		return hh.User{ID: "42", Name: "Ada"}, nil
	case "boom":
		return hh.User{}, errors.New("connection refused")
	}
	return hh.User{}, hh.ErrNotFound
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
